import { describe, expect, it } from 'vitest';
import { prepareCityInput, wayToEN } from '../../../../src/pipeline/default-city/city-input.ts';
import { OUTLINE_RADIUS, syntheticFrame, syntheticTown } from './synthetic-town.ts';

describe('prepareCityInput', () => {
  const { osm, outline } = syntheticTown();
  const input = prepareCityInput(osm, outline, syntheticFrame());

  it('sorts the ways by what the phases take from them', () => {
    expect(input.wallWays).toHaveLength(8);
    expect(input.gateWays).toHaveLength(5);
    expect(input.church?.tags.name).toBe('Marienkirche');
    expect(input.roads.map((w) => w.tags.highway)).toEqual([
      'secondary',
      'secondary',
      'secondary',
      'secondary',
      'footway',
    ]);
    expect(input.parking).toHaveLength(1);
    for (const w of input.wallWays) expect(w.tags.barrier).toBe('city_wall');
    for (const w of input.gateWays) expect(w.tags.historic).toBe('city_gate');
  });

  it('brings the outline into the local frame', () => {
    expect(input.outline).toHaveLength(outline.length);
    for (const p of input.outline) expect(Math.hypot(...p)).toBeCloseTo(OUTLINE_RADIUS, 3);
  });

  it('converts a way with the same frame', () => {
    const line = wayToEN(input.roads[0]!, input.toEN);
    expect(Math.hypot(...line[0]!)).toBeCloseTo(260, 3);
    expect(Math.hypot(...line[1]!)).toBeCloseTo(450, 3);
  });

  it('refuses data without a city wall, or with a wall too short to outline a town', () => {
    const noWall = { ...osm, ways: osm.ways.filter((w) => w.tags.barrier !== 'city_wall') };
    expect(() => prepareCityInput(noWall, outline, syntheticFrame())).toThrow(
      'the OSM data holds no city wall',
    );
    const stub = {
      ...osm,
      ways: [...noWall.ways, { ...osm.ways[0]!, geometry: osm.ways[0]!.geometry.slice(0, 9) }],
    };
    expect(() => prepareCityInput(stub, outline, syntheticFrame())).toThrow('no city wall');
  });
});

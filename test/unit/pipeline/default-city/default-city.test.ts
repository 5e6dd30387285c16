import { describe, expect, it } from 'vitest';
import {
  buildDefaultCity,
  DEFAULT_CITY_DEFAULTS,
  OSM_ATTRIBUTION,
} from '../../../../src/pipeline/default-city/default-city.ts';
import { createCityLayers, orderedLayers } from '../../../../src/pipeline/default-city/city-layers.ts';
import { expectWindingMatchesNormals } from '../mesh/layer-triangles.ts';
import { syntheticTown } from './synthetic-town.ts';

describe('buildDefaultCity on a small town in memory', () => {
  const { osm, outline } = syntheticTown();
  const city = buildDefaultCity(osm, outline);

  it('gives the seven layers in node order, every triangle wound to its normal', () => {
    expect(city.layers.map((l) => l.surface)).toEqual(
      orderedLayers(createCityLayers()).map((l) => l.surface),
    );
    for (const layer of city.layers) {
      expect(layer.indices.length).toBeGreaterThan(0);
      expectWindingMatchesNormals(layer);
    }
  });

  it('draws every feature: walls and gates on the wall layer, the rest on the building layer', () => {
    const used = (surface: string): Set<number> =>
      new Set(city.layers.find((l) => l.surface === surface)!.featureIds);
    const [wall, building] = [used('wall'), used('building')];
    city.features.forEach((f, fid) => {
      const onWall = f.use === 'wall' || f.use === 'gate';
      expect([fid, wall.has(fid)]).toEqual([fid, onWall]);
      expect([fid, building.has(fid)]).toEqual([fid, !onWall]);
    });
    expect(new Set(city.features.map((f) => f.id)).size).toBe(city.features.length);
  });

  it('names the viewpoints and carries the origin and the attribution', () => {
    expect(city.viewpoints.map((v) => v.id)).toEqual([
      'marktplatz',
      'friedlaender-tor',
      'stargarder-tor',
      'treptower-tor',
      'neues-tor',
      'marienkirche',
      'hkb-tower-top',
    ]);
    expect(city.origin).toMatchObject({
      easting: DEFAULT_CITY_DEFAULTS.easting,
      northing: DEFAULT_CITY_DEFAULTS.northing,
    });
    expect(city.attribution).toBe(OSM_ATTRIBUTION);
  });

  it('is the same for the same seed; another seed changes only what is generated', () => {
    const again = buildDefaultCity(osm, outline);
    expect(again.features).toEqual(city.features);
    expect(again.layers).toEqual(city.layers);
    const other = buildDefaultCity(osm, outline, { seed: 99 });
    const fromOsm = (c: typeof city) => c.features.filter((f) => f.source === 'osm');
    expect(fromOsm(other)).toEqual(fromOsm(city));
    expect(other.features).not.toEqual(city.features);
    // The ground, the belt, the streets and the wall do not depend on the seed.
    expect(other.layers.slice(0, 6)).toEqual(city.layers.slice(0, 6));
  });

  it('refuses OSM data without a city wall', () => {
    const noWall = { ...osm, ways: osm.ways.filter((w) => w.tags.barrier !== 'city_wall') };
    expect(() => buildDefaultCity(noWall, outline)).toThrow(
      'the OSM data holds no city wall (barrier=city_wall)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../../src/core/random.ts';
import {
  distanceToSegment,
  growRect,
  pointInRing,
  rectCorners,
  type Vec2,
} from '../../../../src/pipeline/mesh/polygon.ts';
import { GRID_DEFAULTS } from '../../../../src/pipeline/default-city/blocks.ts';
import { addHouses } from '../../../../src/pipeline/default-city/houses.ts';
import { addSquaresAndLandmarks } from '../../../../src/pipeline/default-city/squares-and-landmarks.ts';
import { addStreets } from '../../../../src/pipeline/default-city/streets.ts';
import { expectWindingMatchesNormals, layerTriangles } from '../mesh/layer-triangles.ts';
import { walledSyntheticTown } from './synthetic-town.ts';

/** The synthetic town up to its houses, with the houses added from `seed`. */
function withHouses(seed: number) {
  const { input, layers, table, town } = walledSyntheticTown();
  const streets = addStreets(layers, GRID_DEFAULTS, input, town);
  const sites = addSquaresAndLandmarks(layers, table, GRID_DEFAULTS, input);
  const first = table.rows.length;
  addHouses(layers.building, table, createRandom(seed), { grid: GRID_DEFAULTS, town, sites, streets });
  return { layers, town, sites, streets, first, rows: table.rows.slice(first) };
}

describe('addHouses', () => {
  const city = withHouses(1248);
  const houses = city.rows.filter((r) => r.id.startsWith('gen-b'));

  it('adds the Wiekhäuser first, then the block houses, with unique ids', () => {
    const wiek = city.rows.filter((r) => r.id.startsWith('gen-wiek-'));
    expect(wiek.length).toBeGreaterThan(20);
    expect(houses.length).toBeGreaterThan(300);
    expect(city.rows.slice(0, wiek.length)).toEqual(wiek);
    expect(new Set(city.rows.map((r) => r.id)).size).toBe(city.rows.length);
    for (const h of houses) expect(h).toMatchObject({ roof: 'gabled', source: 'generated' });
    expectWindingMatchesNormals(city.layers.building);
  });

  it('gives every house a feature id on its triangles and a height from its roof', () => {
    const fids = new Set(layerTriangles(city.layers.building).map((t) => t.fid));
    city.rows.forEach((_, i) => expect(fids.has(city.first + i)).toBe(true));
    for (const h of houses) {
      // Two to four storeys of 3.05 m under a 40-54 degree roof: between about 7 and 22 m.
      expect(h.height).toBeGreaterThan(6.6);
      expect(h.height).toBeLessThan(23);
    }
  });

  it('keeps every house 13 m inside the wall, off the landmark sites, the streets and the gate lanes', () => {
    const { town, sites, streets } = city;
    const corridors = [...streets.keepOut, ...streets.lanes];
    const excluded = sites.exclusions.map((x) => rectCorners(growRect(x, -0.1)));
    const blockHouses = new Set(
      city.rows.flatMap((r, i) => (r.id.startsWith('gen-b') ? [city.first + i] : [])),
    );
    // The corners of every block house's walls (and windows), in local east/north.
    const corners = layerTriangles(city.layers.building)
      .filter((t) => blockHouses.has(t.fid) && t.normal[1] === 0)
      .flatMap((t) => [t.a, t.b, t.c].map((p): Vec2 => [p[0], -p[2]]));
    expect(corners.length).toBeGreaterThan(1000);
    const nearWall = corners.filter((p) => town.wall.depthOf(p) <= 12.9);
    const onSite = corners.filter((p) => excluded.some((r) => pointInRing(p, r)));
    const onStreet = corners.filter((p) => corridors.some((k) => distanceToSegment(p, k.a, k.b) <= k.half));
    expect({ nearWall, onSite, onStreet }).toEqual({ nearWall: [], onSite: [], onStreet: [] });
  });

  it('is the same for the same seed and different for another', () => {
    const again = withHouses(1248);
    expect(again.rows).toEqual(city.rows);
    expect(again.layers.building.positions).toEqual(city.layers.building.positions);
    expect(withHouses(7).rows.map((r) => r.id)).not.toEqual(city.rows.map((r) => r.id));
  });
});

import { describe, expect, it } from 'vitest';
import { FeatureTable } from '../../../../src/pipeline/mesh/city-features.ts';
import { createLayer } from '../../../../src/pipeline/mesh/mesh.ts';
import { prepareCityInput } from '../../../../src/pipeline/default-city/city-input.ts';
import { addWallAndGates, WALL_HEIGHT } from '../../../../src/pipeline/default-city/wall-and-gates.ts';
import { centroid, expectWindingMatchesNormals, layerTriangles } from '../mesh/layer-triangles.ts';
import {
  GATES,
  OUTLINE_RADIUS,
  syntheticFrame,
  syntheticTown,
  WALL_GAPS,
  WALL_RADIUS,
} from './synthetic-town.ts';

describe('addWallAndGates', () => {
  const { osm, outline } = syntheticTown();
  const input = prepareCityInput(osm, outline, syntheticFrame());
  const layer = createLayer('wall', true);
  const table = new FeatureTable();
  const town = addWallAndGates(layer, table, input);
  const tris = layerTriangles(layer);
  const wallFids = new Set(table.rows.flatMap((r, i) => (r.use === 'wall' ? [i] : [])));
  // Wall triangles whose middle lies within `d` of a point in local east/north.
  const wallNear = (p: [number, number], d: number): number =>
    tris.filter((t) => {
      const c = centroid(t);
      return wallFids.has(t.fid) && Math.hypot(c[0] - p[0], -c[2] - p[1]) < d;
    }).length;

  it('adds the wall ways first, then the gates, as features', () => {
    expect(table.rows.map((r) => r.use)).toEqual([...Array(8).fill('wall'), ...Array(5).fill('gate')]);
    expect(table.rows.slice(0, 8).map((r) => r.height)).toEqual([
      8,
      WALL_HEIGHT,
      8,
      WALL_HEIGHT,
      8,
      WALL_HEIGHT,
      8,
      WALL_HEIGHT,
    ]);
    expectWindingMatchesNormals(layer);
  });

  it('finds the town from the wall: its centre, the wall and the outline as rings', () => {
    expect(Math.hypot(...town.center)).toBeLessThan(1);
    for (let a = 0; a < 2 * Math.PI; a += 0.1) {
      expect(town.wall.radiusAt(a)).toBeGreaterThan(WALL_RADIUS - 3);
      expect(town.wall.radiusAt(a)).toBeLessThan(WALL_RADIUS + 3);
      expect(town.outline.radiusAt(a)).toBeCloseTo(OUTLINE_RADIUS, -1);
    }
    expect(town.gates.map((g) => g.name).sort()).toEqual(
      [...GATES.map((g) => g.name), 'Friedländer Tor'].sort(),
    );
  });

  it('closes the short gaps between the wall ways but not the openings at the gates', () => {
    // A filler's triangles have their middles within a metre or so of the gap's middle.
    for (const gap of WALL_GAPS) expect(wallNear(gap, 1.5)).toBeGreaterThan(0);
    for (const g of town.gates) expect(wallNear(g.rect.center, 4)).toBe(0);
  });
});

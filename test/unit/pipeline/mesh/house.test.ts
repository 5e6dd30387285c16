import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addGabledHouse, addWindows, GABLED_HOUSE_DEFAULTS } from '../../../../src/pipeline/mesh/house.ts';
import { createLayer, triangleCount } from '../../../../src/pipeline/mesh/mesh.ts';
import type { OrientedRect } from '../../../../src/pipeline/mesh/polygon.ts';
import {
  centroid,
  DARK,
  dot,
  expectWindingMatchesNormals,
  layerPoints,
  layerTriangles,
} from './layer-triangles.ts';

const rect = fc.record({
  center: fc.tuple(
    fc.double({ min: -500, max: 500, noNaN: true }),
    fc.double({ min: -500, max: 500, noNaN: true }),
  ),
  angle: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
  halfLength: fc.double({ min: 3, max: 12, noNaN: true }),
  halfWidth: fc.double({ min: 3, max: 7, noNaN: true }),
}) as fc.Arbitrary<OrientedRect>;

describe('addGabledHouse', () => {
  it('builds walls that face away from the house and a roof up to the ridge, all with its feature id', () => {
    fc.assert(
      fc.property(rect, (r) => {
        const layer = createLayer('building', true);
        addGabledHouse(layer, r, { eave: 7, ridge: 11 }, 42);
        expectWindingMatchesNormals(layer);
        const middle: [number, number, number] = [r.center[0], 0, -r.center[1]];
        for (const t of layerTriangles(layer)) {
          expect(t.fid).toBe(42);
          if (Math.abs(t.normal[1]) > 1e-9) continue;
          const c = centroid(t);
          expect(dot(t.normal, [c[0] - middle[0], 0, c[2] - middle[2]])).toBeGreaterThan(0);
        }
        const ys = layerPoints(layer).map((p) => p[1]);
        expect(Math.max(...ys)).toBeCloseTo(11, 9);
        expect(Math.min(...ys)).toBe(0);
      }),
    );
  });

  it('adds windows on the long sides only when a window colour is given', () => {
    const r: OrientedRect = { center: [0, 0], angle: 0, halfLength: 6, halfWidth: 4 };
    const bare = createLayer('building', true);
    addGabledHouse(bare, r, { eave: 7, ridge: 11 });
    // Two long walls, two five-sided gable ends, two roof planes.
    expect(triangleCount(bare)).toBe(2 + 2 + 3 + 3 + 2 + 2);
    const glazed = createLayer('building', true);
    addGabledHouse(glazed, r, { eave: 7, ridge: 11, window: DARK });
    // 12 m sides: four panes a row, rows at 0.9 m and 4.0 m below a 7 m eave.
    expect(triangleCount(glazed) - triangleCount(bare)).toBe(2 * 2 * 4 * 2);
  });

  it('fills in the defaults', () => {
    const layer = createLayer('building', true);
    addGabledHouse(layer, { center: [0, 0], angle: 0, halfLength: 5, halfWidth: 4 }, {});
    expect(Math.max(...layerPoints(layer).map((p) => p[1]))).toBeCloseTo(GABLED_HOUSE_DEFAULTS.ridge, 9);
  });
});

describe('addWindows', () => {
  it('places storey rows of panes just outside the wall, on its right, facing out', () => {
    const layer = createLayer('building', true);
    // A wall running east along y = 0: its right is the south, +Z in glTF.
    addWindows(layer, [0, 0], [11.4, 0], 9, 3, DARK, 5);
    const tris = layerTriangles(layer);
    // (11.4 - 1) / 2.6 = 4 panes a row; rows at 0.9, 3.9 and 6.9 m fit below 9 - 0.4 m.
    expect(tris).toHaveLength(4 * 3 * 2);
    for (const t of tris) {
      expect(t.normal[2]).toBeCloseTo(1, 9);
      expect(t.a[2]).toBeCloseTo(0.06, 9);
      expect(t.fid).toBe(5);
    }
    expectWindingMatchesNormals(layer);
  });

  it('leaves a wall too short for a pane bare', () => {
    const layer = createLayer('building', true);
    addWindows(layer, [0, 0], [3, 0], 9, 3, DARK);
    expect(triangleCount(layer)).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLayer, triangleCount } from '../../../../src/pipeline/mesh/mesh.ts';
import { rectCorners, type OrientedRect, type Vec2 } from '../../../../src/pipeline/mesh/polygon.ts';
import { addBox, addPrism, addRingWalls } from '../../../../src/pipeline/mesh/solids.ts';
import {
  DARK,
  expectFacingAwayFrom,
  expectWindingMatchesNormals,
  layerPoints,
  layerTriangles,
  PLAIN,
} from './layer-triangles.ts';

/** A regular counter-clockwise polygon around (cx, cy). */
function ngon(n: number, r: number, cx = 0, cy = 0): Vec2[] {
  return Array.from({ length: n }, (_, i): Vec2 => {
    const a = (i / n) * 2 * Math.PI;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
}

describe('addRingWalls', () => {
  it('adds one vertical quad per edge from y0 to y1, each facing outwards', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 16 }), fc.double({ min: 1, max: 50, noNaN: true }), (n, r) => {
        const layer = createLayer('building', true);
        addRingWalls(layer, ngon(n, r, 10, 20), -1, 6, PLAIN, 4);
        expect(triangleCount(layer)).toBe(2 * n);
        for (const t of layerTriangles(layer)) {
          expect(t.normal[1]).toBeCloseTo(0, 9);
          expect(t.fid).toBe(4);
        }
        expectWindingMatchesNormals(layer);
        expectFacingAwayFrom(layer, [10, 2.5, -20]);
        const ys = layerPoints(layer).map((p) => p[1]);
        expect([Math.min(...ys), Math.max(...ys)]).toEqual([-1, 6]);
      }),
    );
  });
});

describe('addPrism', () => {
  it('closes the walls with a flat roof facing up at y1', () => {
    const layer = createLayer('building', true);
    addPrism(layer, ngon(6, 5), 0, 9, PLAIN, DARK);
    const tris = layerTriangles(layer);
    expect(tris).toHaveLength(2 * 6 + 4);
    const roof = tris.filter((t) => t.normal[1] > 0.5);
    expect(roof).toHaveLength(4);
    for (const t of roof) expect([t.a[1], t.b[1], t.c[1]]).toEqual([9, 9, 9]);
    expectFacingAwayFrom(layer, [0, 4.5, 0]);
  });
});

describe('addBox', () => {
  it('is a closed-topped box on the oriented rectangle, its faces outwards', () => {
    const rect: OrientedRect = { center: [30, -12], angle: 0.7, halfLength: 6, halfWidth: 3 };
    const layer = createLayer('building', true);
    addBox(layer, rect, 2, 12, PLAIN, DARK, 9);
    expect(triangleCount(layer)).toBe(10);
    expectWindingMatchesNormals(layer);
    expectFacingAwayFrom(layer, [30, 7, 12]);
    // Every vertex is a corner of the rectangle at the bottom or the top.
    const corners = rectCorners(rect);
    for (const [x, y, z] of layerPoints(layer)) {
      expect([2, 12]).toContain(y);
      expect(corners.some(([e, n]) => Math.hypot(e - x, -n - z) < 1e-9)).toBe(true);
    }
  });
});

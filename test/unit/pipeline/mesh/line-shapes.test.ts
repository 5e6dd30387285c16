import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRibbon, addThickWall } from '../../../../src/pipeline/mesh/line-shapes.ts';
import { createLayer, triangleCount } from '../../../../src/pipeline/mesh/mesh.ts';
import { rectCorners, type Vec2 } from '../../../../src/pipeline/mesh/polygon.ts';
import {
  DARK,
  expectFacingAwayFrom,
  expectWindingMatchesNormals,
  layerPoints,
  layerTriangles,
  PLAIN,
  triangleArea,
} from './layer-triangles.ts';

describe('addThickWall', () => {
  it('adds two faces and a top per segment and a cap at each end', () => {
    const line: Vec2[] = [
      [0, 0],
      [20, 0],
      [30, 10],
    ];
    const layer = createLayer('wall', true);
    addThickWall(layer, line, 1.7, -0.5, 7, PLAIN, DARK, 2);
    expect(triangleCount(layer)).toBe(2 * 3 * 2 + 2 * 2);
    expectWindingMatchesNormals(layer);
    const ys = layerPoints(layer).map((p) => p[1]);
    expect([Math.min(...ys), Math.max(...ys)]).toEqual([-0.5, 7]);
    for (const t of layerTriangles(layer)) expect(t.fid).toBe(2);
  });

  it('is a closed box around a straight wall: thickness across, faces outwards', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.3, max: 3, noNaN: true }), (thickness) => {
        const layer = createLayer('wall', true);
        addThickWall(
          layer,
          [
            [0, 0],
            [10, 0],
          ],
          thickness,
          0,
          5,
          PLAIN,
          DARK,
        );
        expectFacingAwayFrom(layer, [5, 2.5, 0]);
        const zs = layerPoints(layer).map((p) => p[2]);
        expect(Math.max(...zs) - Math.min(...zs)).toBeCloseTo(thickness, 9);
      }),
    );
  });

  it('adds nothing for a line of one point', () => {
    const layer = createLayer('wall', true);
    addThickWall(layer, [[0, 0]], 1, 0, 5, PLAIN, DARK);
    expect(triangleCount(layer)).toBe(0);
  });
});

describe('addRibbon', () => {
  it('lays a flat strip of the given width, facing up, at height y', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 5, max: 200, noNaN: true }),
        fc.double({ min: 1, max: 20, noNaN: true }),
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        (length, width, angle) => {
          const line: Vec2[] = [
            [0, 0],
            [Math.cos(angle) * length, Math.sin(angle) * length],
          ];
          const layer = createLayer('street', false);
          addRibbon(layer, line, width, 0.08, PLAIN);
          const tris = layerTriangles(layer);
          expect(tris).toHaveLength(2);
          for (const t of tris) {
            expect(t.normal).toEqual([0, 1, 0]);
            expect([t.a[1], t.b[1], t.c[1]]).toEqual([0.08, 0.08, 0.08]);
          }
          expectWindingMatchesNormals(layer);
          expect(tris.reduce((s, t) => s + triangleArea(t), 0)).toBeCloseTo(length * width, 6);
        },
      ),
    );
  });

  it('joins the last point to the first when closed', () => {
    const ring = rectCorners({ center: [5, 5], angle: 0, halfLength: 5, halfWidth: 5 });
    const open = createLayer('water', false);
    addRibbon(open, ring, 2, 0, PLAIN);
    const closed = createLayer('water', false);
    addRibbon(closed, ring, 2, 0, PLAIN, true);
    expect(triangleCount(open)).toBe(3 * 2);
    expect(triangleCount(closed)).toBe(4 * 2);
    // A mitred square band: (10 + 2)^2 - (10 - 2)^2.
    expect(layerTriangles(closed).reduce((s, t) => s + triangleArea(t), 0)).toBeCloseTo(80, 9);
  });
});

import { describe, expect, it } from 'vitest';
import { createLayer, triangleCount } from '../../../../src/pipeline/mesh/mesh.ts';
import { rectCorners, type OrientedRect } from '../../../../src/pipeline/mesh/polygon.ts';
import { addPyramid, addRoofPlanes, addSteppedGable } from '../../../../src/pipeline/mesh/roofs.ts';
import {
  centroid,
  DARK,
  expectFacingAwayFrom,
  expectWindingMatchesNormals,
  layerPoints,
  layerTriangles,
} from './layer-triangles.ts';

describe('addRoofPlanes', () => {
  const rect: OrientedRect = { center: [0, 0], angle: Math.PI / 6, halfLength: 8, halfWidth: 4 };

  it('adds two sloped planes meeting at the ridge, facing up and away from it', () => {
    const layer = createLayer('building', true);
    addRoofPlanes(layer, rect, 7, 11, 0.5, DARK, 3);
    const tris = layerTriangles(layer);
    expect(tris).toHaveLength(4);
    expectWindingMatchesNormals(layer);
    // The width axis, across the ridge.
    const across = [-Math.sin(rect.angle), 0, -Math.cos(rect.angle)] as const;
    for (const t of tris) {
      expect(t.normal[1]).toBeGreaterThan(0);
      const c = centroid(t);
      const side = c[0] * across[0] + c[2] * across[2];
      const lean = t.normal[0] * across[0] + t.normal[2] * across[2];
      expect(Math.sign(lean)).toBe(Math.sign(side));
      expect(t.fid).toBe(3);
    }
    const ys = layerPoints(layer).map((p) => p[1]);
    expect(Math.max(...ys)).toBe(11);
  });

  it('runs the eaves past the walls by the overhang, lower than the wall top on the same slope', () => {
    const layer = createLayer('building', true);
    addRoofPlanes(layer, rect, 7, 11, 0.5, DARK);
    const ys = layerPoints(layer).map((p) => p[1]);
    // Slope 4 m over 4 m: 0.5 m further out is 0.5 m lower.
    expect(Math.min(...ys)).toBeCloseTo(6.5, 9);
    const xs = layerPoints(layer).map(([x, , z]) => x * Math.cos(rect.angle) - z * Math.sin(rect.angle));
    expect(Math.max(...xs)).toBeCloseTo(8.5, 9);
  });
});

describe('addSteppedGable', () => {
  it('stacks `steps` boxes, narrowing upwards, to just above the ridge', () => {
    const layer = createLayer('building', true);
    addSteppedGable(layer, [0, 0], 0, 10, 6, 12, DARK, 1, 4);
    expect(triangleCount(layer)).toBe(4 * 10);
    expectWindingMatchesNormals(layer);
    const pts = layerPoints(layer);
    expect(Math.max(...pts.map((p) => p[1]))).toBeCloseTo(12.9, 9);
    expect(Math.min(...pts.map((p) => p[1]))).toBe(6);
    // The gable runs across the axis (angle 0 is east), so its width lies along north: -Z.
    const widthAt = (y: number): number => {
      const zs = pts.filter((p) => Math.abs(p[1] - y) < 1e-9).map((p) => p[2]);
      return Math.max(...zs) - Math.min(...zs);
    };
    expect(widthAt(6)).toBeCloseTo(10.6, 9);
    expect(widthAt(12.9)).toBeLessThan(widthAt(6));
  });
});

describe('addPyramid', () => {
  it('adds one triangle per edge up to the apex over the centre, each facing out and up', () => {
    const ring = rectCorners({ center: [5, 5], angle: 0.2, halfLength: 3, halfWidth: 3 });
    const layer = createLayer('building', true);
    addPyramid(layer, ring, 20, 32, DARK, 6);
    const tris = layerTriangles(layer);
    expect(tris).toHaveLength(4);
    expectWindingMatchesNormals(layer);
    expectFacingAwayFrom(layer, [5, 21, -5]);
    for (const t of tris) expect(t.normal[1]).toBeGreaterThan(0);
    const apex = layerPoints(layer).filter((p) => p[1] === 32);
    expect(apex).toHaveLength(4);
    for (const p of apex) {
      expect(p[0]).toBeCloseTo(5, 9);
      expect(p[2]).toBeCloseTo(-5, 9);
    }
  });
});

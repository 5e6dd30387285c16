import { describe, expect, it } from 'vitest';
import {
  newellNormal,
  triangulatePolygon3D,
  type Point3,
} from '../../../../src/pipeline/mesh/triangulate.ts';

function area(points: Point3[], tris: number[]): { total: number; normal: Point3 } {
  let total = 0;
  const normal: Point3 = [0, 0, 0];
  for (let i = 0; i < tris.length; i += 3) {
    const [a, b, c] = [points[tris[i]!]!, points[tris[i + 1]!]!, points[tris[i + 2]!]!];
    const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
    const n: Point3 = [
      u[1]! * v[2]! - u[2]! * v[1]!,
      u[2]! * v[0]! - u[0]! * v[2]!,
      u[0]! * v[1]! - u[1]! * v[0]!,
    ];
    total += Math.hypot(...n) / 2;
    normal[0] += n[0];
    normal[1] += n[1];
    normal[2] += n[2];
  }
  return { total, normal };
}

describe('triangulatePolygon3D', () => {
  it('triangulates a vertical wall with a window hole, keeping its facing', () => {
    const outer: Point3[] = [
      [0, 0, 0],
      [10, 0, 0],
      [10, 0, 6],
      [0, 0, 6],
    ];
    const hole: Point3[] = [
      [4, 0, 2],
      [4, 0, 4],
      [6, 0, 4],
      [6, 0, 2],
    ];
    const tris = triangulatePolygon3D([outer, hole]);
    const { total, normal } = area([...outer, ...hole], tris);
    expect(total).toBeCloseTo(60 - 4, 6);
    const n = newellNormal(outer);
    expect(Math.sign(normal[1])).toBe(Math.sign(n[1]));
    expect(n[1]).not.toBe(0);
  });

  it('returns nothing for degenerate rings', () => {
    expect(
      triangulatePolygon3D([
        [
          [0, 0, 0],
          [1, 1, 1],
          [2, 2, 2],
        ],
      ]),
    ).toEqual([]);
  });
});

import { expect } from 'vitest';
import type { MeshLayer, Rgb, Vec3 } from '../../../../src/pipeline/mesh/mesh.ts';

/** A colour for tests where the colour does not matter. */
export const PLAIN: Rgb = [0.6, 0.5, 0.4];
/** A second one, for a second kind of face (roof, top, inner wall). */
export const DARK: Rgb = [0.3, 0.1, 0.05];

/** One triangle of a layer: its corners, the normal stored on its first vertex and its feature id. */
export interface LayerTriangle {
  a: Vec3;
  b: Vec3;
  c: Vec3;
  normal: Vec3;
  fid: number;
}

/** The triangles of a layer, read back from its flat arrays. */
export function layerTriangles(layer: MeshLayer): LayerTriangle[] {
  const at = (arr: number[], i: number): Vec3 => [arr[3 * i]!, arr[3 * i + 1]!, arr[3 * i + 2]!];
  const out: LayerTriangle[] = [];
  for (let k = 0; k + 2 < layer.indices.length; k += 3) {
    const [i, j, l] = [layer.indices[k]!, layer.indices[k + 1]!, layer.indices[k + 2]!];
    const fid = layer.withFeatures ? layer.featureIds[i]! : -1;
    out.push({
      a: at(layer.positions, i),
      b: at(layer.positions, j),
      c: at(layer.positions, l),
      normal: at(layer.normals, i),
      fid,
    });
  }
  return out;
}

/** The triangle's normal from its winding (counter-clockwise seen from the front), length twice its area. */
export function windingNormal(t: { a: Vec3; b: Vec3; c: Vec3 }): Vec3 {
  const u = [t.b[0] - t.a[0], t.b[1] - t.a[1], t.b[2] - t.a[2]] as Vec3;
  const v = [t.c[0] - t.a[0], t.c[1] - t.a[1], t.c[2] - t.a[2]] as Vec3;
  return [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
}

/** The triangle's area. */
export function triangleArea(t: { a: Vec3; b: Vec3; c: Vec3 }): number {
  return Math.hypot(...windingNormal(t)) / 2;
}

/** The mean of the triangle's corners. */
export function centroid(t: { a: Vec3; b: Vec3; c: Vec3 }): Vec3 {
  return [(t.a[0] + t.b[0] + t.c[0]) / 3, (t.a[1] + t.b[1] + t.c[1]) / 3, (t.a[2] + t.b[2] + t.c[2]) / 3];
}

/** Dot product. */
export function dot(a: Vec3, b: Vec3): number {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}

/** Every vertex's position, in glTF axes. */
export function layerPoints(layer: MeshLayer): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i < layer.positions.length; i += 3)
    out.push([layer.positions[i]!, layer.positions[i + 1]!, layer.positions[i + 2]!]);
  return out;
}

/** Expects every non-degenerate triangle's stored normal to agree with its winding: front faces render. */
export function expectWindingMatchesNormals(layer: MeshLayer): void {
  const wrong = layerTriangles(layer).filter((t) => {
    const n = windingNormal(t);
    const len = Math.hypot(...n);
    return len > 1e-9 && dot(n, t.normal) / len < 0.999;
  });
  expect(wrong).toEqual([]);
}

/** Expects every triangle to face away from `inside` (true of any convex solid around that point). */
export function expectFacingAwayFrom(layer: MeshLayer, inside: Vec3): void {
  for (const t of layerTriangles(layer)) {
    const c = centroid(t);
    expect(dot(t.normal, [c[0] - inside[0], c[1] - inside[1], c[2] - inside[2]])).toBeGreaterThan(0);
  }
}

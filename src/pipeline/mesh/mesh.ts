import earcut from 'earcut';
import type { Vec2 } from './polygon.ts';

/** A point in glTF axes: +X east, +Y up, -Z north. */
export type Vec3 = [number, number, number];

/** A linear RGB colour, 0..1 per channel. */
export type Rgb = [number, number, number];

/** What a mesh is, for walking and colouring: only ground/street/square/green are walkable. */
export type SurfaceKind = 'ground' | 'street' | 'square' | 'green' | 'water' | 'building' | 'wall';

/** Flat-shaded triangles of one surface kind, ready to become one glTF primitive. */
export interface MeshLayer {
  readonly surface: SurfaceKind;
  /** Whether the layer carries a per-vertex feature id. */
  readonly withFeatures: boolean;
  positions: number[];
  normals: number[];
  colors: number[];
  featureIds: number[];
  indices: number[];
  /** Texture coordinates (two per vertex) of a textured layer (photogrammetry), with its base-colour image. */
  uvs?: number[];
  texture?: LayerTexture;
}

/** A base-colour image, shared by every layer drawn with it: the same bytes are the same texture. */
export interface LayerTexture {
  image: Uint8Array;
  mimeType: string;
  /** Width and height in pixels. */
  size: [number, number];
}

/** Creates an empty layer. */
export function createLayer(surface: SurfaceKind, withFeatures: boolean): MeshLayer {
  return { surface, withFeatures, positions: [], normals: [], colors: [], featureIds: [], indices: [] };
}

/** Converts an sRGB hex colour like `#a0522d` to linear RGB. */
export function hexColor(hex: string): Rgb {
  const v = Number.parseInt(hex.replace('#', ''), 16);
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return [lin((v >> 16) & 255), lin((v >> 8) & 255), lin(v & 255)];
}

/** Number of triangles in a layer. */
export function triangleCount(layer: MeshLayer): number {
  return layer.indices.length / 3;
}

/** Adds one flat face: vertices in glTF axes and triangle indices into them. */
export function addFace(
  layer: MeshLayer,
  verts: readonly Vec3[],
  tris: readonly number[],
  color: Rgb,
  fid = 0,
): void {
  if (tris.length < 3) return;
  const normal = faceNormal(verts, tris);
  const base = layer.positions.length / 3;
  for (const v of verts) {
    layer.positions.push(v[0], v[1], v[2]);
    layer.normals.push(normal[0], normal[1], normal[2]);
    layer.colors.push(color[0], color[1], color[2]);
    if (layer.withFeatures) layer.featureIds.push(fid);
  }
  for (const t of tris) layer.indices.push(base + t);
}

/** Adds a planar quad a-b-c-d (counter-clockwise seen from the front). */
export function addQuad(layer: MeshLayer, a: Vec3, b: Vec3, c: Vec3, d: Vec3, color: Rgb, fid = 0): void {
  addFace(layer, [a, b, c, d], [0, 1, 2, 0, 2, 3], color, fid);
}

/** A local east/north point at height `y`, in glTF axes (north is -Z). */
export function toGltf(p: Vec2, y: number): Vec3 {
  return [p[0], y, -p[1]];
}

/** The corners of an upright quad over the ground segment a-b, from height y0 to y1. */
export function uprightQuad(a: Vec2, b: Vec2, y0: number, y1: number): Vec3[] {
  return [toGltf(a, y0), toGltf(b, y0), toGltf(b, y1), toGltf(a, y1)];
}

/** Adds a convex planar face (a fan from its first point), wound so it looks towards `facing` (glTF axes). */
export function addConvexFace(
  layer: MeshLayer,
  pts: readonly Vec3[],
  facing: Vec3,
  color: Rgb,
  fid = 0,
): void {
  const [a, b, c] = pts as [Vec3, Vec3, Vec3];
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]];
  const n = [
    (u[1] as number) * (v[2] as number) - (u[2] as number) * (v[1] as number),
    (u[2] as number) * (v[0] as number) - (u[0] as number) * (v[2] as number),
    (u[0] as number) * (v[1] as number) - (u[1] as number) * (v[0] as number),
  ] as Vec3;
  const ordered = n[0] * facing[0] + n[1] * facing[1] + n[2] * facing[2] < 0 ? [...pts].reverse() : pts;
  const tris: number[] = [];
  for (let i = 1; i + 1 < ordered.length; i++) tris.push(0, i, i + 1);
  addFace(layer, ordered, tris, color, fid);
}

/** Adds a horizontal polygon (outer ring plus holes, in east/north) at height y, facing up (or down). */
export function addFlatPolygon(
  layer: MeshLayer,
  outer: readonly Vec2[],
  holes: readonly (readonly Vec2[])[],
  y: number,
  color: Rgb,
  fid = 0,
  down = false,
): void {
  const flat: number[] = [];
  const holeIdx: number[] = [];
  const verts: Vec3[] = [];
  const push = (ring: readonly Vec2[]): void => {
    for (const p of ring) {
      flat.push(p[0], p[1]);
      verts.push(toGltf(p, y));
    }
  };
  push(outer);
  for (const h of holes) {
    holeIdx.push(verts.length);
    push(h);
  }
  const tris = earcut(flat, holeIdx.length ? holeIdx : undefined, 2);
  // earcut keeps the input winding; make every triangle counter-clockwise in east/north (up-facing),
  // or clockwise for a ceiling seen from below.
  for (let i = 0; i < tris.length; i += 3) {
    const a = verts[tris[i] as number] as Vec3;
    const b = verts[tris[i + 1] as number] as Vec3;
    const c = verts[tris[i + 2] as number] as Vec3;
    const cross = (b[0] - a[0]) * (a[2] - c[2]) - (a[2] - b[2]) * (c[0] - a[0]);
    if (down ? cross > 0 : cross < 0) {
      const t = tris[i + 1] as number;
      tris[i + 1] = tris[i + 2] as number;
      tris[i + 2] = t;
    }
  }
  addFace(layer, verts, tris, color, fid);
}

/** The unit normal of a triangulated face (a Newell-style sum over its triangles); up for a degenerate one. */
export function faceNormal(verts: readonly Vec3[], tris: readonly number[]): Vec3 {
  // Newell-style sum over all triangles: robust for slivers.
  let nx = 0;
  let ny = 0;
  let nz = 0;
  for (let i = 0; i + 2 < tris.length; i += 3) {
    const a = verts[tris[i] as number] as Vec3;
    const b = verts[tris[i + 1] as number] as Vec3;
    const c = verts[tris[i + 2] as number] as Vec3;
    const ux = b[0] - a[0];
    const uy = b[1] - a[1];
    const uz = b[2] - a[2];
    const vx = c[0] - a[0];
    const vy = c[1] - a[1];
    const vz = c[2] - a[2];
    nx += uy * vz - uz * vy;
    ny += uz * vx - ux * vz;
    nz += ux * vy - uy * vx;
  }
  const len = Math.hypot(nx, ny, nz);
  return len > 0 ? [nx / len, ny / len, nz / len] : [0, 1, 0];
}

// Shapes along a polyline: a thick wall with a top and end caps, a flat ribbon (street, path, moat).
import { addConvexFace, toGltf, uprightQuad, type MeshLayer, type Rgb, type Vec3 } from './mesh.ts';
import { offsetPolyline, type Vec2 } from './polygon.ts';

/** Adds a thick wall along a polyline: two faces, a top and end caps. */
export function addThickWall(
  layer: MeshLayer,
  line: readonly Vec2[],
  thickness: number,
  y0: number,
  y1: number,
  side: Rgb,
  top: Rgb,
  fid = 0,
): void {
  if (line.length < 2) return;
  const left = offsetPolyline(line, thickness / 2);
  const right = offsetPolyline(line, -thickness / 2);
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] as Vec2;
    const b = line[i + 1] as Vec2;
    const l0 = left[i] as Vec2;
    const l1 = left[i + 1] as Vec2;
    const r0 = right[i] as Vec2;
    const r1 = right[i + 1] as Vec2;
    const nR: Vec3 = [b[1] - a[1], 0, b[0] - a[0]];
    addConvexFace(layer, uprightQuad(r0, r1, y0, y1), nR, side, fid);
    addConvexFace(layer, uprightQuad(l0, l1, y0, y1), [-nR[0], 0, -nR[2]], side, fid);
    addConvexFace(
      layer,
      [toGltf(l0, y1), toGltf(l1, y1), toGltf(r1, y1), toGltf(r0, y1)],
      [0, 1, 0],
      top,
      fid,
    );
  }
  // The end caps, each facing away from the wall's first or last segment.
  const n = line.length - 1;
  const caps: [Vec2, Vec2, Vec2, Vec2][] = [
    [left[0] as Vec2, right[0] as Vec2, line[1] as Vec2, line[0] as Vec2],
    [left[n] as Vec2, right[n] as Vec2, line[n - 1] as Vec2, line[n] as Vec2],
  ];
  for (const [l, r, from, to] of caps)
    addConvexFace(layer, uprightQuad(l, r, y0, y1), [to[0] - from[0], 0, from[1] - to[1]], side, fid);
}

/** Adds a flat ribbon (street, path, moat) of a width along a polyline at height y. */
export function addRibbon(
  layer: MeshLayer,
  line: readonly Vec2[],
  width: number,
  y: number,
  color: Rgb,
  closed = false,
): void {
  if (line.length < 2) return;
  const left = offsetPolyline(line, width / 2, closed);
  const right = offsetPolyline(line, -width / 2, closed);
  const n = closed ? line.length : line.length - 1;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % line.length;
    addConvexFace(
      layer,
      [
        toGltf(right[i] as Vec2, y),
        toGltf(right[j] as Vec2, y),
        toGltf(left[j] as Vec2, y),
        toGltf(left[i] as Vec2, y),
      ],
      [0, 1, 0],
      color,
    );
  }
}

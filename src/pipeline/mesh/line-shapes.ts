// Shapes along a polyline: a thick wall with a top and end caps, a flat ribbon (street, path, moat).
import { addConvexFace, toGltf, type MeshLayer, type Rgb, type Vec3 } from './mesh.ts';
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
    addConvexFace(layer, [toGltf(r0, y0), toGltf(r1, y0), toGltf(r1, y1), toGltf(r0, y1)], nR, side, fid);
    addConvexFace(
      layer,
      [toGltf(l0, y0), toGltf(l1, y0), toGltf(l1, y1), toGltf(l0, y1)],
      [-nR[0], 0, -nR[2]],
      side,
      fid,
    );
    addConvexFace(
      layer,
      [toGltf(l0, y1), toGltf(l1, y1), toGltf(r1, y1), toGltf(r0, y1)],
      [0, 1, 0],
      top,
      fid,
    );
  }
  const n = line.length - 1;
  const s0 = line[0] as Vec2;
  const s1 = line[1] as Vec2;
  const e0 = line[n - 1] as Vec2;
  const e1 = line[n] as Vec2;
  const capL0 = left[0] as Vec2;
  const capR0 = right[0] as Vec2;
  const capLn = left[n] as Vec2;
  const capRn = right[n] as Vec2;
  addConvexFace(
    layer,
    [toGltf(capL0, y0), toGltf(capR0, y0), toGltf(capR0, y1), toGltf(capL0, y1)],
    [s0[0] - s1[0], 0, s1[1] - s0[1]],
    side,
    fid,
  );
  addConvexFace(
    layer,
    [toGltf(capLn, y0), toGltf(capRn, y0), toGltf(capRn, y1), toGltf(capLn, y1)],
    [e1[0] - e0[0], 0, e0[1] - e1[1]],
    side,
    fid,
  );
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

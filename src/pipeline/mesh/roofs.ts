// Roofs: the two planes of a gabled roof, a stepped Brick Gothic gable, a pyramid spire.
import { addConvexFace, toGltf, type MeshLayer, type Rgb, type Vec3 } from './mesh.ts';
import type { OrientedRect, Vec2 } from './polygon.ts';
import { addBox } from './solids.ts';

/** Adds the two planes of a gabled roof over a rectangle (ridge along its length), with overhang. */
export function addRoofPlanes(
  layer: MeshLayer,
  rect: OrientedRect,
  eave: number,
  ridge: number,
  overhang: number,
  roof: Rgb,
  fid = 0,
): void {
  const ux = Math.cos(rect.angle);
  const uy = Math.sin(rect.angle);
  // Roof planes, extended by the overhang along the slope and past the gables.
  const w = rect.halfWidth;
  const slope = (ridge - eave) / Math.max(w, 0.01);
  const ow = w + overhang;
  const yEave = ridge - slope * ow;
  const l = rect.halfLength + overhang;
  const at = (du: number, dv: number): Vec2 => [
    rect.center[0] + ux * du - uy * dv,
    rect.center[1] + uy * du + ux * dv,
  ];
  addConvexFace(
    layer,
    [
      toGltf(at(-l, -ow), yEave),
      toGltf(at(l, -ow), yEave),
      toGltf(at(l, 0), ridge),
      toGltf(at(-l, 0), ridge),
    ],
    [uy, 1, ux],
    roof,
    fid,
  );
  addConvexFace(
    layer,
    [toGltf(at(-l, ow), yEave), toGltf(at(l, ow), yEave), toGltf(at(l, 0), ridge), toGltf(at(-l, 0), ridge)],
    [-uy, 1, -ux],
    roof,
    fid,
  );
}

/** Adds a stepped (Brick Gothic) gable: stacked slabs across a gable end, narrowing upwards. */
export function addSteppedGable(
  layer: MeshLayer,
  center: Vec2,
  angle: number,
  width: number,
  eave: number,
  ridge: number,
  color: Rgb,
  fid = 0,
  steps = 5,
): void {
  for (let i = 0; i < steps; i++) {
    const f = 1 - i / steps;
    const y0 = eave + ((ridge - eave) * i) / steps;
    const y1 = eave + ((ridge - eave) * (i + 1)) / steps + 0.9;
    const rect: OrientedRect = {
      center,
      angle: angle + Math.PI / 2,
      halfLength: (width / 2) * f + 0.3,
      halfWidth: 0.5,
    };
    addBox(layer, rect, y0, y1, color, color, fid);
  }
}

/** Adds a pyramid roof (spire) over a ring, apex at the ring centre. */
export function addPyramid(
  layer: MeshLayer,
  ring: readonly Vec2[],
  y0: number,
  apex: number,
  color: Rgb,
  fid = 0,
): void {
  let cx = 0;
  let cy = 0;
  for (const p of ring) {
    cx += p[0] / ring.length;
    cy += p[1] / ring.length;
  }
  const top: Vec3 = [cx, apex, -cy];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as Vec2;
    const b = ring[(i + 1) % ring.length] as Vec2;
    addConvexFace(layer, [toGltf(a, y0), toGltf(b, y0), top], [b[1] - a[1], 0.5, b[0] - a[0]], color, fid);
  }
}

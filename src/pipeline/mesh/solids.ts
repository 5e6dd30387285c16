// Solids on a footprint: vertical walls around a ring, prisms with flat roofs, oriented boxes.
import { addFlatPolygon, addConvexFace, uprightQuad, type MeshLayer, type Rgb, type Vec3 } from './mesh.ts';
import { rectCorners, type OrientedRect, type Vec2 } from './polygon.ts';

/** Adds vertical walls along a counter-clockwise ring from y0 to y1, facing outwards. */
export function addRingWalls(
  layer: MeshLayer,
  ring: readonly Vec2[],
  y0: number,
  y1: number,
  color: Rgb,
  fid = 0,
): void {
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as Vec2;
    const b = ring[(i + 1) % ring.length] as Vec2;
    const out: Vec3 = [b[1] - a[1], 0, b[0] - a[0]];
    addConvexFace(layer, uprightQuad(a, b, y0, y1), out, color, fid);
  }
}

/** Adds an extruded footprint: walls plus a flat roof at y1. */
export function addPrism(
  layer: MeshLayer,
  ring: readonly Vec2[],
  y0: number,
  y1: number,
  wall: Rgb,
  roof: Rgb,
  fid = 0,
): void {
  addRingWalls(layer, ring, y0, y1, wall, fid);
  addFlatPolygon(layer, ring, [], y1, roof, fid);
}

/** Adds an oriented box. */
export function addBox(
  layer: MeshLayer,
  rect: OrientedRect,
  y0: number,
  y1: number,
  wall: Rgb,
  roof: Rgb,
  fid = 0,
): void {
  addPrism(layer, rectCorners(rect), y0, y1, wall, roof, fid);
}

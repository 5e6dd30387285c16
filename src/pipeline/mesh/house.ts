// A generated house: walls, gable ends, a pitched roof and rows of windows on the long sides.
import { addConvexFace, toGltf, uprightQuad, type MeshLayer, type Rgb } from './mesh.ts';
import { midpoint, rectCorners, type OrientedRect, type Vec2 } from './polygon.ts';
import { addRoofPlanes } from './roofs.ts';

/** Options for a pitched-roof house on an oriented rectangle (ridge along the length axis). */
export interface GabledHouseOptions {
  eave: number;
  ridge: number;
  wall: Rgb;
  roof: Rgb;
  /** Roof overhang in metres. */
  overhang: number;
  /** Windows on the long sides when set. */
  window?: Rgb;
  storeyHeight: number;
}

/** Defaults for addGabledHouse. */
export const GABLED_HOUSE_DEFAULTS: GabledHouseOptions = {
  eave: 7,
  ridge: 12,
  wall: [0.6, 0.5, 0.4],
  roof: [0.4, 0.1, 0.05],
  overhang: 0.4,
  storeyHeight: 3.1,
};

/** Adds a house with a gabled roof; returns nothing, every face gets the feature id. */
export function addGabledHouse(
  layer: MeshLayer,
  rect: OrientedRect,
  opts: Partial<GabledHouseOptions>,
  fid = 0,
): void {
  const o = { ...GABLED_HOUSE_DEFAULTS, ...opts };
  const [c0, c1, c2, c3] = rectCorners(rect) as [Vec2, Vec2, Vec2, Vec2];
  const ux = Math.cos(rect.angle);
  const uy = Math.sin(rect.angle);
  // Long sides c0-c1 (right of the axis) and c2-c3; gable ends c1-c2 and c3-c0.
  addConvexFace(layer, uprightQuad(c0, c1, 0, o.eave), [uy, 0, ux], o.wall, fid);
  addConvexFace(layer, uprightQuad(c2, c3, 0, o.eave), [-uy, 0, -ux], o.wall, fid);
  const e1 = midpoint(c1, c2);
  const e0 = midpoint(c3, c0);
  addConvexFace(
    layer,
    [toGltf(c1, 0), toGltf(c2, 0), toGltf(c2, o.eave), toGltf(e1, o.ridge), toGltf(c1, o.eave)],
    [ux, 0, -uy],
    o.wall,
    fid,
  );
  addConvexFace(
    layer,
    [toGltf(c3, 0), toGltf(c0, 0), toGltf(c0, o.eave), toGltf(e0, o.ridge), toGltf(c3, o.eave)],
    [-ux, 0, uy],
    o.wall,
    fid,
  );
  addRoofPlanes(layer, rect, o.eave, o.ridge, o.overhang, o.roof, fid);
  if (o.window) {
    addWindows(layer, c0, c1, o.eave, o.storeyHeight, o.window, fid);
    addWindows(layer, c2, c3, o.eave, o.storeyHeight, o.window, fid);
  }
}

/** Adds rows of window panes just proud of the wall a->b (outside on its right). */
export function addWindows(
  layer: MeshLayer,
  a: Vec2,
  b: Vec2,
  top: number,
  storey: number,
  color: Rgb,
  fid = 0,
): void {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const dx = (b[0] - a[0]) / len;
  const dy = (b[1] - a[1]) / len;
  const nx = dy * 0.06;
  const ny = -dx * 0.06;
  const count = Math.floor((len - 1) / 2.6);
  if (count < 1) return;
  const step = len / count;
  for (let y = 0.9; y + 1.5 <= top - 0.4; y += storey) {
    for (let i = 0; i < count; i++) {
      const s = step * (i + 0.5);
      const p0: Vec2 = [a[0] + dx * (s - 0.55) + nx, a[1] + dy * (s - 0.55) + ny];
      const p1: Vec2 = [a[0] + dx * (s + 0.55) + nx, a[1] + dy * (s + 0.55) + ny];
      addConvexFace(layer, uprightQuad(p0, p1, y, y + 1.4), [dy, 0, dx], color, fid);
    }
  }
}

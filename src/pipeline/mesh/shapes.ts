import { addFace, addFlatPolygon, type MeshLayer, type Rgb, type Vec3 } from './mesh.ts';
import { offsetPolyline, rectCorners, type OrientedRect, type Vec2 } from './polygon.ts';

const g = (p: Vec2, y: number): Vec3 => [p[0], y, -p[1]];

/** Adds a quad, flipping its winding so the face looks towards `facing` (glTF axes). */
export function addQuadFacing(
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
    addQuadFacing(layer, [g(a, y0), g(b, y0), g(b, y1), g(a, y1)], out, color, fid);
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
  const mid = (a: Vec2, b: Vec2): Vec2 => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  // Long sides c0-c1 (right of the axis) and c2-c3; gable ends c1-c2 and c3-c0.
  addQuadFacing(layer, [g(c0, 0), g(c1, 0), g(c1, o.eave), g(c0, o.eave)], [uy, 0, ux], o.wall, fid);
  addQuadFacing(layer, [g(c2, 0), g(c3, 0), g(c3, o.eave), g(c2, o.eave)], [-uy, 0, -ux], o.wall, fid);
  const e1 = mid(c1, c2);
  const e0 = mid(c3, c0);
  addQuadFacing(
    layer,
    [g(c1, 0), g(c2, 0), g(c2, o.eave), g(e1, o.ridge), g(c1, o.eave)],
    [ux, 0, -uy],
    o.wall,
    fid,
  );
  addQuadFacing(
    layer,
    [g(c3, 0), g(c0, 0), g(c0, o.eave), g(e0, o.ridge), g(c3, o.eave)],
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
  addQuadFacing(
    layer,
    [g(at(-l, -ow), yEave), g(at(l, -ow), yEave), g(at(l, 0), ridge), g(at(-l, 0), ridge)],
    [uy, 1, ux],
    roof,
    fid,
  );
  addQuadFacing(
    layer,
    [g(at(-l, ow), yEave), g(at(l, ow), yEave), g(at(l, 0), ridge), g(at(-l, 0), ridge)],
    [-uy, 1, -ux],
    roof,
    fid,
  );
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
      addQuadFacing(layer, [g(p0, y), g(p1, y), g(p1, y + 1.4), g(p0, y + 1.4)], [dy, 0, dx], color, fid);
    }
  }
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
    addQuadFacing(layer, [g(a, y0), g(b, y0), top], [b[1] - a[1], 0.5, b[0] - a[0]], color, fid);
  }
}

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
    addQuadFacing(layer, [g(r0, y0), g(r1, y0), g(r1, y1), g(r0, y1)], nR, side, fid);
    addQuadFacing(layer, [g(l0, y0), g(l1, y0), g(l1, y1), g(l0, y1)], [-nR[0], 0, -nR[2]], side, fid);
    addQuadFacing(layer, [g(l0, y1), g(l1, y1), g(r1, y1), g(r0, y1)], [0, 1, 0], top, fid);
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
  addQuadFacing(
    layer,
    [g(capL0, y0), g(capR0, y0), g(capR0, y1), g(capL0, y1)],
    [s0[0] - s1[0], 0, s1[1] - s0[1]],
    side,
    fid,
  );
  addQuadFacing(
    layer,
    [g(capLn, y0), g(capRn, y0), g(capRn, y1), g(capLn, y1)],
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
    addQuadFacing(
      layer,
      [g(right[i] as Vec2, y), g(right[j] as Vec2, y), g(left[j] as Vec2, y), g(left[i] as Vec2, y)],
      [0, 1, 0],
      color,
    );
  }
}

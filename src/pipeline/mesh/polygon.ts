import { insideRing, ringArea, ringCentroid } from '../../core/geo/ring.ts';

// The ring basics live in the core (planning and the utilities check use them too); the pipeline's own
// imports of them keep coming through here.
export { ringArea, ringCentroid } from '../../core/geo/ring.ts';

/** A 2D point in local metres: [east, north]. */
export type Vec2 = [number, number];

/** An oriented rectangle: centre, unit axis along its length, half extents. */
export interface OrientedRect {
  center: Vec2;
  /** Angle of the length axis from east, counter-clockwise, radians. */
  angle: number;
  halfLength: number;
  halfWidth: number;
}

/** The ring without a repeated closing point, counter-clockwise. */
export function normaliseRing(ring: readonly Vec2[]): Vec2[] {
  const out = ring.slice();
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return ringArea(out) < 0 ? out.reverse() : out;
}

/** Even-odd point-in-ring test. */
export function pointInRing(p: Vec2, ring: readonly Vec2[]): boolean {
  return insideRing(p[0], p[1], ring);
}

/** The point halfway between a and b. */
export function midpoint(a: Vec2, b: Vec2): Vec2 {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

/** The four corners of an oriented rectangle, counter-clockwise. */
export function rectCorners(r: OrientedRect): Vec2[] {
  const ux = Math.cos(r.angle);
  const uy = Math.sin(r.angle);
  const [cx, cy] = r.center;
  const l = r.halfLength;
  const w = r.halfWidth;
  return [
    [cx - ux * l + uy * w, cy - uy * l - ux * w],
    [cx + ux * l + uy * w, cy + uy * l - ux * w],
    [cx + ux * l - uy * w, cy + uy * l + ux * w],
    [cx - ux * l - uy * w, cy - uy * l + ux * w],
  ];
}

/** The rectangle grown by `d` metres on every side (shrunk for negative `d`). */
export function growRect(r: OrientedRect, d: number): OrientedRect {
  return { ...r, halfLength: r.halfLength + d, halfWidth: r.halfWidth + d };
}

/** The minimum-area oriented rectangle around a ring, its length axis the longer side. */
export function minAreaRect(ring: readonly Vec2[]): OrientedRect {
  let best: OrientedRect = { center: ringCentroid(ring), angle: 0, halfLength: 0, halfWidth: 0 };
  let bestArea = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i] as Vec2;
    const b = ring[(i + 1) % ring.length] as Vec2;
    const angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
    const ux = Math.cos(angle);
    const uy = Math.sin(angle);
    let minU = Infinity;
    let maxU = -Infinity;
    let minV = Infinity;
    let maxV = -Infinity;
    for (const p of ring) {
      const u = p[0] * ux + p[1] * uy;
      const v = -p[0] * uy + p[1] * ux;
      minU = Math.min(minU, u);
      maxU = Math.max(maxU, u);
      minV = Math.min(minV, v);
      maxV = Math.max(maxV, v);
    }
    const area = (maxU - minU) * (maxV - minV);
    if (area < bestArea - 1e-9) {
      bestArea = area;
      const cu = (minU + maxU) / 2;
      const cv = (minV + maxV) / 2;
      best = {
        center: [cu * ux - cv * uy, cu * uy + cv * ux],
        angle,
        halfLength: (maxU - minU) / 2,
        halfWidth: (maxV - minV) / 2,
      };
    }
  }
  if (best.halfWidth > best.halfLength) {
    best = {
      ...best,
      angle: best.angle + Math.PI / 2,
      halfLength: best.halfWidth,
      halfWidth: best.halfLength,
    };
  }
  return best;
}

/** Separating-axis overlap test of two oriented rectangles. */
export function rectsOverlap(a: OrientedRect, b: OrientedRect): boolean {
  const ca = rectCorners(a);
  const cb = rectCorners(b);
  for (const angle of [a.angle, a.angle + Math.PI / 2, b.angle, b.angle + Math.PI / 2]) {
    const ux = Math.cos(angle);
    const uy = Math.sin(angle);
    const pa = ca.map((p) => p[0] * ux + p[1] * uy);
    const pb = cb.map((p) => p[0] * ux + p[1] * uy);
    if (Math.max(...pa) <= Math.min(...pb) || Math.max(...pb) <= Math.min(...pa)) return false;
  }
  return true;
}

/** Distance from a point to a segment. */
export function distanceToSegment(p: Vec2, a: Vec2, b: Vec2): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Offsets a polyline sideways by `d` (left positive), mitred at joints; closed when `closed`. */
export function offsetPolyline(line: readonly Vec2[], d: number, closed = false): Vec2[] {
  const n = line.length;
  const out: Vec2[] = [];
  for (let i = 0; i < n; i++) {
    const p = line[i] as Vec2;
    const prev = closed ? (line[(i - 1 + n) % n] as Vec2) : i > 0 ? (line[i - 1] as Vec2) : undefined;
    const next = closed ? (line[(i + 1) % n] as Vec2) : i < n - 1 ? (line[i + 1] as Vec2) : undefined;
    const n1 = prev ? leftNormal(prev, p) : undefined;
    const n2 = next ? leftNormal(p, next) : undefined;
    let nx: number;
    let ny: number;
    let scale = 1;
    if (n1 && n2) {
      nx = n1[0] + n2[0];
      ny = n1[1] + n2[1];
      const len = Math.hypot(nx, ny) || 1;
      nx /= len;
      ny /= len;
      const cos = nx * n1[0] + ny * n1[1];
      scale = 1 / Math.max(cos, 0.35);
    } else {
      const only = (n1 ?? n2 ?? [0, 0]) as Vec2;
      nx = only[0];
      ny = only[1];
    }
    out.push([p[0] + nx * d * scale, p[1] + ny * d * scale]);
  }
  return out;
}

function leftNormal(a: Vec2, b: Vec2): Vec2 {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy) || 1;
  return [-dy / len, dx / len];
}

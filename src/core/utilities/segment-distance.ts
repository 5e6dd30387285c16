/** A point in the scene's local metres: x east, y up, z south. */
export type Vec3 = readonly [number, number, number];

/** The closest approach of two segments: the parameters along each (0..1) and the squared axis distance. */
export interface Closest {
  s: number;
  t: number;
  distanceSq: number;
}

const EPS = 1e-12;
const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

/**
 * The closest points of segments p0-p1 and q0-q1 (flat coordinates, so a caller can pass typed-array slots):
 * minimise |p(s) - q(t)|² over the unit square, clamping one parameter and solving for the other.
 */
export function closestSegments(
  px: number,
  py: number,
  pz: number,
  ux: number,
  uy: number,
  uz: number,
  qx: number,
  qy: number,
  qz: number,
  vx: number,
  vy: number,
  vz: number,
  out: Closest,
): Closest {
  // d1 = p1 - p0, d2 = q1 - q0, r = p0 - q0
  const d1x = ux - px,
    d1y = uy - py,
    d1z = uz - pz;
  const d2x = vx - qx,
    d2y = vy - qy,
    d2z = vz - qz;
  const rx = px - qx,
    ry = py - qy,
    rz = pz - qz;
  const a = d1x * d1x + d1y * d1y + d1z * d1z;
  const e = d2x * d2x + d2y * d2y + d2z * d2z;
  const f = d2x * rx + d2y * ry + d2z * rz;
  const b = d1x * d2x + d1y * d2y + d1z * d2z;
  const c = d1x * rx + d1y * ry + d1z * rz;
  let s = 0;
  let t = 0;
  if (a <= EPS && e <= EPS) {
    s = 0;
    t = 0;
  } else if (a <= EPS) {
    t = clamp01(f / e);
  } else {
    if (e <= EPS) {
      s = clamp01(-c / a);
    } else {
      const denom = a * e - b * b;
      // Parallel segments: any s will do, so start at p0 and let the clamping below find the best t.
      s = denom > EPS * a * e ? clamp01((b * f - c * e) / denom) : 0;
      t = (b * s + f) / e;
      if (t < 0) {
        t = 0;
        s = clamp01(-c / a);
      } else if (t > 1) {
        t = 1;
        s = clamp01((b - c) / a);
      }
    }
  }
  // The minimum over the unit square lies inside (solved above) or on an edge: an end of one segment against
  // the other. Trying the four edges as well keeps the answer right where the solve loses precision (nearly
  // parallel or very short segments), and the same whichever segment comes first.
  const at = (ss: number, tt: number): number => {
    const dx = rx + d1x * ss - d2x * tt;
    const dy = ry + d1y * ss - d2y * tt;
    const dz = rz + d1z * ss - d2z * tt;
    return dx * dx + dy * dy + dz * dz;
  };
  let best = at(s, t);
  let bestS = s;
  let bestT = t;
  const tryPair = (ss: number, tt: number): void => {
    const d = at(ss, tt);
    if (d >= best) return;
    best = d;
    bestS = ss;
    bestT = tt;
  };
  const sFor = (tt: number): number => (a > EPS ? clamp01((b * tt - c) / a) : 0);
  const tFor = (ss: number): number => (e > EPS ? clamp01((b * ss + f) / e) : 0);
  tryPair(sFor(0), 0);
  tryPair(sFor(1), 1);
  tryPair(0, tFor(0));
  tryPair(1, tFor(1));
  out.s = bestS;
  out.t = bestT;
  out.distanceSq = best;
  return out;
}

/** The wall-to-wall distance of two pipes along segments a and b with radii: negative where they overlap. */
export function segmentClearance(a0: Vec3, a1: Vec3, ra: number, b0: Vec3, b1: Vec3, rb: number): number {
  const c = closestSegments(...a0, ...a1, ...b0, ...b1, { s: 0, t: 0, distanceSq: 0 });
  return Math.sqrt(c.distanceSq) - ra - rb;
}

/** The smallest wall-to-wall distance between two pipes along polylines, and where on the first it is. */
export function polylineClearance(
  a: readonly Vec3[],
  ra: number,
  b: readonly Vec3[],
  rb: number,
): { clearance: number; segment: number; s: number } {
  const c: Closest = { s: 0, t: 0, distanceSq: 0 };
  let best = { clearance: Infinity, segment: -1, s: 0 };
  for (let i = 0; i + 1 < a.length; i++)
    for (let j = 0; j + 1 < b.length; j++) {
      closestSegments(...a[i]!, ...a[i + 1]!, ...b[j]!, ...b[j + 1]!, c);
      const clearance = Math.sqrt(c.distanceSq) - ra - rb;
      if (clearance < best.clearance) best = { clearance, segment: i, s: c.s };
    }
  return best;
}

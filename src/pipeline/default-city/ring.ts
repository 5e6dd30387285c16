import type { Vec2 } from '../mesh/polygon.ts';

/** A closed, star-shaped outline around a centre, stored as radius per angle bin. */
export interface RadialRing {
  center: Vec2;
  /** Radius in metres towards a direction (radians from east, counter-clockwise). */
  radiusAt(angle: number): number;
  /** The outline offset by `offset` metres (positive outwards), as a counter-clockwise ring. */
  ring(offset: number, steps?: number): Vec2[];
  /** Signed distance inside (positive) from the outline along the ray from the centre. */
  depthOf(p: Vec2): number;
}

/** Builds a radial ring from points sampled on an outline (e.g. all vertices of the wall ways). */
export function createRadialRing(points: readonly Vec2[], center: Vec2, bins = 90): RadialRing {
  const sum = new Float64Array(bins);
  const count = new Uint32Array(bins);
  for (const p of points) {
    const a = Math.atan2(p[1] - center[1], p[0] - center[0]);
    const bin = Math.floor(((a + 2 * Math.PI) % (2 * Math.PI)) / ((2 * Math.PI) / bins)) % bins;
    sum[bin] = (sum[bin] ?? 0) + Math.hypot(p[0] - center[0], p[1] - center[1]);
    count[bin] = (count[bin] ?? 0) + 1;
  }
  const radius = new Float64Array(bins);
  for (let i = 0; i < bins; i++) {
    if (count[i]) {
      radius[i] = (sum[i] ?? 0) / (count[i] ?? 1);
      continue;
    }
    // Fill a gap (a gate, a missing segment) by interpolating the nearest filled bins.
    let lo = 1;
    while (lo < bins && !count[(i - lo + bins) % bins]) lo++;
    let hi = 1;
    while (hi < bins && !count[(i + hi) % bins]) hi++;
    const r0 = (sum[(i - lo + bins) % bins] ?? 0) / (count[(i - lo + bins) % bins] || 1);
    const r1 = (sum[(i + hi) % bins] ?? 0) / (count[(i + hi) % bins] || 1);
    radius[i] = r0 + ((r1 - r0) * lo) / (lo + hi);
  }
  const binWidth = (2 * Math.PI) / bins;
  const radiusAt = (angle: number): number => {
    const t = ((angle + 2 * Math.PI) % (2 * Math.PI)) / binWidth - 0.5;
    const i0 = ((Math.floor(t) % bins) + bins) % bins;
    const f = t - Math.floor(t);
    return (radius[i0] ?? 0) * (1 - f) + (radius[(i0 + 1) % bins] ?? 0) * f;
  };
  return {
    center,
    radiusAt,
    ring(offset, steps = 180) {
      const out: Vec2[] = [];
      for (let i = 0; i < steps; i++) {
        const a = (i / steps) * 2 * Math.PI;
        const r = radiusAt(a) + offset;
        out.push([center[0] + Math.cos(a) * r, center[1] + Math.sin(a) * r]);
      }
      return out;
    },
    depthOf(p) {
      const dx = p[0] - center[0];
      const dy = p[1] - center[1];
      return radiusAt(Math.atan2(dy, dx)) - Math.hypot(dx, dy);
    },
  };
}

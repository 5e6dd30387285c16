// The teleport arc: a thrown point under gravity, sampled as a polyline for ray tests and drawing.

/** Tunables of the teleport arc. */
export interface ArcOptions {
  /** Launch speed along the controller's aim, m/s; sets the range (about v²/g on level ground). */
  speed: number;
  /** Downward acceleration, m/s². */
  gravity: number;
  /** Time between samples, seconds. */
  step: number;
  /** Most samples (the arc's length in segments + 1). */
  maxPoints: number;
  /** Stop sampling below this height (the arc fell through the model). */
  floorY: number;
}

/** A range of about 15 to 20 m from standing height, in 0.05 s steps. */
export const ARC_DEFAULTS: ArcOptions = { speed: 12, gravity: 9.81, step: 0.05, maxPoints: 64, floorY: -100 };

/**
 * Sample the arc from `origin` thrown along `direction` (any length; normalised here) into `out` as
 * x, y, z triples; returns the number of points written. `out` is reused across frames.
 */
export function sampleArc(
  out: Float32Array,
  origin: readonly [number, number, number],
  direction: readonly [number, number, number],
  options: ArcOptions = ARC_DEFAULTS,
): number {
  const [dx, dy, dz] = direction;
  const length = Math.hypot(dx, dy, dz) || 1;
  const vx = (dx / length) * options.speed;
  const vy = (dy / length) * options.speed;
  const vz = (dz / length) * options.speed;
  const max = Math.min(options.maxPoints, Math.floor(out.length / 3));
  let n = 0;
  for (; n < max; n++) {
    const t = n * options.step;
    const y = origin[1] + vy * t - 0.5 * options.gravity * t * t;
    out[n * 3] = origin[0] + vx * t;
    out[n * 3 + 1] = y;
    out[n * 3 + 2] = origin[2] + vz * t;
    if (y < options.floorY) return n + 1;
  }
  return n;
}

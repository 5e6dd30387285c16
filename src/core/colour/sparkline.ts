/** One sample of a sensor's history. */
export interface SparkSample {
  time: number;
  celsius: number;
}

/** Size of the drawing, the time window it shows ending at `now`, and inner padding, all in drawing units. */
export interface SparklineOptions {
  width: number;
  height: number;
  windowMs: number;
  padding: number;
}

/** 120 by 32 units, the last hour. */
export const SPARKLINE_DEFAULTS: SparklineOptions = {
  width: 120,
  height: 32,
  windowMs: 3_600_000,
  padding: 2,
};

/** A sparkline ready to draw: the polyline's points, an SVG path, and the value range it spans. */
export interface Sparkline {
  points: [number, number][];
  /** SVG path data (`M x y L x y ...`); empty without samples in the window. */
  d: string;
  min: number | null;
  max: number | null;
}

/** Lay out the samples of the last window (time on x, newest at the right; warmer is higher). */
export function sparkline(
  samples: readonly SparkSample[],
  now: number,
  options: Partial<SparklineOptions> = {},
): Sparkline {
  const o = { ...SPARKLINE_DEFAULTS, ...options };
  const from = now - o.windowMs;
  const shown = samples.filter(
    (s) => s.time >= from && s.time <= now && Number.isFinite(s.celsius) && Number.isFinite(s.time),
  );
  if (shown.length === 0) return { points: [], d: '', min: null, max: null };
  let min = Infinity;
  let max = -Infinity;
  for (const s of shown) {
    min = Math.min(min, s.celsius);
    max = Math.max(max, s.celsius);
  }
  // A flat line sits in the middle rather than on an edge.
  const low = min === max ? min - 0.5 : min;
  const span = min === max ? 1 : max - min;
  const w = Math.max(0, o.width - 2 * o.padding);
  const h = Math.max(0, o.height - 2 * o.padding);
  const round = (v: number): number => Math.round(v * 10) / 10;
  const points = shown.map((s): [number, number] => [
    round(o.padding + ((s.time - from) / o.windowMs) * w),
    round(o.padding + h - ((s.celsius - low) / span) * h),
  ]);
  // A single sample still shows: a short level stroke ending at its time.
  if (points.length === 1) points.unshift([Math.max(o.padding, points[0]![0] - 2), points[0]![1]]);
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
  return { points, d, min, max };
}

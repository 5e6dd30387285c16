import type { ColourScale } from './colour-scale.ts';

/** How the automatic scale fits the live readings and how reluctantly it moves. */
export interface AutoScaleOptions {
  /** Robust ends of the range: readings below the low and above the high percentile do not stretch it. */
  lowPercentile: number;
  highPercentile: number;
  /** Narrowest range in °C, so that sensor noise is not blown up into colour. */
  minSpan: number;
  /** The range moves only when a fitted end lies at least this many °C from the shown one. */
  toleranceC: number;
  /** And at most once in this many ms, so that it never jumps from frame to frame. */
  holdMs: number;
  /** The comfortable temperature (white); kept where the readings span it, just outside them otherwise. */
  comfort: number;
}

/** 5th to 95th percentile, at least 4 °C wide, moving by 2 °C or more and at most every 10 s. */
export const AUTO_SCALE_DEFAULTS: AutoScaleOptions = {
  lowPercentile: 0.05,
  highPercentile: 0.95,
  minSpan: 4,
  toleranceC: 2,
  holdMs: 10_000,
  comfort: 20,
};

/** Check merged options: percentiles in order within 0..1, sizes positive. */
export function expandAutoScaleOptions(partial: Partial<AutoScaleOptions>): AutoScaleOptions {
  const o = { ...AUTO_SCALE_DEFAULTS, ...partial };
  if (!(o.lowPercentile >= 0 && o.lowPercentile < o.highPercentile && o.highPercentile <= 1))
    throw new Error('autoScale: Requires 0 <= lowPercentile < highPercentile <= 1');
  if (!(o.minSpan > 0) || !(o.toleranceC >= 0) || !(o.holdMs >= 0) || !Number.isFinite(o.comfort))
    throw new Error('autoScale: Requires minSpan > 0, toleranceC >= 0, holdMs >= 0 and a finite comfort');
  return o;
}

/** The value at fraction `p` (0..1) of sorted values, interpolated between neighbours. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = Math.min(1, Math.max(0, p)) * (sorted.length - 1);
  const i = Math.floor(at);
  const lo = sorted[i]!;
  const hi = sorted[Math.min(sorted.length - 1, i + 1)]!;
  return lo + (hi - lo) * (at - i);
}

/**
 * The scale for readings whose robust range is `low..high`: whole degrees, at least `minSpan` wide. Comfort
 * stays where it is when the range spans it (widened to be symmetric about it); when every reading is colder
 * (a November day) it sits a quarter of the span above the warmest, so the whole range is blue and lightness
 * shows the differences (and the same, in red, on a day warmer than comfort everywhere).
 */
export function fitScale(low: number, high: number, o: AutoScaleOptions = AUTO_SCALE_DEFAULTS): ColourScale {
  let min = Math.floor(low);
  let max = Math.ceil(high);
  if (max - min < o.minSpan) {
    const grow = o.minSpan - (max - min);
    min -= Math.ceil(grow / 2);
    max += Math.floor(grow / 2);
  }
  const pad = Math.ceil((max - min) / 4);
  if (o.comfort <= min) return { min, comfort: min - pad, max };
  if (o.comfort >= max) return { min, comfort: max + pad, max };
  // Spanning comfort: both sides equally wide, so one degree is as far from white in blue as in red.
  const half = Math.max(o.comfort - min, max - o.comfort);
  return { min: o.comfort - half, comfort: o.comfort, max: o.comfort + half };
}

/** The automatic scale over time: `update` with the live readings, `current` for the colours and the legend. */
export interface AutoScale {
  /** Fit the readings (any order, NaN ignored); true when the shown scale changed. */
  update(values: ArrayLike<number>, now: number): boolean;
  /** The shown scale; null before the first reading. */
  current(): ColourScale | null;
}

/** Create the automatic scale; it moves only when the data moves well outside it. */
export function createAutoScale(options: Partial<AutoScaleOptions> = {}): AutoScale {
  const o = expandAutoScaleOptions(options);
  let shown: ColourScale | null = null;
  let changedAt = -Infinity;
  let sorted = new Float64Array(0);
  return {
    update(values, now) {
      if (sorted.length < values.length) sorted = new Float64Array(values.length);
      let n = 0;
      for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) sorted[n++] = values[i]!;
      if (n === 0) return false;
      const view = sorted.subarray(0, n).sort();
      const fit = fitScale(percentile(view, o.lowPercentile), percentile(view, o.highPercentile), o);
      if (shown) {
        if (now - changedAt < o.holdMs) return false;
        const moved =
          Math.abs(fit.min - shown.min) >= o.toleranceC || Math.abs(fit.max - shown.max) >= o.toleranceC;
        if (!moved) return false;
      }
      shown = fit;
      changedAt = now;
      return true;
    },
    current: () => shown,
  };
}

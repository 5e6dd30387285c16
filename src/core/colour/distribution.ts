import { colourFor, toHex, type ColourScale } from './colour-scale.ts';

/** Count values (NaN skipped) into `bins` equal bins from `min` to `max`; the end bins take what lies beyond. */
export function histogram(values: ArrayLike<number>, min: number, max: number, bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(1, Math.floor(bins)));
  const width = (max - min) / counts.length;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    const bin = width > 0 ? Math.floor((v - min) / width) : 0;
    counts[Math.min(counts.length - 1, Math.max(0, bin))]!++;
  }
  return counts;
}

/** The colour of bin `i` of `bins` over a scale: the colour of its middle, as the legend draws its bar. */
export function binHex(scale: ColourScale, bins: number, i: number): string {
  const width = (scale.max - scale.min) / Math.max(1, bins);
  return toHex(colourFor(scale.min + width * (i + 0.5), scale));
}

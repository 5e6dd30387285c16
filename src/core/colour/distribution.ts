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

import type { FeatureBounds } from '../city/feature-bounds.ts';
import { percentile } from './auto-scale.ts';

/** Which buildings count as neighbours, and how far off them a building must be to stand out. */
export interface OutlierOptions {
  /** Nearest buildings with a reading compared, at most (out of four times as many nearest of any kind). */
  neighbours: number;
  /** Within this distance (m, ground plane) of the building's centre. */
  radius: number;
  /** Fewer neighbours with a reading than this: no judgement. */
  minNeighbours: number;
  /** Off the neighbours' median by at least this many °C ... */
  minDifferenceC: number;
  /** ... and by this many times their median absolute deviation. */
  deviations: number;
}

/** Eight neighbours with a reading within 120 m, three at least, 3 °C and three deviations off. */
export const OUTLIER_DEFAULTS: OutlierOptions = {
  neighbours: 8,
  radius: 120,
  minNeighbours: 3,
  minDifferenceC: 3,
  deviations: 3,
};

/** Each feature's neighbours: list[start[f] .. start[f + 1]), nearest first. */
export interface Neighbours {
  start: Int32Array;
  list: Int32Array;
}

/** Find each feature's nearest neighbours on the ground plane (x, z) from its bounds, through a grid of cells. */
export function findNeighbours(bounds: FeatureBounds, o: OutlierOptions = OUTLIER_DEFAULTS): Neighbours {
  const count = Math.floor(bounds.length / 6);
  const x = new Float64Array(count);
  const z = new Float64Array(count);
  const cells = new Map<string, number[]>();
  const key = (cx: number, cz: number): string => `${cx},${cz}`;
  for (let f = 0; f < count; f++) {
    x[f] = (bounds[f * 6]! + bounds[f * 6 + 3]!) / 2;
    z[f] = (bounds[f * 6 + 2]! + bounds[f * 6 + 5]!) / 2;
    if (!Number.isFinite(x[f]!) || !Number.isFinite(z[f]!)) continue;
    const k = key(Math.floor(x[f]! / o.radius), Math.floor(z[f]! / o.radius));
    const cell = cells.get(k) ?? [];
    cell.push(f);
    cells.set(k, cell);
  }
  const start = new Int32Array(count + 1);
  const list: number[] = [];
  for (let f = 0; f < count; f++) {
    start[f] = list.length;
    if (!Number.isFinite(x[f]!) || !Number.isFinite(z[f]!)) continue;
    const cx = Math.floor(x[f]! / o.radius);
    const cz = Math.floor(z[f]! / o.radius);
    const near: { g: number; d: number }[] = [];
    for (let dx = -1; dx <= 1; dx++)
      for (let dz = -1; dz <= 1; dz++)
        for (const g of cells.get(key(cx + dx, cz + dz)) ?? []) {
          const d = Math.hypot(x[g]! - x[f]!, z[g]! - z[f]!);
          if (g !== f && d <= o.radius) near.push({ g, d });
        }
    near.sort((a, b) => a.d - b.d);
    // Four times as many as compared: buildings without a sensor are skipped when comparing.
    for (const n of near.slice(0, o.neighbours * 4)) list.push(n.g);
  }
  start[count] = list.length;
  return { start, list: Int32Array.from(list) };
}

/**
 * Mark the features far off their neighbours: `values` per feature (NaN without a live reading), `out` gets 1
 * for an outlier, 0 otherwise. Returns how many there are.
 */
export function markOutliers(
  values: ArrayLike<number>,
  neighbours: Neighbours,
  out: Uint8Array,
  o: OutlierOptions = OUTLIER_DEFAULTS,
): number {
  let found = 0;
  const near: number[] = [];
  for (let f = 0; f < out.length; f++) {
    out[f] = 0;
    const v = values[f]!;
    if (Number.isNaN(v)) continue;
    near.length = 0;
    for (let k = neighbours.start[f]!; k < neighbours.start[f + 1]!; k++) {
      const n = values[neighbours.list[k]!]!;
      if (!Number.isNaN(n)) near.push(n);
      if (near.length === o.neighbours) break;
    }
    if (near.length < o.minNeighbours) continue;
    near.sort((a, b) => a - b);
    const median = percentile(near, 0.5);
    const spread = near.map((n) => Math.abs(n - median)).sort((a, b) => a - b);
    const mad = percentile(spread, 0.5);
    if (Math.abs(v - median) >= Math.max(o.minDifferenceC, o.deviations * mad)) {
      out[f] = 1;
      found++;
    }
  }
  return found;
}

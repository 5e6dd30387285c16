import Flatbush from 'flatbush';
import type { PlacedLine } from './placed-line.ts';

/** Every segment of a set of lines, flat, with a 2D (x, z) R-tree over their padded extents. */
export interface SegmentIndex {
  readonly lines: readonly PlacedLine[];
  /** Segment count. */
  readonly count: number;
  /** Per segment: x0 y0 z0 x1 y1 z1. */
  readonly ends: Float64Array;
  /** Per segment: its line's index in `lines`. */
  readonly lineOf: Uint32Array;
  /** Per segment: its line's radius. */
  readonly radius: Float64Array;
  /** The largest radius of any line: how far beyond an axis a wall can reach. */
  readonly maxRadius: number;
  /** Segments whose padded extent meets the box; with `indexed: false`, every segment (the brute force). */
  near(minX: number, minZ: number, maxX: number, maxZ: number): ArrayLike<number>;
}

/** `indexed: false` gives the brute-force check, the baseline the bench measures the index against. */
export interface SegmentIndexOptions {
  indexed: boolean;
}

/** The index is on unless a caller asks for the brute force. */
export const SEGMENT_INDEX_DEFAULTS: SegmentIndexOptions = { indexed: true };

/** Index the segments of `lines` (in scene metres). */
export function createSegmentIndex(
  lines: readonly PlacedLine[],
  options: Partial<SegmentIndexOptions> = {},
): SegmentIndex {
  const { indexed } = { ...SEGMENT_INDEX_DEFAULTS, ...options };
  let count = 0;
  for (const line of lines) count += Math.max(0, line.points.length - 1);
  const ends = new Float64Array(count * 6);
  const lineOf = new Uint32Array(count);
  const radius = new Float64Array(count);
  let k = 0;
  lines.forEach((line, l) => {
    for (let i = 0; i + 1 < line.points.length; i++, k++) {
      ends.set(line.points[i]!, k * 6);
      ends.set(line.points[i + 1]!, k * 6 + 3);
      lineOf[k] = l;
      radius[k] = line.radiusM;
    }
  });
  const maxRadius = lines.reduce((most, line) => Math.max(most, line.radiusM), 0);
  const base = { lines, count, ends, lineOf, radius, maxRadius };
  const all = Uint32Array.from({ length: count }, (_, i) => i);
  if (!indexed || count === 0) return { ...base, near: () => all };
  const tree = new Flatbush(count);
  for (let i = 0; i < count; i++) {
    const o = i * 6;
    const r = radius[i]!;
    tree.add(
      Math.min(ends[o]!, ends[o + 3]!) - r,
      Math.min(ends[o + 2]!, ends[o + 5]!) - r,
      Math.max(ends[o]!, ends[o + 3]!) + r,
      Math.max(ends[o + 2]!, ends[o + 5]!) + r,
    );
  }
  tree.finish();
  return { ...base, near: (a, b, c, d) => tree.search(a, b, c, d) };
}

import type { FacadeSamples } from './facade-samples.ts';

/** Two states' patches of one site as one set, and which state has each patch as a façade. */
export interface FacadeUnion {
  samples: FacadeSamples;
  /** 1 where the patch is a façade in the first state. */
  inFirst: Uint8Array;
  /** 1 where the patch is a façade in the second state. */
  inSecond: Uint8Array;
}

// Patches of the same wall fall on the same grid in both states: millimetres tell them apart.
const keyOf = (s: FacadeSamples, i: number): string => {
  const p = s.positions;
  const n = s.normals;
  const k = i * 3;
  return [p[k]!, p[k + 1]!, p[k + 2]!, n[k]!, n[k + 1]!, n[k + 2]!].map((v) => Math.round(v * 1000)).join();
};

/**
 * The patches of `first` (the site as planned), then those only `second` has (the town as it stands: the
 * walls of buildings to be pulled down), so both studies count the same patches and each knows its own.
 */
export function unitePatches(first: FacadeSamples, second: FacadeSamples): FacadeUnion {
  const index = new Map<string, number>();
  for (let i = 0; i < first.count; i++) index.set(keyOf(first, i), i);
  const extra: number[] = [];
  const inSecond: number[] = new Array<number>(first.count).fill(0);
  for (let i = 0; i < second.count; i++) {
    const at = index.get(keyOf(second, i));
    if (at === undefined) extra.push(i);
    else inSecond[at] = 1;
  }
  const count = first.count + extra.length;
  const join = (a: Float32Array, b: Float32Array): Float32Array => {
    const out = new Float32Array(count * 3);
    out.set(a.subarray(0, first.count * 3));
    extra.forEach((i, j) => out.set(b.subarray(i * 3, i * 3 + 3), (first.count + j) * 3));
    return out;
  };
  const samples: FacadeSamples = {
    count,
    positions: join(first.positions, second.positions),
    normals: join(first.normals, second.normals),
    size: first.size,
    truncated: first.truncated || second.truncated,
  };
  const inFirst = new Uint8Array(count);
  inFirst.fill(1, 0, first.count);
  return { samples, inFirst, inSecond: Uint8Array.from([...inSecond, ...extra.map(() => 1)]) };
}

/** The hours of a state, NaN where the patch is no façade in it (gone, or in a gap it is not open to). */
export function maskedHours(hours: Float32Array, mask: Uint8Array): Float32Array {
  return hours.map((h, i) => (mask[i] ? h : Number.NaN));
}

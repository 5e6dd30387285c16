import { describe, expect, it } from 'vitest';
import type { FacadeSamples } from '../../../../src/core/planning/facade-samples.ts';
import { maskedHours, unitePatches } from '../../../../src/core/planning/facade-union.ts';

/** Patches on a wall facing south (+z) at the given x, 1 m up. */
const patches = (...xs: number[]): FacadeSamples => ({
  count: xs.length,
  positions: Float32Array.from(xs.flatMap((x) => [x, 1, 0])),
  normals: Float32Array.from(xs.flatMap(() => [0, 0, 1])),
  size: 1,
  truncated: false,
});

describe('unitePatches', () => {
  it('keeps the planned site’s patches first, adds those only the town as it stands has, and marks each', () => {
    const { samples, inFirst, inSecond } = unitePatches(patches(0.5, 1.5, 2.5), patches(1.5, 2.5, 9.5));
    expect(samples.count).toBe(4);
    expect([...samples.positions].filter((_, i) => i % 3 === 0)).toEqual([0.5, 1.5, 2.5, 9.5]);
    expect([...inFirst]).toEqual([1, 1, 1, 0]);
    expect([...inSecond]).toEqual([0, 1, 1, 1]);
  });

  it('tells a wall from the one facing it at the same place', () => {
    const north: FacadeSamples = { ...patches(0.5), normals: Float32Array.from([0, 0, -1]) };
    expect(unitePatches(patches(0.5), north).samples.count).toBe(2);
  });
});

describe('maskedHours', () => {
  it('gives no hours where the patch is no façade', () => {
    const hours = maskedHours(Float32Array.from([3, 4, 5]), Uint8Array.from([1, 0, 1]));
    expect(hours[0]).toBe(3);
    expect(hours[1]).toBeNaN();
    expect(hours[2]).toBe(5);
  });
});

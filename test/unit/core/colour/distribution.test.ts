import { describe, expect, it } from 'vitest';
import { histogram } from '../../../../src/core/colour/distribution.ts';

describe('histogram', () => {
  it('counts into equal bins, the ends taking what lies beyond, NaN left out', () => {
    expect([...histogram([0, 0.5, 1, 2.9, 3, 10, -4, Number.NaN], 0, 3, 3)]).toEqual([3, 1, 3]);
    expect([...histogram([1, 2], 5, 5, 2)]).toEqual([2, 0]);
  });
});

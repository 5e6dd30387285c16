import { describe, expect, it } from 'vitest';
import { REJECT_REASONS, emptyRejectCounts } from '../../../../src/core/sensors/reading.ts';

describe('reject reasons', () => {
  it('start every counter at zero, one per reason', () => {
    const counts = emptyRejectCounts();
    expect(Object.keys(counts)).toEqual([...REJECT_REASONS]);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(emptyRejectCounts()).not.toBe(counts);
  });
});

import { describe, expect, it } from 'vitest';
import { createMessageRate } from '../../../../src/core/sensors/rate.ts';

describe('message rate', () => {
  it('averages the last full seconds and forgets old ones', () => {
    const rate = createMessageRate(5);
    const t0 = 1_000_000;
    for (let s = 0; s < 5; s++) for (let i = 0; i < 10 * (s + 1); i++) rate.count(t0 + s * 1000 + i);
    // Seconds 0..4 held 10, 20, 30, 40, 50 messages.
    expect(rate.perSecond(t0 + 5000)).toBe(30);
    expect(rate.perSecond(t0 + 7000)).toBe((30 + 40 + 50) / 5);
    expect(rate.perSecond(t0 + 60_000)).toBe(0);
  });
});

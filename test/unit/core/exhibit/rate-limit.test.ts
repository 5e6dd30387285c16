import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../../src/core/exhibit/rate-limit.ts';

describe('createRateLimiter', () => {
  it('lets at most 20 of 90 frames a second through, evenly', () => {
    const limiter = createRateLimiter(20);
    const passed: number[] = [];
    for (let frame = 0; frame < 900; frame++) {
      const t = (frame * 1000) / 90;
      if (limiter.take(t)) passed.push(t);
    }
    // Ten seconds of frames: never more than 20 a second, and not far fewer either.
    expect(passed.length).toBeLessThanOrEqual(200);
    expect(passed.length).toBeGreaterThan(170);
    for (let i = 1; i < passed.length; i++) expect(passed[i]! - passed[i - 1]!).toBeGreaterThanOrEqual(50);
  });

  it('passes every frame when frames are slower than the rate', () => {
    const limiter = createRateLimiter(20);
    const results = [0, 200, 400, 600].map((t) => limiter.take(t));
    expect(results).toEqual([true, true, true, true]);
  });

  it('sends one message after a stall, not a burst', () => {
    const limiter = createRateLimiter(20);
    expect(limiter.take(0)).toBe(true);
    expect(limiter.take(5000)).toBe(true);
    expect(limiter.take(5001)).toBe(false);
    expect(limiter.take(5049)).toBe(false);
    expect(limiter.take(5050)).toBe(true);
  });

  it('starts afresh after reset and when the clock goes back', () => {
    const limiter = createRateLimiter(20);
    expect(limiter.take(1000)).toBe(true);
    expect(limiter.take(1010)).toBe(false);
    limiter.reset();
    expect(limiter.take(1011)).toBe(true);
    expect(limiter.take(3)).toBe(true);
  });

  it('refuses a rate that is not positive', () => {
    expect(() => createRateLimiter(0)).toThrow(/rate above 0/);
    expect(() => createRateLimiter(Number.NaN)).toThrow(/rate above 0/);
  });
});

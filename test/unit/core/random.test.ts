import { describe, expect, it } from 'vitest';
import { createRandom, hashNormal, hashString, hashUnit } from '../../../src/core/random.ts';

describe('random', () => {
  it('repeats a sequence for a seed and differs between seeds', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const seq = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seq);
    expect(createRandom(43).next()).not.toBe(seq[0]);
  });

  it('is roughly uniform, and its ranges keep their bounds', () => {
    const r = createRandom(1);
    const n = 20_000;
    let sum = 0;
    let sq = 0;
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < n; i++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      buckets[Math.floor(u * 10)]!++;
      const g = hashNormal(i, 7);
      sum += g;
      sq += g * g;
    }
    for (const count of buckets) expect(Math.abs(count - n / 10)).toBeLessThan(n / 50);
    // The stateless normal samples have mean 0 and variance 1.
    expect(Math.abs(sum / n)).toBeLessThan(0.05);
    expect(Math.abs(sq / n - 1)).toBeLessThan(0.05);
    const ints = new Set(Array.from({ length: 200 }, () => r.int(2, 4)));
    expect([...ints].sort()).toEqual([2, 3, 4]);
    const x = r.range(-3, -1);
    expect(x >= -3 && x < -1).toBe(true);
    expect(['a', 'b']).toContain(r.pick(['a', 'b']));
  });

  it('hashes deterministically into [0, 1)', () => {
    expect(hashString('nb-001')).toBe(hashString('nb-001'));
    expect(hashString('nb-001')).not.toBe(hashString('nb-002'));
    expect(hashString('nb-001', 1)).not.toBe(hashString('nb-001', 2));
    const u = hashUnit(1, 2, 3);
    expect(u).toBe(hashUnit(1, 2, 3));
    expect(u >= 0 && u < 1).toBe(true);
    expect(hashUnit(1, 2, 3)).not.toBe(hashUnit(1, 2, 4));
    expect(Number.isFinite(hashNormal(5, 6))).toBe(true);
  });
});

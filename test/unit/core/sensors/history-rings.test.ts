import { describe, expect, it } from 'vitest';
import { createHistoryRings } from '../../../../src/core/sensors/history-rings.ts';

describe('createHistoryRings', () => {
  it('keeps the newest samples per sensor in order, oldest first, each sensor on its own', () => {
    const rings = createHistoryRings(3, { perSensor: 40 });
    for (let i = 0; i < 100; i++) rings.push(1, i, i / 10);
    rings.push(2, 5, 7);
    const items = rings.read(1);
    expect(items).toHaveLength(40);
    expect(items[0]).toEqual({ time: 60, celsius: 6 });
    expect(items.at(-1)).toEqual({ time: 99, celsius: 9.9 });
    expect(rings.read(2)).toEqual([{ time: 5, celsius: 7 }]);
    expect(rings.read(0)).toEqual([]);
  });

  it('shrinks the history per sensor to stay within the total, and holds nothing at capacity 0', () => {
    const big = createHistoryRings(100_000, { perSensor: 360, totalSamples: 2_000_000 });
    expect(big.capacity).toBe(20);
    expect(big.bytes).toBeLessThan(40_000_000);
    const none = createHistoryRings(2, { perSensor: 0 });
    none.push(1, 1, 2);
    expect(none.read(1)).toEqual([]);
    expect(() => createHistoryRings(2, { perSensor: -1 })).toThrow(/history: Requires/);
  });
});

import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../../src/core/colour/sparkline.ts';

describe('sparkline', () => {
  const now = 10_000_000;
  it('maps the last hour onto the width, warmer higher, and ignores older samples', () => {
    const line = sparkline(
      [
        { time: now - 7_200_000, celsius: 99 },
        { time: now - 3_600_000, celsius: 10 },
        { time: now - 1_800_000, celsius: 20 },
        { time: now, celsius: 15 },
      ],
      now,
      { width: 104, height: 24, padding: 2 },
    );
    expect(line.points).toEqual([
      [2, 22],
      [52, 2],
      [102, 12],
    ]);
    expect(line.d).toBe('M2 22 L52 2 L102 12');
    expect([line.min, line.max]).toEqual([10, 20]);
  });

  it('draws a flat series in the middle, one sample as a short stroke, none as nothing', () => {
    const flat = sparkline(
      [
        { time: now - 60_000, celsius: 5 },
        { time: now, celsius: 5 },
      ],
      now,
      { height: 24, padding: 2 },
    );
    expect(flat.points.every(([, y]) => y === 12)).toBe(true);
    expect(sparkline([{ time: now, celsius: 5 }], now).points).toHaveLength(2);
    expect(sparkline([], now)).toEqual({ points: [], d: '', min: null, max: null });
    expect(sparkline([{ time: now, celsius: NaN }], now).d).toBe('');
  });
});

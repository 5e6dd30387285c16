import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createAutoScale,
  expandAutoScaleOptions,
  fitScale,
  percentile,
} from '../../../../src/core/colour/auto-scale.ts';
import { colourFor, lightness } from '../../../../src/core/colour/colour-scale.ts';

const november = Array.from({ length: 500 }, (_, i) => (i % 61) / 10);

describe('the automatic colour scale', () => {
  it('fits a November day of 0-6 °C in whole degrees, all blue, 3 °C apart visibly different', () => {
    const auto = createAutoScale();
    expect(auto.update(november, 0)).toBe(true);
    const scale = auto.current()!;
    expect(scale).toEqual({ min: 0, comfort: 8, max: 6 });
    const a = colourFor(1.5, scale);
    const b = colourFor(4.5, scale);
    expect(Math.abs(lightness(a) - lightness(b))).toBeGreaterThan(0.1);
    expect(a[2]).toBeGreaterThan(a[0]);
    expect(b[2]).toBeGreaterThan(b[0]);
  });

  it('keeps comfort in a range that spans it, symmetric about it', () => {
    expect(fitScale(14.2, 31.5)).toEqual({ min: 8, comfort: 20, max: 32 });
    expect(fitScale(24, 29)).toEqual({ min: 24, comfort: 22, max: 29 });
  });

  it('ignores outliers beyond the percentiles and NaN', () => {
    const auto = createAutoScale();
    auto.update([...november, 40, -20, Number.NaN], 0);
    expect(auto.current()).toMatchObject({ min: 0, max: 6 });
  });

  it('never moves within the hold time, nor for small changes, and follows a large one', () => {
    const auto = createAutoScale();
    auto.update(november, 0);
    const warmer = november.map((c) => c + 1);
    expect(auto.update(warmer, 60_000)).toBe(false);
    const much = november.map((c) => c + 8);
    expect(auto.update(much, 1000)).toBe(false);
    expect(auto.update(much, 20_000)).toBe(true);
    expect(auto.current()).toMatchObject({ min: 8, max: 14 });
  });

  it('always gives whole degrees, at least the minimum span, and is stable for the same data', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -40, max: 60, noNaN: true }), { minLength: 1 }), (values) => {
        const auto = createAutoScale();
        auto.update(values, 0);
        const s = auto.current()!;
        expect(Number.isInteger(s.min) && Number.isInteger(s.max) && Number.isInteger(s.comfort)).toBe(true);
        expect(s.max - s.min).toBeGreaterThanOrEqual(4);
        expect(auto.update(values, 1e9)).toBe(false);
      }),
    );
  });

  it('checks its options and reads percentiles between neighbours', () => {
    expect(() => expandAutoScaleOptions({ lowPercentile: 0.9, highPercentile: 0.1 })).toThrow(/Requires/);
    expect(percentile([0, 10], 0.5)).toBe(5);
    expect(percentile([], 0.5)).toBeNaN();
  });
});

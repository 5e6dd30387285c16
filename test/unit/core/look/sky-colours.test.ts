import { describe, expect, it } from 'vitest';
import { skyColours, srgbHex, type Srgb } from '../../../../src/core/look/sky-colours.ts';

const luminance = (c: Srgb): number => 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];

describe('skyColours', () => {
  it('is a blue day sky, lighter at the horizon, with the sun and no stars', () => {
    const day = skyColours(50);
    expect(day.zenith[2]).toBeGreaterThan(day.zenith[0] + 0.3);
    expect(luminance(day.horizon)).toBeGreaterThan(luminance(day.zenith));
    expect(day.sun).toBe(1);
    expect(day.stars).toBe(0);
  });

  it('warms the horizon at sunrise and darkens into a starry night', () => {
    const dawn = skyColours(1);
    expect(dawn.horizon[0]).toBeGreaterThan(dawn.horizon[2]);
    const night = skyColours(-30);
    expect(luminance(night.zenith)).toBeLessThan(0.05);
    expect(night.stars).toBe(1);
    expect(night.sun).toBe(0);
  });

  it('changes smoothly with the sun: no jump between neighbouring altitudes', () => {
    for (let a = -25; a < 40; a += 0.5) {
      const [x, y] = [skyColours(a), skyColours(a + 0.5)];
      for (let c = 0; c < 3; c++) {
        expect(Math.abs(x.zenith[c]! - y.zenith[c]!)).toBeLessThan(0.08);
        expect(Math.abs(x.horizon[c]! - y.horizon[c]!)).toBeLessThan(0.08);
      }
      // From night to sunrise the sky only brightens (by day a high sun deepens its blue).
      if (a < 3) expect(luminance(y.zenith)).toBeGreaterThanOrEqual(luminance(x.zenith) - 1e-9);
    }
  });

  it('keeps the full sky light by day, a moonlit 0.3 at night, rising steadily through twilight', () => {
    expect(skyColours(30).light).toBe(1);
    expect(skyColours(-30).light).toBeCloseTo(0.3, 9);
    for (let a = -10; a < 10; a += 0.5)
      expect(skyColours(a + 0.5).light).toBeGreaterThanOrEqual(skyColours(a).light);
  });

  it('takes a sun it cannot read for night, not NaN colours', () => {
    expect(skyColours(Number.NaN)).toEqual(skyColours(-90));
  });

  it('writes hex', () => {
    expect(srgbHex([1, 0.5, 0])).toBe('#ff8000');
    expect(srgbHex([2, -1, 0.2])).toBe('#ff0033');
  });
});

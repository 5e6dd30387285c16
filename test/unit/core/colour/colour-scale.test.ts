import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COLOUR_SCALE_DEFAULTS,
  NO_DATA_HEX,
  NO_SENSOR_HEX,
  colourFor,
  fromHex,
  legendStops,
  lightness,
  toHex,
  writeColour,
} from '../../../../src/core/colour/colour-scale.ts';

describe('colourFor', () => {
  it('is blue when cold, near white at comfort and red when hot', () => {
    const [r0, , b0] = colourFor(-10);
    expect(b0).toBeGreaterThan(r0 + 50);
    const mid = colourFor(20);
    expect(Math.min(...mid)).toBeGreaterThan(235);
    const [r1, , b1] = colourFor(35);
    expect(r1).toBeGreaterThan(b1 + 50);
  });

  it('clamps outside the range', () => {
    expect(colourFor(-40)).toEqual(colourFor(-10));
    expect(colourFor(60)).toEqual(colourFor(35));
  });

  it('gets darker monotonically away from comfort on both sides', () => {
    const l = (c: number): number => lightness(colourFor(c));
    for (let c = 20; c < 35; c += 0.5) expect(l(c + 0.5)).toBeLessThanOrEqual(l(c) + 1e-3);
    for (let c = 20; c > -10; c -= 0.5) expect(l(c - 0.5)).toBeLessThanOrEqual(l(c) + 1e-3);
  });

  it('follows a custom scale and gives valid bytes for any number', () => {
    const scale = { min: 0, comfort: 10, max: 15 };
    expect(toHex(colourFor(10, scale))).toBe(toHex(colourFor(20)));
    fc.assert(
      fc.property(fc.double(), (c) => {
        const rgb = colourFor(c, scale);
        expect(rgb.every((v) => Number.isInteger(v) && v >= 0 && v <= 255)).toBe(true);
      }),
    );
  });

  it('writes into a byte array without allocating a tuple', () => {
    const out = new Uint8Array(6);
    writeColour(out, 3, 35);
    expect([...out.slice(3)]).toEqual(colourFor(35));
    writeColour(out, 0, Number.NaN);
    expect(toHex([out[0]!, out[1]!, out[2]!])).toBe(NO_DATA_HEX);
  });
});

describe('legend and hex', () => {
  it('lists stops from min through comfort to max', () => {
    const stops = legendStops();
    expect(stops.map((s) => s.celsius)).toEqual([-10, 0, 10, 20, 25, 30, 35]);
    expect(stops[3]?.hex).toBe(toHex(colourFor(COLOUR_SCALE_DEFAULTS.comfort)));
    expect(legendStops(COLOUR_SCALE_DEFAULTS, 2).map((s) => s.celsius)).toEqual([-10, 35]);
    expect(legendStops(COLOUR_SCALE_DEFAULTS, 4)).toHaveLength(4);
  });

  it('round-trips hex and keeps the special colours apart from the scale', () => {
    expect(toHex([255, 0, 16.4])).toBe('#ff0010');
    expect(fromHex('#d9d4cc')).toEqual([217, 212, 204]);
    const stops = legendStops(COLOUR_SCALE_DEFAULTS, 31).map((s) => s.hex);
    expect(stops).not.toContain(NO_SENSOR_HEX);
    expect(stops).not.toContain(NO_DATA_HEX);
  });
});

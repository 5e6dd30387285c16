import { describe, expect, it } from 'vitest';
import {
  convertRaw,
  describe as quote,
  toCelsius,
  toNumber,
  toTime,
} from '../../../../src/core/sensors/value.ts';

describe('sensor values', () => {
  it('reads numbers and numeric text, refusing words and non-finite values', () => {
    expect(toNumber(' 21.5 ')).toBe(21.5);
    expect(toNumber('-.5e1')).toBe(-5);
    expect(toNumber('0x10')).toMatchObject({ reason: 'not-a-number' });
    expect(toNumber(true)).toMatchObject({ reason: 'not-a-number' });
    expect(toNumber('inf')).toMatchObject({ reason: 'not-finite' });
  });

  it('converts units', () => {
    expect(toCelsius(20, '°C')).toBe(20);
    expect(toCelsius(20, 'Celsius')).toBe(20);
    expect(toCelsius(293.15, 'K')).toBeCloseTo(20);
    expect(toCelsius(212, '°F')).toBeCloseTo(100);
    expect(toCelsius(20, 'degF')).toBeCloseTo(-6.667, 2);
    expect(toCelsius(20, 'lux')).toMatchObject({ reason: 'malformed' });
  });

  it('reads times by magnitude and ISO 8601, else falls back', () => {
    expect(toTime(undefined, 42)).toBe(42);
    expect(toTime(1_764_064_800, 0)).toBe(1_764_064_800_000);
    expect(toTime(1_764_064_800_000, 0)).toBe(1_764_064_800_000);
    expect(toTime('2025-11-25T10:00:00+01:00', 0)).toBe(Date.UTC(2025, 10, 25, 9));
    expect(toTime('2025-11-25 10:00:00Z', 0)).toBe(Date.UTC(2025, 10, 25, 10));
    expect(toTime('Tue, 25 Nov 2025', 0)).toMatchObject({ reason: 'malformed' });
    expect(toTime(-5, 0)).toMatchObject({ reason: 'malformed' });
  });

  it('converts a raw reading and quotes untrusted text briefly', () => {
    expect(convertRaw({ sensorId: 's', value: 32, unit: 'F', time: '1764064800' }, 0)).toEqual({
      sensorId: 's',
      celsius: 0,
      time: 1_764_064_800_000,
    });
    expect(quote('a\u0000b')).toBe('"a b"');
    expect(quote('x'.repeat(100)).length).toBeLessThan(50);
  });
});

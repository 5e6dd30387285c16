import { describe, expect, it } from 'vitest';
import { parseTwinTime } from '../../../../src/core/planning/berlin-time.ts';
import { sunHoursOf, sunPath } from '../../../../src/core/planning/sun-hours.ts';
import { NEUBRANDENBURG } from '../../../../src/core/planning/sun-position.ts';

describe("a day's sun path", () => {
  it('has about 7 h of sun above 1° at the winter solstice and about 16 h at the summer solstice', () => {
    const winter = sunPath(parseTwinTime('2026-12-21T14:00') as number, NEUBRANDENBURG);
    const summer = sunPath(parseTwinTime('2026-06-21T14:00') as number, NEUBRANDENBURG);
    const open = (steps: typeof winter) => sunHoursOf(steps, () => true);
    expect(open(winter)).toBeGreaterThan(6.5);
    expect(open(winter)).toBeLessThan(7.6);
    expect(open(summer)).toBeGreaterThan(15.5);
    expect(open(summer)).toBeLessThan(17);
    expect(winter.every((s) => s.sun.altitudeDeg >= 1)).toBe(true);
  });

  it('adds the steps in which a point saw the sun', () => {
    const day = sunPath(parseTwinTime('2026-03-20T12:00') as number, NEUBRANDENBURG, { stepMinutes: 30 });
    // Shaded all afternoon: only the morning's sun counts.
    const morning = sunHoursOf(day, (s) => s.sun.azimuthDeg < 180);
    expect(morning).toBeGreaterThan(5);
    expect(morning).toBeLessThan(7);
    expect(() => sunPath(0, NEUBRANDENBURG, { stepMinutes: 0 })).toThrow(/stepMinutes/);
  });
});

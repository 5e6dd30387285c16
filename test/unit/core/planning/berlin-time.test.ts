import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  berlinDay,
  berlinOffsetMinutes,
  formatBerlin,
  parseTwinTime,
  toBerlinWallTime,
} from '../../../../src/core/planning/berlin-time.ts';
import { LIVE_CLOCK, clockTime, setClock } from '../../../../src/core/planning/clock.ts';

describe('Berlin time', () => {
  it('switches to summer time at 01:00 UTC on the last Sunday of March and back in October', () => {
    expect(berlinOffsetMinutes(Date.UTC(2026, 2, 29, 0, 59))).toBe(60);
    expect(berlinOffsetMinutes(Date.UTC(2026, 2, 29, 1, 0))).toBe(120);
    expect(berlinOffsetMinutes(Date.UTC(2026, 9, 25, 0, 59))).toBe(120);
    expect(berlinOffsetMinutes(Date.UTC(2026, 9, 25, 1, 0))).toBe(60);
  });

  it('reads wall-clock times in Berlin time, zoned ISO times as given, and live', () => {
    expect(parseTwinTime('2026-12-21T14:00')).toBe(Date.UTC(2026, 11, 21, 13, 0));
    expect(parseTwinTime('2026-06-21T14:00')).toBe(Date.UTC(2026, 5, 21, 12, 0));
    expect(parseTwinTime('2026-06-21')).toBe(Date.UTC(2026, 5, 21, 10, 0));
    expect(parseTwinTime('2026-06-21T14:00Z')).toBe(Date.UTC(2026, 5, 21, 14, 0));
    expect(parseTwinTime('live')).toBe('live');
    for (const bad of ['', 'tomorrow', '2026-02-30T10:00', '2026-06-21T25:00', '2026-06-21T14:00+99'])
      expect(parseTwinTime(bad)).toBeNull();
  });

  it('moves the skipped spring hour an hour on and a 23-hour day; the autumn day has 25 hours', () => {
    expect(parseTwinTime('2026-03-29T02:30')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    const spring = berlinDay(Date.UTC(2026, 2, 29, 12));
    expect((spring.end - spring.start) / 3_600_000).toBe(23);
    const autumn = berlinDay(Date.UTC(2026, 9, 25, 12));
    expect((autumn.end - autumn.start) / 3_600_000).toBe(25);
  });

  it('formats and reads back any minute (property)', () => {
    const minute = fc.integer({ min: Date.UTC(1990, 0, 1) / 60_000, max: Date.UTC(2090, 0, 1) / 60_000 });
    fc.assert(
      fc.property(minute, (m) => {
        const t = m * 60_000;
        const back = parseTwinTime(formatBerlin(t));
        // The repeated autumn hour reads back as its first instant.
        expect(back === t || back === t - 3_600_000).toBe(true);
        expect(toBerlinWallTime(t).minute).toBe(new Date(t).getUTCMinutes());
      }),
    );
  });

  it('never throws on text from a URL (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseTwinTime(s)));
  });
});

describe('the twin clock', () => {
  it('runs live, stands at a set time, or plays at a speed', () => {
    expect(clockTime(LIVE_CLOCK, 1234)).toBe(1234);
    const standing = setClock(LIVE_CLOCK, 1_000_000, 50);
    expect(clockTime(standing, 5_000)).toBe(1_000_000);
    const playing = setClock(standing, 1_000_000, 50, 60);
    expect(clockTime(playing, 1_050)).toBe(1_060_000);
    expect(setClock(playing, 'live', 0)).toBe(LIVE_CLOCK);
    expect(() => setClock(LIVE_CLOCK, NaN, 0)).toThrow(/not a time/);
  });
});

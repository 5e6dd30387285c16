/** Europe/Berlin wall-clock parts of an instant. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 01:00 UTC on the last Sunday of a month: when Europe switches summer time on (March) and off (October). */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0, 1);
  return lastDay - new Date(lastDay).getUTCDay() * DAY;
}

/** Minutes Europe/Berlin is ahead of UTC at an instant: 60 (CET), or 120 (CEST, summer time). */
export function berlinOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const summer = utcMs >= lastSundayOneUtc(year, 2) && utcMs < lastSundayOneUtc(year, 9);
  return summer ? 120 : 60;
}

/** The Berlin wall clock at an instant. */
export function toBerlinWallTime(utcMs: number): WallTime {
  const d = new Date(utcMs + berlinOffsetMinutes(utcMs) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * The instant a Berlin wall-clock time names. A time in the hour skipped in spring is read an hour later;
 * in the hour repeated in autumn the first (summer-time) instant is taken.
 */
export function fromBerlinWallTime(w: WallTime): number {
  const naive = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  const summer = naive - 2 * HOUR;
  return berlinOffsetMinutes(summer) === 120 ? summer : naive - HOUR;
}

/** Midnight (Berlin) of the day the instant falls on, and the midnight after it (23, 24 or 25 hours later). */
export function berlinDay(utcMs: number): { start: number; end: number } {
  const w = toBerlinWallTime(utcMs);
  const start = fromBerlinWallTime({ ...w, hour: 0, minute: 0, second: 0 });
  const next = toBerlinWallTime(start + 26 * HOUR);
  return { start, end: fromBerlinWallTime({ ...next, hour: 0, minute: 0, second: 0 }) };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm` in Berlin time: what the date and time controls show and `?time=` takes. */
export function formatBerlin(utcMs: number): string {
  const w = toBerlinWallTime(utcMs);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Read a time as `?time=` and the config give it: `live`, a Berlin wall-clock time (`2026-12-21T14:00`, or a
 * date alone for its noon), or an ISO time with a zone (`…Z`, `…+01:00`). Null when it is none of these.
 */
export function parseTwinTime(text: string): number | 'live' | null {
  const t = text.trim();
  if (t.toLowerCase() === 'live' || t.toLowerCase() === 'now') return 'live';
  const m = WALL.exec(t);
  if (m) {
    const [year, month, day, hour, minute, second] = m.slice(1).map((v) => (v === undefined ? NaN : +v));
    const w: WallTime = {
      year: year!,
      month: month!,
      day: day!,
      hour: Number.isNaN(hour!) ? 12 : hour!,
      minute: Number.isNaN(minute!) ? 0 : minute!,
      second: Number.isNaN(second!) ? 0 : second!,
    };
    const check = new Date(Date.UTC(w.year, w.month - 1, w.day));
    if (check.getUTCMonth() !== w.month - 1 || w.hour > 23 || w.minute > 59 || w.second > 59) return null;
    return fromBerlinWallTime(w);
  }
  if (!/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/i.test(t)) return null;
  const ms = Date.parse(t);
  return Number.isFinite(ms) ? ms : null;
}

import { utcIso } from './iso-time.ts';
import type { Rejection } from './reading.ts';

/** A value, unit and time as found in a message, before conversion. */
export interface RawReading {
  sensorId: string;
  value: unknown;
  unit?: unknown;
  time?: unknown;
  /** The time already read as epoch ms (the byte reader's ISO times); wins over `time`. */
  timeMs?: number;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NON_FINITE_TEXT = /^[+-]?(nan|inf|infinity)$/i;
// ISO 8601 date-time as sensors send it: date, optional time, optional fraction, optional zone.
const ISO_TEXT = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
// Below this an epoch number counts as seconds (it would be March 1973 in ms).
const SECONDS_LIMIT = 1e11;

/** Turn a JSON value or text into a number, or say why not (`not-a-number` / `not-finite`). */
export function toNumber(raw: unknown): number | Rejection {
  if (typeof raw === 'number') {
    return Number.isFinite(raw) ? raw : { reason: 'not-finite', detail: `value is ${String(raw)}` };
  }
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (NUMBER_TEXT.test(text)) {
      const n = Number(text);
      return Number.isFinite(n) ? n : { reason: 'not-finite', detail: 'value is too big to be finite' };
    }
    if (NON_FINITE_TEXT.test(text)) return { reason: 'not-finite', detail: `value is ${text}` };
    return { reason: 'not-a-number', detail: `value ${describe(text)} is not a number` };
  }
  if (raw === undefined) return { reason: 'not-a-number', detail: 'no value found' };
  return { reason: 'not-a-number', detail: `value is ${raw === null ? 'null' : typeof raw}, not a number` };
}

/** Convert a value in the given unit to °C; no unit means °C. */
export function toCelsius(value: number, unit: unknown): number | Rejection {
  if (unit === undefined || unit === null || unit === '' || unit === '°C') return value;
  if (typeof unit !== 'string') return { reason: 'malformed', detail: 'unit is not text' };
  const key = unit
    .trim()
    .toLowerCase()
    .replace(/^°\s*/, '')
    .replace(/^deg\s*/, '');
  if (key === 'c' || key === 'celsius') return value;
  if (key === 'k' || key === 'kelvin') return value - 273.15;
  if (key === 'f' || key === 'fahrenheit') return ((value - 32) * 5) / 9;
  return { reason: 'malformed', detail: `unit ${describe(unit)} is not a temperature unit` };
}

/** Read a time (ISO 8601, or epoch seconds or ms decided by magnitude); no time means `fallback`. */
export function toTime(raw: unknown, fallback: number): number | Rejection {
  if (raw === undefined || raw === null || raw === '') return fallback;
  if (typeof raw === 'number') return epoch(raw);
  if (typeof raw !== 'string') return { reason: 'malformed', detail: 'time is neither text nor a number' };
  const utc = utcIso(raw, 0, raw.length);
  if (utc !== null) return utc;
  const text = raw.trim();
  if (NUMBER_TEXT.test(text)) return epoch(Number(text));
  if (ISO_TEXT.test(text)) {
    const ms = Date.parse(text.replace(' ', 'T'));
    if (Number.isFinite(ms)) return ms;
  }
  return { reason: 'malformed', detail: `time ${describe(text)} is not ISO 8601 or epoch` };
}

/** Convert a raw reading into °C and epoch ms, or the reason it cannot be. */
export function convertRaw(
  raw: RawReading,
  receivedAt: number,
): { sensorId: string; celsius: number; time: number } | Rejection {
  const value = toNumber(raw.value);
  if (typeof value !== 'number') return value;
  const celsius = toCelsius(value, raw.unit);
  if (typeof celsius !== 'number') return celsius;
  if (!Number.isFinite(celsius)) return { reason: 'not-finite', detail: 'value is not finite in °C' };
  const time = raw.timeMs ?? toTime(raw.time, receivedAt);
  if (typeof time !== 'number') return time;
  return { sensorId: raw.sensorId, celsius, time };
}

/** Whether a conversion result is a rejection. */
export function isRejection(value: unknown): value is Rejection {
  return value !== null && typeof value === 'object' && 'reason' in value && 'detail' in value;
}

function epoch(n: number): number | Rejection {
  if (!Number.isFinite(n) || n < 0)
    return { reason: 'malformed', detail: `time ${String(n)} is not a valid epoch` };
  return n < SECONDS_LIMIT ? n * 1000 : n;
}

/** Quote untrusted text for a detail message, shortened so a log line stays a line. */
export function describe(text: string): string {
  const clean = [...text].map((ch) => (isControl(ch) ? ' ' : ch)).join('');
  return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 40)}…` : clean);
}

/** Whether a character is an ASCII control character (0-31 or 127). */
export function isControl(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 32 || code === 127;
}

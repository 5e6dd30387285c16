// The payload forms nearly every sensor sends, read straight from the message's bytes: a bare decimal, or a
// flat JSON object such as {"value":3.5,"unit":"°C","ts":"2025-11-25T12:00:00Z"} (or "K", "°F" and the other
// common spellings of the three units). No text is decoded and no object built; anything else (or anything this
// reader is unsure of) is left to the general reader.
import { utcIso } from './iso-time.ts';
import type { RawReading } from './value.ts';

// The keys the plain form reads, as bits; 0 is any other key.
const VALUE = 1;
const TEMPERATURE = 2;
const UNIT = 4;
const TS = 8;
const TIME = 16;
const TIMESTAMP = 32;
// Each key's name by its bit, for the one comparison its length leaves.
const NAMES: string[] = [];
NAMES[VALUE] = 'value';
NAMES[TEMPERATURE] = 'temperature';
NAMES[UNIT] = 'unit';
NAMES[TS] = 'ts';
NAMES[TIME] = 'time';
NAMES[TIMESTAMP] = 'timestamp';
const BY_LENGTH = [0, 0, TS, 0, UNIT, VALUE, 0, 0, 0, TIMESTAMP, 0, TEMPERATURE];
// 10^k is exact up to 10^22, so m / 10^k with m < 2^53 is the correctly rounded decimal (what Number reads).
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);
const MAX_DIGITS = 15;
// The unit spellings read here, each handed on as the same text, so toCelsius converts it as the general
// reader would; any other unit goes to the general reader.
const UNITS = [
  '°C',
  'C',
  'celsius',
  'Celsius',
  'degC',
  'K',
  '°K',
  'kelvin',
  'Kelvin',
  'F',
  '°F',
  'fahrenheit',
  'Fahrenheit',
  'degF',
];
const UNIT_BYTES = UNITS.map(utf8);

// Scratch of one scan, at module scope so that a message allocates nothing: where the reader stands, and
// per key bit what was found (a number, or a string's byte range).
let at = 0;
const numbers = new Float64Array(64);
const starts = new Int32Array(64);
const ends = new Int32Array(64);
const isNumber = new Uint8Array(64);
let unitIndex = -1;

/** Read a common payload into `out`; false where the general reader must judge it (nothing is lost). */
export function readCommonPayload(bytes: Uint8Array, out: RawReading): boolean {
  let from = 0;
  let to = bytes.length;
  while (from < to && isTrimmed(bytes[from]!)) from++;
  while (to > from && isTrimmed(bytes[to - 1]!)) to--;
  if (from === to) return false;
  out.unit = undefined;
  out.time = undefined;
  out.timeMs = undefined;
  if (bytes[from] === 123) return readObject(bytes, from + 1, to, out);
  const value = readDecimal(bytes, from, to, true);
  if (at !== to || Number.isNaN(value)) return false;
  out.value = value;
  return true;
}

function readObject(bytes: Uint8Array, from: number, to: number, out: RawReading): boolean {
  let seen = 0;
  let i = skipSpace(bytes, from, to);
  for (;;) {
    if (bytes[i] !== 34) return false;
    const end = stringEnd(bytes, i + 1, to);
    if (end < 0) return false;
    const key = keyOf(bytes, i + 1, end);
    i = skipSpace(bytes, end + 1, to);
    if (bytes[i] !== 58) return false;
    i = skipSpace(bytes, i + 1, to);
    if (key !== 0 && (seen & key) !== 0) return false;
    seen |= key;
    if (bytes[i] === 34) {
      const close = key === UNIT ? unitEnd(bytes, i + 1, to) : stringEnd(bytes, i + 1, to);
      if (close < 0) return false;
      isNumber[key] = 0;
      starts[key] = i + 1;
      ends[key] = close;
      i = close + 1;
    } else {
      const value = readDecimal(bytes, i, to, false);
      if (Number.isNaN(value)) return false;
      isNumber[key] = 1;
      numbers[key] = value;
      i = at;
    }
    i = skipSpace(bytes, i, to);
    if (bytes[i] === 125) break;
    if (bytes[i] !== 44) return false;
    i = skipSpace(bytes, i + 1, to);
  }
  if (i + 1 !== to) return false;
  // As the general reader: value, else temperature; ts, else time, else timestamp.
  const value = seen & VALUE ? VALUE : seen & TEMPERATURE ? TEMPERATURE : 0;
  if (value === 0 || !isNumber[value]) return false;
  out.value = numbers[value];
  if (seen & UNIT) {
    if (isNumber[UNIT]) return false;
    out.unit = UNITS[unitIndex];
  }
  const time = seen & TS ? TS : seen & TIME ? TIME : seen & TIMESTAMP ? TIMESTAMP : 0;
  if (time === 0) return true;
  if (isNumber[time]) {
    out.time = numbers[time];
    return true;
  }
  const ms = utcIso(bytes, starts[time]!, ends[time]!);
  if (ms === null) return false;
  out.timeMs = ms;
  return true;
}

/**
 * A decimal without exponent at bytes[from..], at most 15 digits (exact); NaN for anything else. `bare` allows
 * what a bare payload may be (`+3`, `3.`, `.5`, `007`); JSON does not. Leaves `at` after the number.
 */
function readDecimal(bytes: Uint8Array, from: number, to: number, bare: boolean): number {
  let i = from;
  const sign = bytes[i] === 45 ? -1 : 1;
  if (sign < 0 || (bare && bytes[i] === 43)) i++;
  let mantissa = 0;
  const intFrom = i;
  for (let d = (bytes[i] ?? 0) - 48; i < to && d >= 0 && d <= 9; d = (bytes[++i] ?? 0) - 48)
    mantissa = mantissa * 10 + d;
  const intDigits = i - intFrom;
  if (!bare && (intDigits === 0 || (intDigits > 1 && bytes[intFrom] === 48))) return Number.NaN;
  let fracDigits = 0;
  if (i < to && bytes[i] === 46) {
    const fracFrom = ++i;
    for (let d = (bytes[i] ?? 0) - 48; i < to && d >= 0 && d <= 9; d = (bytes[++i] ?? 0) - 48)
      mantissa = mantissa * 10 + d;
    fracDigits = i - fracFrom;
    if (!bare && fracDigits === 0) return Number.NaN;
  }
  if (intDigits + fracDigits === 0 || intDigits + fracDigits > MAX_DIGITS) return Number.NaN;
  at = i;
  return sign * (mantissa / POW10[fracDigits]!);
}

/** The closing quote of a plain ASCII string starting at `from` (-1 for escapes, control or other bytes). */
function stringEnd(bytes: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = bytes[i]!;
    if (c === 34) return i;
    if (c < 32 || c === 92 || c > 126) return -1;
  }
  return -1;
}

/** The closing quote of a known unit spelling at `from` (its index left in `unitIndex`), else -1. */
function unitEnd(bytes: Uint8Array, from: number, to: number): number {
  for (let u = 0; u < UNIT_BYTES.length; u++) {
    const word = UNIT_BYTES[u]!;
    const close = from + word.length;
    if (close >= to || bytes[close] !== 34) continue;
    let k = 0;
    while (k < word.length && word[k] === bytes[from + k]) k++;
    if (k === word.length) {
      unitIndex = u;
      return close;
    }
  }
  return -1;
}

/** A unit spelling's UTF-8 bytes (ASCII and the degree sign are all it holds). */
function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) out.push(...(ch === '°' ? [0xc2, 0xb0] : [ch.charCodeAt(0)]));
  return Uint8Array.from(out);
}

/** The bit of a known key in bytes[from .. to), else 0; its length leaves one name to compare. */
function keyOf(bytes: Uint8Array, from: number, to: number): number {
  const bit = BY_LENGTH[to - from] ?? 0;
  // `unit` and `time` share a length.
  const key = bit === UNIT && bytes[from] !== 117 ? TIME : bit;
  const word = NAMES[key];
  if (word === undefined) return 0;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== bytes[from + k]) return 0;
  return key;
}

function skipSpace(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  while (i < to && (bytes[i] === 32 || bytes[i] === 10 || bytes[i] === 13 || bytes[i] === 9)) i++;
  return i;
}

/** What String.prototype.trim removes, as far as ASCII goes. */
function isTrimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

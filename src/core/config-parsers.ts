// The value parsers of the config: each takes what a file or a link gave and returns the value, or
// undefined when it is not one (resolveConfig names the rejected value).
import { originOf } from './origins.ts';

/** Reads one raw config value: the value it stands for, or undefined. */
export type Parse = (raw: unknown) => unknown;

/** Any string, as it is. */
export const text: Parse = (raw) => (typeof raw === 'string' ? raw : undefined);
/** A non-empty string, trimmed. */
export const url: Parse = (raw) => (typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined);
/** A path on the page's origin (`/mqtt`, `./mqtt`), or a `ws:`/`wss:` URL; nothing else opens a WebSocket. */
export const broker: Parse = (raw) => {
  const value = url(raw);
  if (typeof value !== 'string') return undefined;
  if (/^\.{0,2}\//.test(value) && !value.startsWith('//')) return value;
  return URL.canParse(value) && ['ws:', 'wss:'].includes(new URL(value).protocol) ? value : undefined;
};
/** A list of bare origins (`https://daten.example.de`, `wss://mqtt.example.de:8884`), each kept as its origin. */
export const origins: Parse = (raw) => {
  if (!Array.isArray(raw)) return undefined;
  const kept = raw.map((entry) => {
    if (typeof entry !== 'string' || !URL.canParse(entry)) return undefined;
    const u = new URL(entry);
    const bare =
      u.pathname === '/' && u.search === '' && u.hash === '' && u.username === '' && u.password === '';
    return bare ? originOf(entry) : undefined;
  });
  return kept.every((o) => o !== undefined) ? kept : undefined;
};
/** A number (or numeric string) within [min, max]. */
export const number =
  (min: number, max: number): Parse =>
  (raw) => {
    const n =
      typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
  };
/** One of the given values, matched as text (`"45"` is 45). */
export const oneOf =
  (...values: readonly (string | number)[]): Parse =>
  (raw) =>
    values.find((v) => String(v) === String(raw));
/** An object of strings, copied. */
export const record: Parse = (raw) =>
  raw !== null &&
  typeof raw === 'object' &&
  !Array.isArray(raw) &&
  Object.values(raw).every((v) => typeof v === 'string')
    ? { ...(raw as Record<string, string>) }
    : undefined;
/** On or off, in the words people type (on/off, true/false, 1/0, yes/no, ja/nein). */
export const flag: Parse = (raw) => {
  const v = String(raw).toLowerCase();
  return ['on', 'true', '1', 'yes', 'ja'].includes(v)
    ? true
    : ['off', 'false', '0', 'no', 'nein'].includes(v)
      ? false
      : undefined;
};
/** An array, copied (its entries are checked by their reader). */
export const list: Parse = (raw) => (Array.isArray(raw) ? [...raw] : undefined);
/** Three increasing temperatures (min, comfort, max), as `-10,20,35`, an array or an object. */
export const scale: Parse = (raw) => {
  const parts =
    typeof raw === 'string'
      ? raw.split(',').map(Number)
      : Array.isArray(raw)
        ? raw
        : raw && typeof raw === 'object'
          ? [
              (raw as Record<string, unknown>).min,
              (raw as Record<string, unknown>).comfort,
              (raw as Record<string, unknown>).max,
            ]
          : [];
  const [min, comfort, max] = parts.map((p) => (typeof p === 'number' ? p : Number(p)));
  if (parts.length !== 3 || min === undefined || comfort === undefined || max === undefined) return undefined;
  if (![min, comfort, max].every(Number.isFinite) || !(min < comfort && comfort < max)) return undefined;
  return { min, comfort, max };
};

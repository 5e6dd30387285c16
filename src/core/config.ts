import { parseDeviceMappings, type DeviceMapping } from './sensors/device-mapping.ts';
import type { Notice } from './notice.ts';

/** Everything a city can set: where the broker is, whose account, which topics, which city model. */
export interface TwinConfig {
  /** MQTT over WebSocket; a path like `/mqtt` means the page's own origin (ws: or wss:). */
  broker: string;
  username: string;
  password: string;
  topicPrefix: string;
  /** URL of the city glTF/GLB. */
  city: string;
  /** URL of the sensor registry (JSON or CSV). */
  registry: string;
  /** Optional GeoJSON footprints for a mesh without building ids. */
  footprints: string;
  lang: 'de' | 'en';
  /** Colour scale: coldest, comfortable and hottest temperature in °C. */
  scale: { min: number; comfort: number; max: number };
  /** Seconds without a reading before a sensor counts as stale. */
  ttl: number;
  aggregate: 'mean' | 'max' | 'min';
  /** SensorThings Datastream id -> sensor id. */
  datastreams: Record<string, string>;
  /** Device-specific JSON mappings, see sensors/README.md. */
  mappings: DeviceMapping[];
  /** Walking speed in metres per second. */
  walkSpeed: number;
  /** Snap-turn angle in degrees. */
  snapTurn: 30 | 45 | 90;
  /** Darken the edges of the view while walking in VR (comfort). */
  vignette: boolean;
  /** `exhibit`: the trade-fair stand (kiosk, attract loop); `spectator`: the big screen following a headset. */
  mode: 'app' | 'exhibit' | 'spectator';
  /** Seconds without input before the stand returns to its attract loop. */
  idleTimeout: number;
  /** The stand's operator panel PIN (digits); empty leaves the panel locked. */
  operatorPin: string;
}

/** The embedded defaults: the broker, simulator and city that `npm start` brings along. */
export const CONFIG_DEFAULTS: TwinConfig = {
  broker: '/mqtt',
  username: 'viewer',
  password: 'viewer',
  topicPrefix: 'city/neubrandenburg/sensors',
  city: './neubrandenburg.glb',
  registry: './registry.json',
  footprints: '',
  lang: 'de',
  scale: { min: -10, comfort: 20, max: 35 },
  ttl: 300,
  aggregate: 'mean',
  datastreams: {},
  mappings: [],
  walkSpeed: 1.4,
  snapTurn: 45,
  vignette: true,
  mode: 'app',
  idleTimeout: 90,
  operatorPin: '',
};

type Key = keyof TwinConfig;
type Parse = (raw: unknown) => unknown;

const text: Parse = (raw) => (typeof raw === 'string' ? raw : undefined);
const url: Parse = (raw) => (typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined);
const number =
  (min: number, max: number): Parse =>
  (raw) => {
    const n =
      typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
  };
const oneOf =
  (...values: readonly (string | number)[]): Parse =>
  (raw) =>
    values.find((v) => String(v) === String(raw));
const record: Parse = (raw) =>
  raw !== null &&
  typeof raw === 'object' &&
  !Array.isArray(raw) &&
  Object.values(raw).every((v) => typeof v === 'string')
    ? { ...(raw as Record<string, string>) }
    : undefined;
const flag: Parse = (raw) => {
  const v = String(raw).toLowerCase();
  return ['on', 'true', '1', 'yes', 'ja'].includes(v)
    ? true
    : ['off', 'false', '0', 'no', 'nein'].includes(v)
      ? false
      : undefined;
};
const list: Parse = (raw) => (Array.isArray(raw) ? [...raw] : undefined);
const scale: Parse = (raw) => {
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

const PARSERS: Record<Key, Parse> = {
  broker: url,
  username: text,
  password: text,
  topicPrefix: (raw) =>
    typeof raw === 'string' && raw !== '' && !/[#+]/.test(raw) ? raw.replace(/\/+$/, '') : undefined,
  city: url,
  registry: url,
  footprints: text,
  lang: oneOf('de', 'en'),
  scale,
  ttl: number(1, 86_400),
  aggregate: oneOf('mean', 'max', 'min'),
  datastreams: record,
  mappings: list,
  walkSpeed: number(0.2, 10),
  snapTurn: (raw) => oneOf(30, 45, 90)(raw) && Number(raw),
  vignette: flag,
  mode: oneOf('app', 'exhibit', 'spectator'),
  idleTimeout: number(10, 3600),
  operatorPin: (raw) => (/^\d{4,8}$/.test(String(raw)) ? String(raw) : undefined),
};

/** Query parameter names people type, mapped to config keys. */
const QUERY_ALIASES: Record<string, Key> = { user: 'username', prefix: 'topicPrefix', model: 'city' };
/** Options too structured for a URL: only the config file sets them. */
const FILE_ONLY: readonly Key[] = ['datastreams', 'mappings', 'operatorPin'];

/** Merge the config file and the URL query over the defaults; every rejected value becomes a notice. */
export function resolveConfig(
  file: unknown,
  query: Iterable<[string, string]>,
  defaults: TwinConfig = CONFIG_DEFAULTS,
): { config: TwinConfig; notices: Notice[] } {
  const config: TwinConfig = structuredClone(defaults);
  const notices: Notice[] = [];
  const set = (key: string, raw: unknown, source: 'file' | 'query'): void => {
    const name = (source === 'query' ? QUERY_ALIASES[key] : undefined) ?? key;
    if (!(name in PARSERS) || (source === 'query' && FILE_ONLY.includes(name as Key))) {
      notices.push({ code: 'config.unknown', params: { name: key, source }, severity: 'warning' });
      return;
    }
    const value = PARSERS[name as Key](raw);
    if (value === undefined) {
      notices.push({
        code: 'config.invalid',
        params: { name: key, value: String(raw), source },
        severity: 'warning',
      });
      return;
    }
    (config as unknown as Record<string, unknown>)[name] = value;
  };
  if (file !== undefined && file !== null) {
    if (typeof file !== 'object' || Array.isArray(file)) {
      notices.push({ code: 'config.file-invalid', severity: 'warning' });
    } else {
      for (const [key, raw] of Object.entries(file)) set(key, raw, 'file');
    }
  }
  for (const [key, raw] of query) set(key, raw, 'query');
  // A broken device mapping is left out and named; the others still apply.
  const { mappings, errors } = parseDeviceMappings(config.mappings);
  config.mappings = mappings;
  for (const detail of errors)
    notices.push({ code: 'config.mapping-invalid', params: { detail }, severity: 'warning' });
  return { config, notices };
}

/** The WebSocket URL of the broker, resolving a path against the page's origin (http -> ws, https -> wss). */
export function brokerSocketUrl(broker: string, pageUrl: string): string {
  const resolved = new URL(broker, pageUrl);
  if (resolved.protocol === 'http:') resolved.protocol = 'ws:';
  if (resolved.protocol === 'https:') resolved.protocol = 'wss:';
  return resolved.toString();
}

import { parseDeviceMappings, type DeviceMapping } from './sensors/device-mapping.ts';
import type { Notice } from './notice.ts';
import { parseTwinTime } from './planning/berlin-time.ts';
import { parseLook, type LookEffect } from './look/look-setting.ts';
import {
  broker,
  flag,
  list,
  number,
  oneOf,
  origins,
  record,
  scale,
  text,
  url,
  type Parse,
} from './config-parsers.ts';
import { brokerSocketUrl, originOf } from './origins.ts';

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
  /** The twin's clock at start: live, or a time (`2026-12-21T14:00`, Berlin time) standing still. */
  time: number | 'live';
  /** Sun shadows: off, or a quality (VR takes the next lower one, to keep its frame budget). */
  shadows: 'off' | 'low' | 'medium' | 'high';
  /** The city's look: sky, fog and occlusion (`high`), sky and fog (`low`), `off`, or a list (`sky,fog`). */
  look: LookEffect[];
  /** `exhibit`: the trade-fair stand (kiosk, attract loop); `spectator`: the big screen following a headset. */
  mode: 'app' | 'exhibit' | 'spectator';
  /** Seconds without input before the stand returns to its attract loop. */
  idleTimeout: number;
  /** The stand's operator panel PIN (digits); empty leaves the panel locked. */
  operatorPin: string;
  /**
   * Origins besides the page's own that URL query parameters (`broker`, `city`, `registry`, `footprints`,
   * `utilities`, `utilityRules`) may point at, and whose pages may open the twin server's broker WebSocket.
   * File only.
   */
  allowedOrigins: string[];
  /** Further brokers (same topics, bridged or clustered) tried in turn when the one connected to is lost. */
  brokers: string[];
  /** `auto` fits the colours to the live readings; `fixed` uses `scale` as it is. */
  colourScale: 'auto' | 'fixed';
  /** OGC SensorThings API base URL (…/v1.1): latest Observation and the last hour per mapped Datastream. */
  sensorThings: string;
  /** GeoJSON of the utility lines under the streets ('' turns underground planning off). */
  utilities: string;
  /** A Stadtwerk's own clearance rules (JSON); '' uses the shipped rules. */
  utilityRules: string;
  /** 3D Tiles: the screen-space error tiles refine to, in pixels (lower is finer and costs more). */
  tilesErrorTarget: number;
  /** 3D Tiles: megabytes of tile content kept in memory; about 400 fits a Quest. */
  tilesMemoryMB: number;
}

/** The embedded defaults: the broker, simulator and city that `npm start` brings along. */
export const CONFIG_DEFAULTS: TwinConfig = {
  broker: '/mqtt',
  // None: the twin's server lets the page in on /mqtt as the read-only viewer, so no password is in the bundle.
  username: '',
  password: '',
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
  time: 'live',
  shadows: 'medium',
  look: ['sky', 'fog', 'ao'],
  mode: 'app',
  idleTimeout: 90,
  operatorPin: '',
  allowedOrigins: [],
  brokers: [],
  colourScale: 'auto',
  sensorThings: '',
  utilities: './utilities/sample-network.geojson',
  utilityRules: '',
  tilesErrorTarget: 16,
  tilesMemoryMB: 400,
};

type Key = keyof TwinConfig;

const PARSERS: Record<Key, Parse> = {
  broker,
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
  time: (raw) => (typeof raw === 'string' ? (parseTwinTime(raw) ?? undefined) : undefined),
  shadows: oneOf('off', 'low', 'medium', 'high'),
  look: parseLook,
  mode: oneOf('app', 'exhibit', 'spectator'),
  idleTimeout: number(10, 3600),
  operatorPin: (raw) => (/^\d{4,8}$/.test(String(raw)) ? String(raw) : undefined),
  allowedOrigins: origins,
  brokers: (raw) => {
    const urls = Array.isArray(raw) ? raw.map(broker) : null;
    return urls?.every((u) => typeof u === 'string') ? urls : undefined;
  },
  colourScale: oneOf('auto', 'fixed'),
  sensorThings: text,
  utilities: text,
  utilityRules: text,
  tilesErrorTarget: number(1, 256),
  tilesMemoryMB: number(50, 8192),
};

/** Query parameter names people type, mapped to config keys. */
const QUERY_ALIASES: Record<string, Key> = { user: 'username', prefix: 'topicPrefix', model: 'city' };
/** Options too structured for a URL, or that would let a link widen what it may reach: only the file sets them. */
const FILE_ONLY: readonly Key[] = [
  'datastreams',
  'mappings',
  'allowedOrigins',
  'brokers',
  'sensorThings',
  'operatorPin',
];
/** Options that name a place to load from or connect to: from the query, only the allowed origins. */
const PLACES: readonly Key[] = ['broker', 'city', 'registry', 'footprints', 'utilities', 'utilityRules'];

/** What resolveConfig needs besides the file and the query. */
export interface ResolveOptions {
  defaults: TwinConfig;
  /** The page's URL: its origin is the one a query parameter may point at without `allowedOrigins`. */
  pageUrl: string;
}

/** The embedded defaults, on a page at http://localhost/ (the app always passes its own URL). */
export const RESOLVE_DEFAULTS: ResolveOptions = { defaults: CONFIG_DEFAULTS, pageUrl: 'http://localhost/' };

/**
 * Merge the config file and the URL query over the defaults; every rejected value becomes a notice.
 * A link is not trusted as the file is: its places must be on allowed origins, and a broker it names gets
 * the file's username and password only if it is the file's broker.
 */
export function resolveConfig(
  file: unknown,
  query: Iterable<[string, string]>,
  partial: Partial<ResolveOptions> = {},
): { config: TwinConfig; notices: Notice[] } {
  const { defaults, pageUrl } = { ...RESOLVE_DEFAULTS, ...partial };
  const config: TwinConfig = structuredClone(defaults);
  const notices: Notice[] = [];
  const fromQuery = new Set<Key>();
  let fileBroker = config.broker;
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
    if (source === 'query' && PLACES.includes(name as Key) && value !== '') {
      // The configured broker's own origin counts for `broker`: naming it again moves nothing.
      const allowed = [pageUrl, ...config.allowedOrigins, ...(name === 'broker' ? [fileBroker] : [])];
      const origin = originOf(String(value), pageUrl);
      if (origin === undefined || !allowed.some((a) => originOf(a, pageUrl) === origin)) {
        notices.push({
          code: 'config.origin-refused',
          params: { name: key, value: String(raw) },
          severity: 'warning',
        });
        return;
      }
    }
    if (source === 'query') fromQuery.add(name as Key);
    (config as unknown as Record<string, unknown>)[name] = value;
  };
  if (file !== undefined && file !== null) {
    if (typeof file !== 'object' || Array.isArray(file)) {
      notices.push({ code: 'config.file-invalid', severity: 'warning' });
    } else {
      for (const [key, raw] of Object.entries(file)) set(key, raw, 'file');
    }
  }
  fileBroker = config.broker;
  const fileCredentials = config.username !== '' || config.password !== '';
  for (const [key, raw] of query) set(key, raw, 'query');
  // Credentials travel only to the broker they belong to: a link may move the broker, never the password.
  if (brokerSocketUrl(config.broker, pageUrl) !== brokerSocketUrl(fileBroker, pageUrl)) {
    if (!fromQuery.has('username')) config.username = '';
    if (!fromQuery.has('password')) config.password = '';
    if (fileCredentials && !(fromQuery.has('username') && fromQuery.has('password')))
      notices.push({ code: 'config.credentials-withheld', severity: 'info' });
  }
  // A broken device mapping is left out and named; the others still apply.
  const { mappings, errors } = parseDeviceMappings(config.mappings);
  config.mappings = mappings;
  for (const detail of errors)
    notices.push({ code: 'config.mapping-invalid', params: { detail }, severity: 'warning' });
  return { config, notices };
}

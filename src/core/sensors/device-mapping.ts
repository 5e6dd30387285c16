import { getPath } from '../input/json-path.ts';
import type { Rejection } from './reading.ts';
import { isValidFilter } from './topic.ts';
import type { RawReading } from './value.ts';

/** One sensor inside a message that carries several: its id (may use `{sensor}`) and where its value sits. */
export interface MappedSensor {
  sensor: string;
  valuePath: string;
  unitPath?: string;
  timePath?: string;
}

/** A list of readings inside the message: an array of objects, or an object keyed by sensor id. */
export interface MappedEach {
  /** Path to the array or object; '' is the whole message. */
  path: string;
  /** In an array: the key holding the sensor id (default 'sensor'). */
  sensorKey?: string;
  /** Inside each entry: the value path (default 'value'; an entry that is itself a number is the value). */
  valuePath?: string;
  unitPath?: string;
  timePath?: string;
}

/** Where a device's JSON keeps the temperature, per topic pattern; see sensors/README.md for examples. */
export interface DeviceMapping {
  /** MQTT topic pattern with `+` and `#`, and `{sensor}` standing for one level that names the sensor. */
  topic: string;
  /** Sensor id; `{sensor}` is replaced by the captured level (default '{sensor}'). */
  sensor?: string;
  /** Path to the sensor id inside the message, used instead of the topic. */
  sensorPath?: string;
  /** Path to the value for a single-sensor message (default 'value'). */
  valuePath?: string;
  unitPath?: string;
  /** A fixed unit for devices that do not send one. */
  unit?: string;
  timePath?: string;
  /** Several sensors at fixed paths. */
  sensors?: readonly MappedSensor[];
  /** Several sensors in an array or keyed object. */
  each?: MappedEach;
}

/** The topic pattern as an MQTT subscription filter (`{sensor}` becomes `+`). */
export function mappingFilter(mapping: Pick<DeviceMapping, 'topic'>): string {
  return mapping.topic
    .split('/')
    .map((level) => (level.includes('{sensor}') ? '+' : level))
    .join('/');
}

/** Match a topic against a mapping's pattern; returns the `{sensor}` capture ('' if none) or null. */
export function matchMappingTopic(pattern: string, topic: string): { sensor: string } | null {
  const p = pattern.split('/');
  const t = topic.split('/');
  let sensor = '';
  for (let i = 0; i < p.length; i++) {
    const level = p[i] ?? '';
    if (level === '#') return { sensor };
    const actual = t[i];
    if (actual === undefined) return null;
    if (level === '+') continue;
    if (level.includes('{sensor}')) {
      // `{sensor}` may sit inside a level with fixed text around it, e.g. `dev-{sensor}`.
      const [before = '', after = ''] = level.split('{sensor}');
      if (actual.length <= before.length + after.length) return null;
      if (!actual.startsWith(before) || !actual.endsWith(after)) return null;
      sensor = actual.slice(before.length, actual.length - after.length);
      continue;
    }
    if (level !== actual) return null;
  }
  return p.length === t.length ? { sensor } : null;
}

/** Pull the raw readings a mapping describes out of a parsed message. */
export function extractMapped(
  mapping: DeviceMapping,
  message: unknown,
  captured: string,
): RawReading[] | Rejection {
  const fill = (template: string): string => template.split('{sensor}').join(captured);
  const unitAt = (root: unknown, path: string | undefined): unknown =>
    path !== undefined ? getPath(root, path) : mapping.unit;
  const timeAt = (root: unknown, path: string | undefined): unknown =>
    path !== undefined
      ? getPath(root, path)
      : mapping.timePath !== undefined
        ? getPath(message, mapping.timePath)
        : undefined;
  if (mapping.sensors) {
    return mapping.sensors.map((s) => ({
      sensorId: fill(s.sensor),
      value: getPath(message, s.valuePath),
      unit: s.unitPath !== undefined ? getPath(message, s.unitPath) : unitAt(message, mapping.unitPath),
      time: timeAt(message, s.timePath),
    }));
  }
  if (mapping.each) return extractEach(mapping, mapping.each, message, unitAt, timeAt);
  let sensorId = fill(mapping.sensor ?? '{sensor}');
  if (mapping.sensorPath !== undefined) {
    const id = getPath(message, mapping.sensorPath);
    if (typeof id !== 'string' && typeof id !== 'number') {
      return { reason: 'malformed', detail: `no sensor id at ${mapping.sensorPath}` };
    }
    sensorId = String(id);
  }
  return [
    {
      sensorId,
      value: getPath(message, mapping.valuePath ?? 'value'),
      unit: unitAt(message, mapping.unitPath),
      time: timeAt(message, undefined),
    },
  ];
}

function extractEach(
  mapping: DeviceMapping,
  each: MappedEach,
  message: unknown,
  unitAt: (root: unknown, path: string | undefined) => unknown,
  timeAt: (root: unknown, path: string | undefined) => unknown,
): RawReading[] | Rejection {
  const list = getPath(message, each.path);
  const valuePath = each.valuePath ?? 'value';
  const read = (sensorId: string, entry: unknown): RawReading => ({
    sensorId,
    value: typeof entry === 'object' && entry !== null ? getPath(entry, valuePath) : entry,
    unit: each.unitPath !== undefined ? getPath(entry, each.unitPath) : unitAt(message, mapping.unitPath),
    time: each.timePath !== undefined ? getPath(entry, each.timePath) : timeAt(message, undefined),
  });
  if (Array.isArray(list)) {
    const key = each.sensorKey ?? 'sensor';
    return list.map((entry: unknown) => {
      const id = getPath(entry, [key]);
      return read(typeof id === 'string' || typeof id === 'number' ? String(id) : '', entry);
    });
  }
  if (list !== null && typeof list === 'object') {
    return Object.entries(list).map(([id, entry]) => read(id, entry));
  }
  return { reason: 'malformed', detail: `no array or object at ${each.path || 'the top level'}` };
}

/** Check mappings from a config file; keeps the valid ones and names what is wrong with the rest. */
export function parseDeviceMappings(raw: readonly unknown[]): {
  mappings: DeviceMapping[];
  errors: string[];
} {
  const mappings: DeviceMapping[] = [];
  const errors: string[] = [];
  raw.forEach((item, i) => {
    const problem = mappingProblem(item);
    if (problem) errors.push(`mapping ${i + 1}: ${problem}`);
    else mappings.push(item as DeviceMapping);
  });
  return { mappings, errors };
}

function mappingProblem(item: unknown): string | null {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return 'is not an object';
  const m = item as Record<string, unknown>;
  if (typeof m.topic !== 'string' || !isValidFilter(mappingFilter({ topic: m.topic }))) {
    return 'topic is not a valid MQTT topic pattern';
  }
  for (const key of ['sensor', 'sensorPath', 'valuePath', 'unitPath', 'unit', 'timePath'] as const) {
    if (m[key] !== undefined && typeof m[key] !== 'string') return `${key} is not text`;
  }
  if (m.sensors !== undefined) {
    if (!Array.isArray(m.sensors)) return 'sensors is not a list';
    const bad = m.sensors.findIndex(
      (s: unknown) =>
        s === null ||
        typeof s !== 'object' ||
        typeof (s as MappedSensor).sensor !== 'string' ||
        typeof (s as MappedSensor).valuePath !== 'string',
    );
    if (bad >= 0) return `sensors entry ${bad + 1} needs sensor and valuePath`;
  }
  if (m.each !== undefined) {
    const each = m.each as Record<string, unknown> | null;
    if (each === null || typeof each !== 'object' || typeof each.path !== 'string')
      return 'each needs a path';
  }
  const capturesSensor = m.topic.includes('{sensor}');
  const namesSensor =
    capturesSensor || m.sensorPath !== undefined || m.sensors !== undefined || m.each !== undefined;
  if (!namesSensor && (typeof m.sensor !== 'string' || m.sensor.includes('{sensor}'))) {
    return 'no sensor id: use {sensor} in the topic, sensor, sensorPath, sensors or each';
  }
  return null;
}

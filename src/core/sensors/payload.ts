import { extractMapped, mappingFilter, type DeviceMapping } from './device-mapping.ts';
import { readCommonPayload } from './payload-bytes.ts';
import type { Reading, Rejection } from './reading.ts';
import { routeOf, type Route } from './topic-route.ts';
import { convertRaw, describe, isRejection, type RawReading } from './value.ts';

/** How messages are read: the topic prefix, the SensorThings Datastream map, device mappings, arrival time. */
export interface ParseOptions {
  /** Topics `<prefix>/<sensorId>/temperature` and `<prefix>/<sensorId>`. */
  topicPrefix: string;
  /** SensorThings Datastream id -> sensor id. */
  datastreams: Readonly<Record<string, string>>;
  mappings: readonly DeviceMapping[];
  /** Epoch ms the message arrived, used when the payload has no time. */
  receivedAt: number;
}

/** The default prefix, no Datastreams and no device mappings. */
export const PARSE_DEFAULTS: Omit<ParseOptions, 'receivedAt'> = {
  topicPrefix: 'city/neubrandenburg/sensors',
  datastreams: {},
  mappings: [],
};

/** Payloads larger than this are refused before they are decoded. */
export const MAX_PAYLOAD_BYTES = 4096;

/** What one message yielded: readings to apply and rejections to count. */
export interface ParseResult {
  readings: Reading[];
  rejections: Rejection[];
}

const decoder = new TextDecoder('utf-8');
// The strict decoder is much slower in some engines, so it only runs when the fast one met a bad byte.
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** Where parsed readings and rejections go, one by one (the worker's reducer, or a list). */
export interface ParseSink {
  reading(sensorId: string, celsius: number, time: number): void;
  rejection(rejection: Rejection): void;
}

/** Parse one MQTT message into readings; never throws, and ignores topics that are not sensor topics. */
export function parseMessage(
  topic: string,
  payload: Uint8Array | string,
  options: ParseOptions,
): ParseResult {
  const result: ParseResult = { readings: [], rejections: [] };
  parseInto(topic, payload, options, {
    reading: (sensorId, celsius, time) => result.readings.push({ sensorId, celsius, time }),
    rejection: (r) => result.rejections.push(r),
  });
  return result;
}

/** As parseMessage, handing each reading and rejection to `sink` without collecting them (no lists per message). */
export function parseInto(
  topic: string,
  payload: Uint8Array | string,
  options: ParseOptions,
  sink: ParseSink,
): void {
  guarded(topic, payload, options.receivedAt, sink, (t) => routeOf(t, options));
}

/** A parser bound to its options and sink, for a stream of messages: what parseInto does, per message. */
export type Parser = (topic: string, payload: Uint8Array | string, receivedAt: number) => void;

/** Topics remembered by a parser; past this many the memory starts afresh (a flood of odd topics). */
export const ROUTE_CACHE_SIZE = 262_144;

/**
 * A parser that remembers each topic's route: a topic is matched once, and its sensor id is then the same
 * string every time (its hash kept, so that looking the sensor up costs little).
 */
export function createParser(options: Omit<ParseOptions, 'receivedAt'>, sink: ParseSink): Parser {
  const routes = new Map<string, Route | null>();
  const resolve = (topic: string): Route | null => {
    const known = routes.get(topic);
    if (known !== undefined) return known;
    if (routes.size >= ROUTE_CACHE_SIZE) routes.clear();
    const route = routeOf(topic, options);
    routes.set(topic, route);
    return route;
  };
  return (topic, payload, receivedAt) => guarded(topic, payload, receivedAt, sink, resolve);
}

function guarded(
  topic: string,
  payload: Uint8Array | string,
  receivedAt: number,
  sink: ParseSink,
  resolve: (topic: string) => Route | null,
): void {
  try {
    parseUnsafe(topic, payload, receivedAt, sink, resolve);
  } catch (error) {
    // Defence in depth: a parser bug must cost one message, never the connection.
    sink.rejection(
      reject('malformed', `message could not be read: ${error instanceof Error ? error.name : 'error'}`),
    );
  }
}

/** The MQTT filters to subscribe to for these options, without duplicates. */
export function subscriptionTopics(
  options: Pick<ParseOptions, 'topicPrefix' | 'datastreams' | 'mappings'>,
): string[] {
  const topics = [`${options.topicPrefix}/+/temperature`, `${options.topicPrefix}/+`];
  // `+` cannot stand inside a level, so each Datastream gets its own filter.
  for (const id of Object.keys(options.datastreams)) topics.push(`v1.1/Datastreams(${id})/Observations`);
  for (const mapping of options.mappings) topics.push(mappingFilter(mapping));
  return [...new Set(topics)];
}

// The byte reader's result, reused: a message allocates no reading of its own.
const common: RawReading = { sensorId: '', value: 0 };

function parseUnsafe(
  topic: string,
  payload: Uint8Array | string,
  receivedAt: number,
  sink: ParseSink,
  resolve: (topic: string) => Route | null,
): void {
  const size = typeof payload === 'string' ? utf8Length(payload) : payload.byteLength;
  if (size > MAX_PAYLOAD_BYTES)
    return sink.rejection(reject('too-large', `payload is ${size} bytes, over ${MAX_PAYLOAD_BYTES}`));
  const route = resolve(topic);
  if (route === null) return;
  if (route.kind === 'prefix' && typeof payload !== 'string' && readCommonPayload(payload, common)) {
    common.sensorId = route.sensor;
    return take(common, receivedAt, sink);
  }
  let text: string;
  try {
    text = typeof payload === 'string' ? payload : decoder.decode(payload);
    if (text.includes('\uFFFD') && typeof payload !== 'string') strictDecoder.decode(payload);
  } catch {
    return sink.rejection(reject('malformed', 'payload is not UTF-8 text'));
  }
  if (route.kind === 'unknown-datastream')
    return sink.rejection(
      reject('unknown-sensor', `Datastream ${describe(route.id)} is not mapped to a sensor`),
    );
  const message = readText(text);
  if (isRejection(message)) return sink.rejection(message);
  if (route.kind === 'mapping') {
    // A bare number on a mapped topic is the whole message; a mapping with valuePath '' reads it.
    const raws = extractMapped(route.mapping, message.bare ?? message.json, route.sensor);
    if (isRejection(raws)) return sink.rejection(raws);
    for (const raw of raws) take(raw, receivedAt, sink);
  } else {
    take(
      route.kind === 'datastream' ? observation(route.sensor, message) : plain(route.sensor, message),
      receivedAt,
      sink,
    );
  }
}

function take(raw: RawReading, receivedAt: number, sink: ParseSink): void {
  if (raw.sensorId === '') return sink.rejection({ reason: 'malformed', detail: 'entry has no sensor id' });
  const converted = convertRaw(raw, receivedAt);
  if (isRejection(converted)) sink.rejection(converted);
  else sink.reading(converted.sensorId, converted.celsius, converted.time);
}

interface Message {
  json: unknown;
  /** A bare number's text when the payload is not JSON. */
  bare?: string;
}

function readText(text: string): Message | Rejection {
  // Most payloads have no white space around them; trim only those that do.
  const last = text.charCodeAt(text.length - 1);
  const trimmed = text.charCodeAt(0) > 32 && last > 32 ? text : text.trim();
  if (trimmed === '') return { reason: 'not-a-number', detail: 'payload is empty' };
  const first = trimmed.charCodeAt(0);
  // `{`, `[` or `"`: JSON.
  if (first === 123 || first === 91 || first === 34) {
    try {
      return { json: JSON.parse(trimmed) as unknown };
    } catch {
      return { reason: 'malformed', detail: 'payload is not valid JSON' };
    }
  }
  // Bare numbers, and words such as NaN or Infinity that JSON.parse would refuse.
  return { json: undefined, bare: trimmed };
}

function plain(sensorId: string, message: Message): RawReading {
  if (message.bare !== undefined) return { sensorId, value: message.bare };
  const json = message.json;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { sensorId, value: json };
  const o = json as Record<string, unknown>;
  const value = Object.hasOwn(o, 'value') ? o.value : o.temperature;
  return { sensorId, value, unit: o.unit, time: o.ts ?? o.time ?? o.timestamp };
}

function observation(sensorId: string, message: Message): RawReading {
  const json = message.json;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return plain(sensorId, message);
  const o = json as Record<string, unknown>;
  if (!Object.hasOwn(o, 'result')) return plain(sensorId, message);
  let time = o.phenomenonTime ?? o.resultTime;
  // An interval `start/end` is a reading over a period; the twin shows it at its end.
  if (typeof time === 'string' && time.includes('/')) time = time.slice(time.lastIndexOf('/') + 1);
  return { sensorId, value: o.result, time };
}

function reject(reason: Rejection['reason'], detail: string): Rejection {
  return { reason, detail };
}

/** UTF-8 length of a string without encoding it (lone surrogates count as 3, as TextEncoder writes them). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (
      c >= 0xd800 &&
      c < 0xdc00 &&
      i + 1 < text.length &&
      (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

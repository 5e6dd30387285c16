// Topic routing: which sensor a message's topic names, and how its payload is to be read (plain, a
// SensorThings Observation, or a device mapping's). Pure; the parser remembers each topic's route.
import { matchMappingTopic, type DeviceMapping } from './device-mapping.ts';

/** What routing needs of the parse options. */
export interface RouteOptions {
  topicPrefix: string;
  datastreams: Readonly<Record<string, string>>;
  mappings: readonly DeviceMapping[];
}

const STA_TOPIC = /^v1\.1\/Datastreams\((.+)\)\/Observations$/;

/** Where a message's topic leads: a sensor by prefix, by SensorThings Datastream, or by device mapping. */
export type Route =
  | { kind: 'prefix'; sensor: string }
  | { kind: 'datastream'; sensor: string }
  | { kind: 'unknown-datastream'; id: string }
  | { kind: 'mapping'; mapping: DeviceMapping; sensor: string };

/** The route of `topic` under these options; null for a topic that is no sensor's. */
export function routeOf(topic: string, options: RouteOptions): Route | null {
  const sta = topic.startsWith('v1.1/') ? STA_TOPIC.exec(topic) : null;
  if (sta) {
    const id = sta[1] ?? '';
    const unquoted = id.replace(/^'(.*)'$/, '$1');
    const sensor = own(options.datastreams, id) ?? own(options.datastreams, unquoted);
    return sensor === undefined ? { kind: 'unknown-datastream', id } : { kind: 'datastream', sensor };
  }
  // The common case next, without a regular expression or a split: `<prefix>/<sensor>[/temperature]`.
  const prefix = options.topicPrefix;
  if (options.mappings.length === 0 && topic.startsWith(prefix) && topic.charCodeAt(prefix.length) === 47) {
    const from = prefix.length + 1;
    const slash = topic.indexOf('/', from);
    const sensor = slash < 0 ? topic.slice(from) : topic.slice(from, slash);
    if (sensor === '') return null;
    if (slash < 0 || (slash === topic.length - 12 && topic.endsWith('/temperature')))
      return { kind: 'prefix', sensor };
    return null;
  }
  for (const mapping of options.mappings) {
    const match = matchMappingTopic(mapping.topic, topic);
    if (match) return { kind: 'mapping', mapping, sensor: match.sensor };
  }
  if (!topic.startsWith(`${prefix}/`)) return null;
  const rest = topic.slice(prefix.length + 1).split('/');
  const sensor = rest[0] ?? '';
  if (sensor === '' || rest.length > 2 || (rest.length === 2 && rest[1] !== 'temperature')) return null;
  return { kind: 'prefix', sensor };
}

function own(record: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

import { brokerSocketUrl, type TwinConfig } from '../core/config.ts';
import { parseMessage, subscriptionTopics } from '../core/sensors/payload.ts';
import type { RegistryEntry } from '../core/sensors/registry.ts';
import { createSensorState, type SensorState } from '../core/sensors/state.ts';
import { createMqttConnection, type ConnectionState } from './mqtt-connection.ts';
import { createMessageRate } from '../core/sensors/rate.ts';

/** The one way sensor data comes in: broker -> client -> parser -> reducer. */
export interface SensorFeed {
  readonly state: SensorState;
  connection(): ConnectionState;
  messagesPerSecond(now: number): number;
  /** Messages received since the start, accepted or not. */
  received(): number;
  dispose(): Promise<void>;
}

/** Options of the feed beyond the twin's config. */
export interface SensorFeedOptions {
  config: TwinConfig;
  registry: readonly RegistryEntry[];
  pageUrl: string;
  onConnection: (state: ConnectionState, detail: string) => void;
  now: () => number;
}

/** Subscribe to the configured topics and feed every message through the parser into the sensor state. */
export function createSensorFeed(options: SensorFeedOptions): SensorFeed {
  const { config } = options;
  const state = createSensorState(options.registry, {
    ttlMs: config.ttl * 1000,
    aggregate: config.aggregate,
  });
  const parse = {
    topicPrefix: config.topicPrefix,
    datastreams: config.datastreams,
    mappings: config.mappings,
  };
  const rate = createMessageRate();
  let received = 0;
  const connection = createMqttConnection({
    url: brokerSocketUrl(config.broker, options.pageUrl),
    username: config.username,
    password: config.password,
    topics: subscriptionTopics(parse),
    onState: options.onConnection,
    onMessage: (topic, payload) => {
      const now = options.now();
      rate.count(now);
      received++;
      const { readings, rejections } = parseMessage(topic, payload, { ...parse, receivedAt: now });
      if (rejections.length > 0) state.reject(rejections);
      if (readings.length > 0) state.apply(readings, now);
    },
  });
  return {
    state,
    connection: () => connection.state(),
    messagesPerSecond: (now) => rate.perSecond(now),
    received: () => received,
    dispose: () => connection.dispose(),
  };
}

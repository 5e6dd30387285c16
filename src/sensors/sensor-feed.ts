import type { TwinConfig } from '../core/config.ts';
import { brokerSocketUrl } from '../core/origins.ts';
import { replayClockTopic, type ReplayClock } from '../core/exhibit/replay-clock.ts';
import type { IngestBatch } from '../core/sensors/ingest.ts';
import { subscriptionTopics } from '../core/sensors/payload.ts';
import type { RegistryEntry } from '../core/sensors/registry.ts';
import type { SensorView } from '../core/sensors/sensor-view.ts';
import type { ConnectionState } from './mqtt-connection.ts';
import { createWorkerFeed, WORKER_FEED_DEFAULTS } from './worker/worker-feed.ts';

/**
 * The one way sensor data comes in: broker -> client -> parser -> reducer, all in a worker; the page reads
 * its copy of the state and takes the colours that changed once per frame.
 */
export interface SensorFeed {
  readonly state: SensorView;
  connection(): ConnectionState;
  messagesPerSecond(now: number): number;
  /** Messages received since the start, accepted or not. */
  received(): number;
  /** How often the worker had to be replaced. */
  restarts(): number;
  /** The shown city's building id per feature index: its colours come in the next batches. */
  showCity(ids: (string | null)[], bounds?: Float64Array): void;
  /** Wash out every building but those far off their neighbours (or not). */
  highlightOutliers(on: boolean): void;
  outliersHighlighted(): boolean;
  /** What changed since the last frame (null if nothing came), and ask for the next. */
  takeBatch(): IngestBatch | null;
  dispose(): Promise<void>;
}

/** Options of the feed beyond the twin's config. */
export interface SensorFeedOptions {
  config: TwinConfig;
  registry: readonly RegistryEntry[];
  pageUrl: string;
  onConnection: (state: ConnectionState, detail: string) => void;
  onRestart: (restarts: number) => void;
  onProblem: (url: string, reason: string) => void;
  /** A replay told its clock (null: it ended). */
  onReplayClock: (clock: ReplayClock | null) => void;
  now: () => number;
}

/** Start the sensor worker on the configured brokers and topics. */
export function createSensorFeed(options: SensorFeedOptions): SensorFeed {
  const { config } = options;
  const parse = {
    topicPrefix: config.topicPrefix,
    datastreams: config.datastreams,
    mappings: config.mappings,
  };
  const feed = createWorkerFeed({
    ...WORKER_FEED_DEFAULTS,
    registry: options.registry,
    ttlMs: config.ttl * 1000,
    aggregate: config.aggregate,
    onConnection: options.onConnection,
    onRestart: options.onRestart,
    onProblem: options.onProblem,
    onReplayClock: options.onReplayClock,
    now: options.now,
    spawn: () => new Worker(new URL('./worker/sensor.worker.ts', import.meta.url), { type: 'module' }),
    init: {
      type: 'init',
      registry: options.registry,
      ingest: {
        parse,
        scale: config.scale,
        scaleMode: config.colourScale,
        state: { ttlMs: config.ttl * 1000, aggregate: config.aggregate },
      },
      brokers: {
        urls: [config.broker, ...config.brokers].map((b) => brokerSocketUrl(b, options.pageUrl)),
        username: config.username,
        password: config.password,
        topics: [...subscriptionTopics(parse), replayClockTopic(config.topicPrefix)],
        sensorThings: config.sensorThings ? new URL(config.sensorThings, options.pageUrl).toString() : '',
        datastreams: Object.keys(config.datastreams),
        replayClock: replayClockTopic(config.topicPrefix),
      },
    },
  });
  return {
    state: feed.state,
    connection: () => feed.connection(),
    messagesPerSecond: () => feed.state.ratePerSecond(),
    received: () => feed.state.received(),
    restarts: () => feed.restarts(),
    showCity: (ids, bounds) => feed.showCity(ids, bounds),
    highlightOutliers: (on) => feed.highlightOutliers(on),
    outliersHighlighted: () => feed.outliersHighlighted(),
    takeBatch: () => feed.takeBatch(),
    dispose: async () => feed.dispose(),
  };
}

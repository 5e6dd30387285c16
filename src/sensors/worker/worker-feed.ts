import type { ReplayClock } from '../../core/exhibit/replay-clock.ts';
import type { IngestBatch } from '../../core/sensors/ingest.ts';
import { createSensorView } from '../../core/sensors/sensor-view.ts';
import type { RegistryEntry } from '../../core/sensors/registry.ts';
import type { SensorView } from '../../core/sensors/sensor-view.ts';
import type { ConnectionState } from '../mqtt-connection.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

/** What starts a worker: the registry and the init message (sent again to a restarted worker). */
export interface WorkerFeedOptions {
  registry: readonly RegistryEntry[];
  init: Extract<ToWorker, { type: 'init' }>;
  ttlMs: number;
  aggregate: 'mean' | 'max' | 'min';
  onConnection: (state: ConnectionState, detail: string) => void;
  /** Called for each source the worker could not read. */
  onProblem: (url: string, reason: string) => void;
  /** Called when a replay tells its clock (null: the replay ended). */
  onReplayClock: (clock: ReplayClock | null) => void;
  /** Called after a worker that died or stopped answering was replaced. */
  onRestart: (restarts: number) => void;
  /** Make a worker; the default is the bundled sensor worker. */
  spawn: () => Worker;
  /** A pull unanswered this long means the worker is gone. */
  watchdogMs: number;
  now: () => number;
}

/** The page's end of the sensor worker: its copy of the state, and the batch of the last pull. */
export interface WorkerFeed {
  readonly state: SensorView;
  connection(): ConnectionState;
  restarts(): number;
  /** The shown city's building id per feature index; colours follow for these features. */
  showCity(ids: (string | null)[], bounds?: Float64Array): void;
  /** Wash out every building but those far off their neighbours (or not). */
  highlightOutliers(on: boolean): void;
  outliersHighlighted(): boolean;
  /** The batch that arrived since the last call (null if none), and ask for the next; once per frame. */
  takeBatch(): IngestBatch | null;
  dispose(): void;
}

/** Ten seconds: far longer than the worker takes for any batch, short enough for a visitor to see it recover. */
export const WORKER_FEED_DEFAULTS = { watchdogMs: 10_000 };

/** Start the worker and keep it running: a worker that dies or hangs is replaced, and says so. */
export function createWorkerFeed(options: WorkerFeedOptions): WorkerFeed {
  const state = createSensorView(options.registry, { ttlMs: options.ttlMs, aggregate: options.aggregate });
  let connection: ConnectionState = 'connecting';
  let detail = '';
  let restarts = 0;
  let city: (string | null)[] | null = null;
  let cityBounds: Float64Array | undefined;
  let highlight = false;
  // Each city shown gets a number; a batch coloured for an earlier one is dropped.
  let cityNumber = 0;
  let ready: IngestBatch | null = null;
  let pulledAt: number | null = null;
  let worker: Worker;

  const post = (message: ToWorker): void => worker.postMessage(message);
  const start = (): void => {
    worker = options.spawn();
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      if (event.data.type === 'replay') return options.onReplayClock(event.data.clock);
      const { batch, histories } = event.data;
      pulledAt = null;
      state.apply(batch);
      state.takeHistories(histories);
      for (const p of event.data.problems) options.onProblem(p.url, p.reason);
      if (event.data.connection !== connection || event.data.detail !== detail) {
        connection = event.data.connection;
        detail = event.data.detail;
        options.onConnection(connection, event.data.detail);
      }
      ready = event.data.city === cityNumber ? merge(ready, batch) : ready;
    };
    worker.onerror = (event) => {
      // The error is the worker's to report; the page replaces it and goes on.
      event.preventDefault();
      restart();
    };
    post(options.init);
    if (city) post({ type: 'features', ids: city, city: cityNumber, bounds: cityBounds });
    if (highlight) post({ type: 'highlight', on: true });
  };
  const restart = (): void => {
    worker.terminate();
    pulledAt = null;
    restarts++;
    state.rebase();
    start();
    options.onRestart(restarts);
  };
  start();
  return {
    state,
    connection: () => connection,
    restarts: () => restarts,
    highlightOutliers(on) {
      highlight = on;
      post({ type: 'highlight', on });
    },
    outliersHighlighted: () => highlight,
    showCity(ids, bounds) {
      city = ids;
      cityBounds = bounds;
      cityNumber++;
      ready = null;
      post({ type: 'features', ids, city: cityNumber, bounds });
    },
    takeBatch() {
      const now = options.now();
      if (pulledAt !== null && now - pulledAt > options.watchdogMs) restart();
      if (pulledAt === null) {
        pulledAt = now;
        post({ type: 'pull', history: state.takeWanted() });
      }
      const batch = ready;
      ready = null;
      return batch;
    },
    dispose: () => worker.terminate(),
  };
}

/** Two batches not yet applied, as one (the later colour wins where both name a feature). */
function merge(first: IngestBatch | null, second: IngestBatch): IngestBatch {
  if (!first || first.features.length === 0) return second;
  const features = new Int32Array(first.features.length + second.features.length);
  features.set(first.features);
  features.set(second.features, first.features.length);
  const colours = new Uint8Array(features.length * 4);
  colours.set(first.colours);
  colours.set(second.colours, first.colours.length);
  return { ...second, features, colours };
}

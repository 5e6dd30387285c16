import type { ReplayClock } from '../../core/exhibit/replay-clock.ts';
import type { HistorySample } from '../../core/sensors/history-rings.ts';
import type { IngestBatch, IngestOptions } from '../../core/sensors/ingest.ts';
import type { RegistryEntry } from '../../core/sensors/registry.ts';
import type { ConnectionState } from '../mqtt-connection.ts';

/** How the worker reaches the brokers: every URL in turn, one account, the topics to subscribe. */
export interface WorkerBrokers {
  urls: string[];
  username: string;
  password: string;
  topics: string[];
  /** SensorThings base URL for the backfill on start ('' for none), and the Datastream ids to fetch. */
  sensorThings: string;
  datastreams: string[];
  /** The topic a replay tells its clock on ('' for none): read beside the readings, never as one. */
  replayClock: string;
}

/** Page -> worker: start, the shown city's features, and a request for the next batch (one at a time). */
export type ToWorker =
  | {
      type: 'init';
      registry: readonly RegistryEntry[];
      ingest: Pick<IngestOptions, 'parse' | 'scale' | 'scaleMode' | 'state'>;
      brokers: WorkerBrokers;
    }
  /** `city` numbers the cities shown, so that a batch coloured for an earlier one can be told apart. */
  | { type: 'features'; ids: (string | null)[]; city: number; bounds?: Float64Array }
  | { type: 'highlight'; on: boolean }
  | { type: 'pull'; history: string[] };

/** Worker -> page: a batch, or a replay's clock (null: the replay ended) as soon as it arrives. */
export type FromWorker = WorkerBatch | { type: 'replay'; clock: ReplayClock | null };

/** What changed since the last pull, with the broker's state and any histories asked for. */
export interface WorkerBatch {
  type: 'batch';
  batch: IngestBatch;
  /** The `city` of the features its colours are for. */
  city: number;
  connection: ConnectionState;
  detail: string;
  histories: Record<string, HistorySample[]>;
  /** What could not be read since the last batch (SensorThings requests), for a notice. */
  problems: { url: string; reason: string }[];
}

/** The buffers of a batch that move to the page instead of being copied. */
export function transferables(batch: IngestBatch): ArrayBuffer[] {
  return [batch.features, batch.colours, batch.sensors, batch.celsius, batch.times].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

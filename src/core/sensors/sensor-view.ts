import type { HistorySample } from './history-rings.ts';
import type { IngestBatch, ShownScale } from './ingest.ts';
import { REJECT_REASONS, emptyRejectCounts } from './reading.ts';
import type { RegistryEntry } from './registry.ts';
import { createSensorReader, type SensorReader } from './sensor-read.ts';
import { createSensorTable, type Aggregate, type SensorTable } from './sensor-table.ts';

/** The page's copy of the worker's state, kept up to date by its batches; read without waiting for the worker. */
export interface SensorView extends SensorReader {
  readonly table: SensorTable;
  /** Take a batch's new sensor values and figures (the colours go to the texture, not here). */
  apply(batch: IngestBatch): void;
  /** A new worker counts from zero: add what the old one had counted to everything it reports. */
  rebase(): void;
  /** Keep histories the worker sent; `history()` answers from them. */
  takeHistories(histories: Readonly<Record<string, HistorySample[]>>): void;
  /** Sensors whose history was asked for since the last call (the worker is asked for them next). */
  takeWanted(): string[];
  received(): number;
  ratePerSecond(): number;
  /** The scale and distribution of the last batch; null before the first. */
  scale(): ShownScale | null;
  histogram(): Uint32Array;
  /** Buildings far off their neighbours, as of the last batch. */
  outliers(): number;
}

/** Options of the page's copy: the same TTL and aggregation as the worker's reducer. */
export interface SensorViewOptions {
  ttlMs: number;
  aggregate: Aggregate;
}

/** Create the page's copy of the sensor state for a registry. */
export function createSensorView(registry: readonly RegistryEntry[], options: SensorViewOptions): SensorView {
  const table = createSensorTable(registry);
  let rejectedBy = emptyRejectCounts();
  let baseRejected = emptyRejectCounts();
  let received = 0;
  let baseReceived = 0;
  let rate = 0;
  let scale: ShownScale | null = null;
  let bins: Uint32Array = new Uint32Array(0);
  let outliers = 0;
  const histories = new Map<string, HistorySample[]>();
  const wanted = new Set<string>();
  const reader = createSensorReader({
    table,
    ...options,
    rejectedBy: () => rejectedBy,
    history: (i) => {
      const id = table.entries[i]!.sensor;
      wanted.add(id);
      return histories.get(id) ?? [];
    },
  });
  return {
    ...reader,
    table,
    apply(batch) {
      for (let k = 0; k < batch.sensors.length; k++) {
        const i = batch.sensors[k]!;
        table.celsius[i] = batch.celsius[k]!;
        table.time[i] = batch.times[k]!;
      }
      rejectedBy = { ...batch.rejectedBy };
      for (const reason of REJECT_REASONS) rejectedBy[reason] += baseRejected[reason];
      received = baseReceived + batch.received;
      rate = batch.ratePerSecond;
      scale = batch.scale;
      bins = batch.histogram;
      outliers = batch.outliers;
    },
    rebase() {
      baseRejected = { ...rejectedBy };
      baseReceived = received;
    },
    takeHistories(next) {
      for (const [id, samples] of Object.entries(next)) histories.set(id, samples);
    },
    takeWanted() {
      const list = [...wanted];
      wanted.clear();
      return list;
    },
    received: () => received,
    ratePerSecond: () => rate,
    scale: () => scale,
    histogram: () => bins,
    outliers: () => outliers,
  };
}

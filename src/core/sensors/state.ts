import { emptyRejectCounts, type Reading, type RejectReason, type Rejection } from './reading.ts';
import type { RegistryEntry } from './registry.ts';
import { createHistoryRings, HISTORY_RINGS_DEFAULTS } from './history-rings.ts';
import { createSensorReader, type SensorReader } from './sensor-read.ts';
import {
  NONE,
  aggregateBuilding,
  createSensorTable,
  type Aggregate,
  type SensorTable,
  type Shown,
} from './sensor-table.ts';

export type { LiveState } from './sensor-table.ts';
export type { BuildingReading, SensorCounts, SensorSummary } from './sensor-read.ts';

/** How the reducer judges readings: time-to-live, aggregation per building, history, clock skew, physical range. */
export interface SensorStateOptions {
  ttlMs: number;
  aggregate: Aggregate;
  /** Readings kept per sensor (ring buffer). */
  historyLength: number;
  /** Readings kept over all sensors together, so that memory stays bounded at any registry size. */
  historyTotal: number;
  maxClockSkewMs: number;
  minCelsius: number;
  maxCelsius: number;
}

/** Five minutes TTL, mean, an hour at one reading per 10 s, 30 s skew, -60..80 °C. */
export const SENSOR_STATE_DEFAULTS: SensorStateOptions = {
  ttlMs: 300_000,
  aggregate: 'mean',
  historyLength: HISTORY_RINGS_DEFAULTS.perSensor,
  historyTotal: HISTORY_RINGS_DEFAULTS.totalSamples,
  maxClockSkewMs: 30_000,
  minCelsius: -60,
  maxCelsius: 80,
};

/** The reducer over all readings; state changes only through `apply` and `reject`. */
export interface SensorState extends SensorReader {
  /** The sensors by index, with their last values. */
  readonly table: SensorTable;
  /** Validate and take readings; rejects unknown sensor, future time, out-of-order and out-of-range, counting each. */
  apply(readings: readonly Reading[], now: number): void;
  /** Validate and take one reading (as apply, without a list). */
  applyOne(sensorId: string, celsius: number, time: number, now: number): void;
  /** Count rejections the parser made. */
  reject(rejections: readonly Rejection[]): void;
  /** Buildings whose shown value or live/stale state changed since the last call, TTL expiry included. */
  takeChangedBuildings(now: number): string[];
  /** As takeChangedBuildings, by building index; the view is valid until the next call. */
  takeChanged(now: number): Int32Array;
  /** Sensors that took a reading since the last call, by index; the view is valid until the next call. */
  takeChangedSensors(): Int32Array;
  /** What building `b` shows now, as of the last takeChanged. */
  shown(b: number): Readonly<Shown>;
  /** Rejections so far, by reason. */
  rejectedBy(): Readonly<Record<RejectReason, number>>;
  /** Bytes the typed arrays hold (histories included). */
  bytes(): number;
}

/** Create the reducer for a registry (the first entry wins for a duplicate sensor id). */
export function createSensorState(
  registry: readonly RegistryEntry[],
  options: Partial<SensorStateOptions> = {},
): SensorState {
  const o: SensorStateOptions = { ...SENSOR_STATE_DEFAULTS, ...options };
  const table = createSensorTable(registry);
  const n = table.entries.length;
  const buildings = table.buildingIds.length;
  const rings = createHistoryRings(n, { perSensor: o.historyLength, totalSamples: o.historyTotal });
  const rejected = emptyRejectCounts();
  // Dirty sets as a flag per index and a queue of the flagged ones: no allocation per reading.
  const dirtyFlag = new Uint8Array(buildings);
  const dirty = new Int32Array(buildings);
  let dirtyCount = 0;
  const changed = new Int32Array(buildings);
  const sensorFlag = new Uint8Array(n);
  const sensorQueue = new Int32Array(n);
  let sensorCount = 0;
  const shownCelsius = new Float64Array(buildings).fill(Number.NaN);
  const shownState = new Uint8Array(buildings).fill(NONE);
  const next: Shown = { celsius: 0, state: NONE };
  const out: Shown = { celsius: 0, state: NONE };
  // A lower bound on when the next live sensor turns stale; no scan for expiry before it.
  let nextExpiry = Infinity;
  let lastScan = -Infinity;

  const markBuilding = (b: number): void => {
    if (dirtyFlag[b]) return;
    dirtyFlag[b] = 1;
    dirty[dirtyCount++] = b;
  };
  const take = (now: number): Int32Array => {
    if (now > nextExpiry) {
      // Sensors that were live at the last scan and are stale now: expiry in [lastScan, now).
      nextExpiry = Infinity;
      for (let i = 0; i < n; i++) {
        const expiry = table.time[i]! + o.ttlMs;
        if (expiry >= now) nextExpiry = Math.min(nextExpiry, expiry);
        else if (expiry >= lastScan) markBuilding(table.buildingOf[i]!);
      }
      lastScan = now;
    }
    let count = 0;
    for (let k = 0; k < dirtyCount; k++) {
      const b = dirty[k]!;
      dirtyFlag[b] = 0;
      aggregateBuilding(table, b, now, o.ttlMs, o.aggregate, next);
      const same =
        shownState[b] === next.state &&
        (shownCelsius[b] === next.celsius || (Number.isNaN(shownCelsius[b]!) && Number.isNaN(next.celsius)));
      if (same) continue;
      shownCelsius[b] = next.celsius;
      shownState[b] = next.state;
      changed[count++] = b;
    }
    dirtyCount = 0;
    return changed.subarray(0, count);
  };

  const reader = createSensorReader({
    table,
    ttlMs: o.ttlMs,
    aggregate: o.aggregate,
    rejectedBy: () => rejected,
    history: (i) => rings.read(i),
  });
  return {
    ...reader,
    table,
    apply(readings, now) {
      for (const r of readings) this.applyOne(r.sensorId, r.celsius, r.time, now);
    },
    applyOne(sensorId, celsius, time, now) {
      const i = table.sensorIndex.get(sensorId);
      if (i === undefined) rejected['unknown-sensor']++;
      else if (!Number.isFinite(celsius) || !Number.isFinite(time)) rejected['not-finite']++;
      else if (celsius < o.minCelsius || celsius > o.maxCelsius) rejected['out-of-range']++;
      else if (time > now + o.maxClockSkewMs) rejected['future-time']++;
      else if (time <= table.time[i]!) {
        // The same reading again (a retained message after a reconnect) is not an error.
        if (!(time === table.time[i] && celsius === table.celsius[i])) rejected['out-of-order']++;
      } else {
        table.celsius[i] = celsius;
        table.time[i] = time;
        rings.push(i, time, celsius);
        markBuilding(table.buildingOf[i]!);
        if (!sensorFlag[i]) {
          sensorFlag[i] = 1;
          sensorQueue[sensorCount++] = i;
        }
        if (time + o.ttlMs < nextExpiry && time + o.ttlMs >= now) nextExpiry = time + o.ttlMs;
      }
    },
    reject(rejections) {
      for (const r of rejections) rejected[r.reason]++;
    },
    takeChanged: take,
    takeChangedBuildings: (now) => Array.from(take(now), (b) => table.buildingIds[b]!),
    takeChangedSensors() {
      const view = sensorQueue.subarray(0, sensorCount);
      for (let k = 0; k < sensorCount; k++) sensorFlag[sensorQueue[k]!] = 0;
      sensorCount = 0;
      return view;
    },
    shown(b) {
      out.celsius = shownCelsius[b] ?? Number.NaN;
      out.state = shownState[b] ?? NONE;
      return out;
    },
    rejectedBy: () => rejected,
    bytes: () =>
      rings.bytes + n * (8 + 8 + 4 + 4 + 1 + 4) + buildings * (4 + 1 + 4 + 4 + 8 + 1) + 4 * (buildings + 1),
  };
}

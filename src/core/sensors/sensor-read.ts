import type { RejectReason } from './reading.ts';
import {
  NONE,
  aggregateBuilding,
  countLive,
  liveStateName,
  sensorLiveState,
  type Aggregate,
  type LiveState,
  type SensorTable,
  type Shown,
} from './sensor-table.ts';
import type { HistorySample } from './history-rings.ts';

/** One sensor as the HUD and info panel show it. */
export interface SensorSummary {
  sensorId: string;
  buildingId: string;
  label: string;
  unit: string;
  celsius: number | null;
  time: number | null;
  state: LiveState;
}

/** What a building shows: the aggregate of its live sensors (or, when stale, of its last values). */
export interface BuildingReading {
  celsius: number | null;
  state: LiveState;
  /** Empty when the building has no sensor at all ("no sensor" in the legend). */
  sensors: SensorSummary[];
}

/** Sensor counts and rejections per reason. */
export interface SensorCounts {
  known: number;
  live: number;
  stale: number;
  rejected: number;
  rejectedBy: Record<RejectReason, number>;
}

/** What the HUD, the info panel and the automation handle read: the same questions in the worker and the page. */
export interface SensorReader {
  building(buildingId: string, now: number): BuildingReading;
  sensors(now: number): SensorSummary[];
  counts(now: number): SensorCounts;
  /** A sensor's recent readings, oldest first. */
  history(sensorId: string): HistorySample[];
  /** Every building that has at least one sensor in the registry. */
  buildingIds(): string[];
}

/** How a reader judges the table, and where rejections and histories come from. */
export interface SensorReaderSource {
  table: SensorTable;
  ttlMs: number;
  aggregate: Aggregate;
  rejectedBy(): Record<RejectReason, number>;
  history(sensor: number): HistorySample[];
}

/** Answer the reader's questions from a table (the reducer's own, or the page's copy of it). */
export function createSensorReader(source: SensorReaderSource): SensorReader {
  const { table, ttlMs, aggregate } = source;
  const scratch: Shown = { celsius: 0, state: NONE };
  const summary = (i: number, now: number): SensorSummary => {
    const entry = table.entries[i]!;
    const state = sensorLiveState(table, i, now, ttlMs);
    return {
      sensorId: entry.sensor,
      buildingId: entry.building,
      label: entry.label,
      unit: entry.unit,
      celsius: state === NONE ? null : table.celsius[i]!,
      time: state === NONE ? null : table.time[i]!,
      state: liveStateName(state),
    };
  };
  return {
    building(buildingId, now) {
      const b = table.buildingIndex.get(buildingId);
      if (b === undefined) return { celsius: null, state: 'none', sensors: [] };
      aggregateBuilding(table, b, now, ttlMs, aggregate, scratch);
      const sensors: SensorSummary[] = [];
      for (let k = table.memberStart[b]!; k < table.memberStart[b + 1]!; k++)
        sensors.push(summary(table.members[k]!, now));
      return {
        celsius: scratch.state === NONE ? null : scratch.celsius,
        state: liveStateName(scratch.state),
        sensors,
      };
    },
    sensors: (now) => table.entries.map((_, i) => summary(i, now)),
    counts(now) {
      const rejectedBy = { ...source.rejectedBy() };
      const rejected = Object.values(rejectedBy).reduce((a, b) => a + b, 0);
      return { known: table.entries.length, ...countLive(table, now, ttlMs), rejected, rejectedBy };
    },
    history(sensorId) {
      const i = table.sensorIndex.get(sensorId);
      return i === undefined ? [] : source.history(i);
    },
    buildingIds: () => [...table.buildingIds],
  };
}

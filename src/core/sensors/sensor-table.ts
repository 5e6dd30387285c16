import type { RegistryEntry } from './registry.ts';

/** Live: a reading within the TTL; stale: only older readings; none: never a reading. */
export type LiveState = 'live' | 'stale' | 'none';

/** Live, stale and none as small numbers, for typed arrays. */
export const LIVE = 0;
/** See {@link LIVE}. */
export const STALE = 1;
/** See {@link LIVE}. */
export const NONE = 2;
const NAMES: readonly LiveState[] = ['live', 'stale', 'none'];

/** The state name of {@link LIVE}, {@link STALE} or {@link NONE}. */
export const liveStateName = (code: number): LiveState => NAMES[code] ?? 'none';

/**
 * Every sensor and building of a registry by index, and each sensor's last value in typed arrays: the same
 * layout in the worker's reducer and in the page's copy of it, so that batches name sensors by index.
 */
export interface SensorTable {
  /** One entry per sensor id, the first entry winning for a duplicate. */
  readonly entries: readonly RegistryEntry[];
  readonly sensorIndex: ReadonlyMap<string, number>;
  /** Every building that has at least one sensor, in registry order. */
  readonly buildingIds: readonly string[];
  readonly buildingIndex: ReadonlyMap<string, number>;
  /** Sensor index -> building index. */
  readonly buildingOf: Int32Array;
  /** Building b's sensors are members[memberStart[b] .. memberStart[b + 1]). */
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
  /** Last value in °C per sensor (NaN before the first). */
  readonly celsius: Float64Array;
  /** Time of the last value per sensor, epoch ms (-Infinity before the first). */
  readonly time: Float64Array;
}

/** Index a registry; every sensor starts without a value. */
export function createSensorTable(registry: readonly RegistryEntry[]): SensorTable {
  const entries: RegistryEntry[] = [];
  const sensorIndex = new Map<string, number>();
  const buildingIds: string[] = [];
  const buildingIndex = new Map<string, number>();
  for (const entry of registry) {
    if (sensorIndex.has(entry.sensor)) continue;
    sensorIndex.set(entry.sensor, entries.length);
    entries.push(entry);
    if (!buildingIndex.has(entry.building)) {
      buildingIndex.set(entry.building, buildingIds.length);
      buildingIds.push(entry.building);
    }
  }
  const buildingOf = new Int32Array(entries.length);
  const memberStart = new Int32Array(buildingIds.length + 1);
  entries.forEach((entry, i) => {
    const b = buildingIndex.get(entry.building) ?? 0;
    buildingOf[i] = b;
    memberStart[b + 1]!++;
  });
  for (let b = 0; b < buildingIds.length; b++) memberStart[b + 1]! += memberStart[b]!;
  const members = new Int32Array(entries.length);
  const fill = memberStart.slice(0, buildingIds.length);
  for (let i = 0; i < entries.length; i++) members[fill[buildingOf[i]!]!++] = i;
  const time = new Float64Array(entries.length).fill(-Infinity);
  const celsius = new Float64Array(entries.length).fill(Number.NaN);
  return {
    entries,
    sensorIndex,
    buildingIds,
    buildingIndex,
    buildingOf,
    memberStart,
    members,
    celsius,
    time,
  };
}

/** A sensor's state now: live within `ttlMs` of its last reading. */
export function sensorLiveState(table: SensorTable, sensor: number, now: number, ttlMs: number): number {
  const time = table.time[sensor]!;
  return time === -Infinity ? NONE : now - time <= ttlMs ? LIVE : STALE;
}

/** How several sensors on one building are combined. */
export type Aggregate = 'mean' | 'max' | 'min';

/** The value and state a building shows; written into by {@link aggregateBuilding}. */
export interface Shown {
  celsius: number;
  state: number;
}

/**
 * What building `b` shows: the aggregate of its live sensors, or of its last values when all are stale
 * (NaN and {@link NONE} without any value). Writes into `out` so that a frame allocates nothing.
 */
export function aggregateBuilding(
  table: SensorTable,
  b: number,
  now: number,
  ttlMs: number,
  aggregate: Aggregate,
  out: Shown,
): Shown {
  const start = table.memberStart[b]!;
  const end = table.memberStart[b + 1]!;
  let live = 0;
  let any = 0;
  for (let k = start; k < end; k++) {
    const state = sensorLiveState(table, table.members[k]!, now, ttlMs);
    if (state === LIVE) live++;
    if (state !== NONE) any++;
  }
  out.state = any === 0 ? NONE : live > 0 ? LIVE : STALE;
  if (any === 0) {
    out.celsius = Number.NaN;
    return out;
  }
  let result = aggregate === 'max' ? -Infinity : aggregate === 'min' ? Infinity : 0;
  for (let k = start; k < end; k++) {
    const s = table.members[k]!;
    const state = sensorLiveState(table, s, now, ttlMs);
    if (state === NONE || (live > 0 && state !== LIVE)) continue;
    const c = table.celsius[s]!;
    result =
      aggregate === 'max' ? Math.max(result, c) : aggregate === 'min' ? Math.min(result, c) : result + c;
  }
  out.celsius = aggregate === 'mean' ? result / (live > 0 ? live : any) : result;
  return out;
}

/** Live and stale sensors now, counted over the table. */
export function countLive(table: SensorTable, now: number, ttlMs: number): { live: number; stale: number } {
  let live = 0;
  let stale = 0;
  for (let i = 0; i < table.entries.length; i++) {
    const state = sensorLiveState(table, i, now, ttlMs);
    if (state === LIVE) live++;
    else if (state === STALE) stale++;
  }
  return { live, stale };
}

import { emptyRejectCounts, type Reading, type RejectReason, type Rejection } from './reading.ts';
import type { RegistryEntry } from './registry.ts';
import { RingBuffer } from './ring-buffer.ts';

/** How the reducer judges readings: time-to-live, aggregation per building, history, clock skew, physical range. */
export interface SensorStateOptions {
  ttlMs: number;
  aggregate: 'mean' | 'max' | 'min';
  /** Readings kept per sensor (ring buffer). */
  historyLength: number;
  maxClockSkewMs: number;
  minCelsius: number;
  maxCelsius: number;
}

/** Five minutes TTL, mean, an hour at one reading per 10 s, 30 s skew, -60..80 °C. */
export const SENSOR_STATE_DEFAULTS: SensorStateOptions = {
  ttlMs: 300_000,
  aggregate: 'mean',
  historyLength: 360,
  maxClockSkewMs: 30_000,
  minCelsius: -60,
  maxCelsius: 80,
};

/** Live: a reading within the TTL; stale: only older readings; none: never a reading. */
export type LiveState = 'live' | 'stale' | 'none';

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

/** The reducer over all readings; state changes only through `apply` and `reject`. */
export interface SensorState {
  /** Validate and take readings; rejects unknown sensor, future time, out-of-order and out-of-range, counting each. */
  apply(readings: readonly Reading[], now: number): void;
  /** Count rejections the parser made. */
  reject(rejections: readonly Rejection[]): void;
  building(buildingId: string, now: number): BuildingReading;
  /** Buildings whose shown value or live/stale state changed since the last call, TTL expiry included. */
  takeChangedBuildings(now: number): string[];
  sensors(now: number): SensorSummary[];
  counts(now: number): SensorCounts;
  /** A sensor's recent readings, oldest first. */
  history(sensorId: string): { time: number; celsius: number }[];
  /** Every building that has at least one sensor in the registry. */
  buildingIds(): string[];
}

interface Slot {
  entry: RegistryEntry;
  celsius: number;
  time: number;
  history: RingBuffer | null;
}

/** Create the reducer for a registry (the first entry wins for a duplicate sensor id). */
export function createSensorState(
  registry: readonly RegistryEntry[],
  options: Partial<SensorStateOptions> = {},
): SensorState {
  const o: SensorStateOptions = { ...SENSOR_STATE_DEFAULTS, ...options };
  const slots = new Map<string, Slot>();
  const byBuilding = new Map<string, Slot[]>();
  for (const entry of registry) {
    if (slots.has(entry.sensor)) continue;
    const slot: Slot = { entry, celsius: NaN, time: -Infinity, history: null };
    slots.set(entry.sensor, slot);
    const list = byBuilding.get(entry.building) ?? [];
    list.push(slot);
    byBuilding.set(entry.building, list);
  }
  const rejectedBy = emptyRejectCounts();
  let rejected = 0;
  const dirty = new Set<string>();
  const shown = new Map<string, { celsius: number | null; state: LiveState }>();
  // A lower bound on when the next live sensor turns stale; no scan for expiry before it.
  let nextExpiry = Infinity;
  let lastScan = -Infinity;

  const count = (reason: RejectReason): void => {
    rejectedBy[reason]++;
    rejected++;
  };
  const stateOf = (slot: Slot, now: number): LiveState =>
    slot.time === -Infinity ? 'none' : now - slot.time <= o.ttlMs ? 'live' : 'stale';
  const summary = (slot: Slot, now: number): SensorSummary => {
    const state = stateOf(slot, now);
    return {
      sensorId: slot.entry.sensor,
      buildingId: slot.entry.building,
      label: slot.entry.label,
      unit: slot.entry.unit,
      celsius: state === 'none' ? null : slot.celsius,
      time: state === 'none' ? null : slot.time,
      state,
    };
  };
  const aggregateOf = (list: readonly Slot[], now: number): { celsius: number | null; state: LiveState } => {
    let live = 0;
    let any = 0;
    for (const slot of list) {
      const state = stateOf(slot, now);
      if (state === 'live') live++;
      if (state !== 'none') any++;
    }
    if (any === 0) return { celsius: null, state: 'none' };
    const useLive = live > 0;
    let result = o.aggregate === 'max' ? -Infinity : o.aggregate === 'min' ? Infinity : 0;
    for (const slot of list) {
      const state = stateOf(slot, now);
      if (state === 'none' || (useLive && state !== 'live')) continue;
      if (o.aggregate === 'max') result = Math.max(result, slot.celsius);
      else if (o.aggregate === 'min') result = Math.min(result, slot.celsius);
      else result += slot.celsius;
    }
    if (o.aggregate === 'mean') result /= useLive ? live : any;
    return { celsius: result, state: useLive ? 'live' : 'stale' };
  };

  return {
    apply(readings, now) {
      for (const reading of readings) {
        const slot = slots.get(reading.sensorId);
        if (!slot) {
          count('unknown-sensor');
          continue;
        }
        const { celsius, time } = reading;
        if (!Number.isFinite(celsius) || !Number.isFinite(time)) {
          count('not-finite');
          continue;
        }
        if (celsius < o.minCelsius || celsius > o.maxCelsius) {
          count('out-of-range');
          continue;
        }
        if (time > now + o.maxClockSkewMs) {
          count('future-time');
          continue;
        }
        if (time <= slot.time) {
          // The same reading again (a retained message after a reconnect) is not an error.
          if (!(time === slot.time && celsius === slot.celsius)) count('out-of-order');
          continue;
        }
        slot.celsius = celsius;
        slot.time = time;
        slot.history ??= new RingBuffer(o.historyLength);
        slot.history.push(time, celsius);
        dirty.add(slot.entry.building);
        if (time + o.ttlMs < nextExpiry && time + o.ttlMs >= now) nextExpiry = time + o.ttlMs;
      }
    },
    reject(rejections) {
      for (const r of rejections) count(r.reason);
    },
    building(buildingId, now) {
      const list = byBuilding.get(buildingId) ?? [];
      return { ...aggregateOf(list, now), sensors: list.map((slot) => summary(slot, now)) };
    },
    takeChangedBuildings(now) {
      if (now > nextExpiry) {
        // Sensors that were live at the last scan and are stale now: expiry in [lastScan, now).
        nextExpiry = Infinity;
        for (const slot of slots.values()) {
          const expiry = slot.time + o.ttlMs;
          if (expiry >= now) nextExpiry = Math.min(nextExpiry, expiry);
          else if (expiry >= lastScan) dirty.add(slot.entry.building);
        }
        lastScan = now;
      }
      const changed: string[] = [];
      for (const id of dirty) {
        const next = aggregateOf(byBuilding.get(id) ?? [], now);
        const before = shown.get(id) ?? { celsius: null, state: 'none' };
        if (before.celsius !== next.celsius || before.state !== next.state) {
          shown.set(id, next);
          changed.push(id);
        }
      }
      dirty.clear();
      return changed;
    },
    sensors(now) {
      return [...slots.values()].map((slot) => summary(slot, now));
    },
    counts(now) {
      let live = 0;
      let stale = 0;
      for (const slot of slots.values()) {
        const state = stateOf(slot, now);
        if (state === 'live') live++;
        else if (state === 'stale') stale++;
      }
      return { known: slots.size, live, stale, rejected, rejectedBy: { ...rejectedBy } };
    },
    history(sensorId) {
      return slots.get(sensorId)?.history?.toArray() ?? [];
    },
    buildingIds() {
      return [...byBuilding.keys()];
    },
  };
}

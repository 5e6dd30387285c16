import type { BuildingRecord } from './building-table.ts';
import type { BuildingReading, LiveState } from '../sensors/state.ts';
import { sparkline, type Sparkline, type SparkSample, type SparklineOptions } from '../colour/sparkline.ts';

/** How long ago, in the largest whole unit that fits. */
export interface Age {
  value: number;
  unit: 's' | 'min' | 'h' | 'd';
}

/** One sensor line of the info panel. */
export interface SensorLine {
  sensorId: string;
  label: string;
  celsius: number | null;
  state: LiveState;
  age: Age | null;
}

/** What the info panel shows about a building, in plain values (text is formatted by the panel). */
export interface BuildingView {
  id: string;
  name: string;
  address: string;
  celsius: number | null;
  state: LiveState;
  /** Age of the newest reading among the building's sensors. */
  age: Age | null;
  sensors: SensorLine[];
  /** The last hour of the building's first sensor with history (or of all sensors, averaged by time slot). */
  spark: Sparkline;
}

/** Split a duration into a readable unit: 12 s, 3 min, 2 h, 4 d. */
export function ageOf(ms: number): Age {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 120) return { value: s, unit: 's' };
  if (s < 7200) return { value: Math.floor(s / 60), unit: 'min' };
  if (s < 172_800) return { value: Math.floor(s / 3600), unit: 'h' };
  return { value: Math.floor(s / 86_400), unit: 'd' };
}

/** Merge several sensors' histories into one series (the mean per timestamp), oldest first. */
export function mergeHistories(histories: readonly (readonly SparkSample[])[]): SparkSample[] {
  if (histories.length === 1) return [...histories[0]!];
  const byTime = new Map<number, { sum: number; n: number }>();
  for (const history of histories)
    for (const s of history) {
      const slot = byTime.get(s.time) ?? { sum: 0, n: 0 };
      slot.sum += s.celsius;
      slot.n++;
      byTime.set(s.time, slot);
    }
  return [...byTime.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([time, { sum, n }]) => ({ time, celsius: sum / n }));
}

/** Describe a building for the panels from its record, its reading and its sensors' histories. */
export function describeBuilding(
  record: BuildingRecord,
  reading: BuildingReading,
  history: (sensorId: string) => readonly SparkSample[],
  now: number,
  spark: Partial<SparklineOptions> = {},
): BuildingView {
  let newest = -Infinity;
  const sensors = reading.sensors.map((s): SensorLine => {
    if (s.time !== null) newest = Math.max(newest, s.time);
    return {
      sensorId: s.sensorId,
      label: s.label || s.sensorId,
      celsius: s.celsius,
      state: s.state,
      age: s.time === null ? null : ageOf(now - s.time),
    };
  });
  const series = mergeHistories(reading.sensors.map((s) => history(s.sensorId)));
  return {
    id: record.id,
    name: record.name || record.id,
    address: record.address,
    celsius: reading.celsius,
    state: reading.state,
    age: newest === -Infinity ? null : ageOf(now - newest),
    sensors,
    spark: sparkline(series, now, spark),
  };
}

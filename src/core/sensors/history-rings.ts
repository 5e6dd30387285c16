/** Options of the per-sensor histories: readings kept per sensor, and a bound on all of them together. */
export interface HistoryRingsOptions {
  perSensor: number;
  /** Samples kept over all sensors: at 100,000 sensors the history per sensor shrinks rather than memory grows. */
  totalSamples: number;
}

/** An hour at one reading per 10 s; 1.5 million samples in all (24 MB). */
export const HISTORY_RINGS_DEFAULTS: HistoryRingsOptions = { perSensor: 360, totalSamples: 1_500_000 };

/** One sample of a sensor's history. */
export interface HistorySample {
  time: number;
  celsius: number;
}

/** A fixed ring buffer per sensor in two shared typed arrays; the oldest sample is overwritten first. */
export interface HistoryRings {
  /** Samples kept per sensor. */
  readonly capacity: number;
  push(sensor: number, time: number, celsius: number): void;
  /** A sensor's samples, oldest first. */
  read(sensor: number): HistorySample[];
  /** Bytes held. */
  readonly bytes: number;
}

/** Rings for `sensors` sensors, each as long as the options allow. */
export function createHistoryRings(
  sensors: number,
  options: Partial<HistoryRingsOptions> = {},
): HistoryRings {
  const o = { ...HISTORY_RINGS_DEFAULTS, ...options };
  if (!(o.perSensor >= 0) || !(o.totalSamples >= 0)) throw new Error('history: Requires sizes of 0 or more');
  const capacity = Math.floor(Math.min(o.perSensor, o.totalSamples / Math.max(1, sensors)));
  const times = new Float64Array(sensors * capacity);
  const values = new Float64Array(sensors * capacity);
  const start = new Uint32Array(sensors);
  const size = new Uint32Array(sensors);
  return {
    capacity,
    bytes: times.byteLength + values.byteLength + start.byteLength + size.byteLength,
    push(sensor, time, celsius) {
      if (capacity === 0) return;
      const n = size[sensor]!;
      const slot = n < capacity ? (start[sensor]! + n) % capacity : start[sensor]!;
      // Slot-major: the sensors' next samples lie side by side, so a burst of readings writes few pages.
      times[slot * sensors + sensor] = time;
      values[slot * sensors + sensor] = celsius;
      if (n < capacity) size[sensor] = n + 1;
      else start[sensor] = (start[sensor]! + 1) % capacity;
    },
    read(sensor) {
      const out: HistorySample[] = [];
      for (let i = 0; i < (size[sensor] ?? 0); i++) {
        const at = ((start[sensor]! + i) % capacity) * sensors + sensor;
        out.push({ time: times[at]!, celsius: values[at]! });
      }
      return out;
    },
  };
}

import mqtt from 'mqtt';
import type { RegistryEntry } from '../../src/core/sensors/registry.ts';
import {
  TEMPERATURE_MODEL_DEFAULTS,
  lastWords,
  sensorProfile,
  sensorTemperature,
  type SensorProfile,
  type TemperatureModelOptions,
} from './temperature-model.ts';

/** Where the simulator publishes, as whom, for which sensors, how fast, and from which seed. */
export interface SimulatorOptions {
  brokerUrl: string;
  username?: string;
  password?: string;
  registry: RegistryEntry[];
  topicPrefix: string;
  /** Messages per second for all sensors together; 0 or less picks one reading per sensor per 10 s, at most 10,000/s. */
  ratePerSecond: number;
  seed: number;
  /** The simulated clock (epoch ms); the wall clock by default. */
  now?: () => number;
  maxSensors: number;
  /** Publish every sensor once at start, so a new viewer sees the whole city at once (retained). */
  initialSweep?: boolean;
  /** Model settings other than the seed. */
  model?: Partial<Omit<TemperatureModelOptions, 'seed'>>;
}

/** Defaults: the default prefix, automatic rate, seed 1, up to 100,000 sensors (a city's whole network). */
export const SIMULATOR_DEFAULTS: Omit<SimulatorOptions, 'brokerUrl' | 'registry'> = {
  topicPrefix: 'city/neubrandenburg/sensors',
  ratePerSecond: 0,
  seed: 1,
  maxSensors: 100_000,
  initialSweep: true,
};

/** A running simulator. */
export interface Simulator {
  dispose(): Promise<void>;
  /** Messages published so far. */
  published(): number;
}

const TICK_MS = 100;

/** The message rate the simulator uses for a sensor count and a requested rate. */
export function effectiveRate(sensorCount: number, requested: number): number {
  if (requested > 0) return requested;
  return Math.min(10_000, Math.max(1, sensorCount / 10));
}

/** The retained payload a sensor sends for a reading: a bare number or JSON with unit and ISO time. */
export function simulatedPayload(profile: SensorProfile, celsius: number, time: number): string {
  if (profile.form === 'bare') return celsius.toFixed(1);
  return JSON.stringify({ value: celsius, unit: '°C', ts: new Date(time).toISOString() });
}

/** Connect and publish simulated readings for the registry's sensors until disposed. */
export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const o = { ...SIMULATOR_DEFAULTS, ...options };
  const now = o.now ?? Date.now;
  const model: TemperatureModelOptions = { ...TEMPERATURE_MODEL_DEFAULTS, ...o.model, seed: o.seed };
  const sensors = o.registry.slice(0, o.maxSensors).map((entry) => sensorProfile(entry.sensor, model));
  const client = await mqtt.connectAsync(o.brokerUrl, {
    username: o.username,
    password: o.password,
    clientId: `stadtzwilling-simulator-${Math.floor(Math.random() * 1e9).toString(36)}`,
    reconnectPeriod: 2000,
  });
  let count = 0;
  let disposed = false;
  const topic = (profile: SensorProfile): string => `${o.topicPrefix}/${profile.sensorId}/temperature`;
  const send = (profile: SensorProfile, celsius: number, time: number): void => {
    client.publish(topic(profile), simulatedPayload(profile, celsius, time), { qos: 0, retain: true });
    count++;
  };
  const sendCurrent = (profile: SensorProfile): void => {
    const time = now();
    const celsius = sensorTemperature(profile, time, model);
    if (celsius !== null) send(profile, celsius, time);
  };

  if (o.initialSweep !== false) {
    for (let i = 0; i < sensors.length; i++) {
      const profile = sensors[i] as SensorProfile;
      if (profile.fault === 'failed') {
        const last = lastWords(profile, now(), model);
        // A failed sensor's last word carries its own time, so it shows as stale.
        client.publish(
          topic(profile),
          JSON.stringify({ value: last.celsius, unit: '°C', ts: new Date(last.time).toISOString() }),
          { retain: true },
        );
        count++;
      } else sendCurrent(profile);
      // Let the socket drain now and then instead of queueing 100,000 messages at once.
      if (i % 500 === 499) await new Promise((resolve) => setTimeout(resolve, 10));
      if (disposed) break;
    }
  }

  const rate = effectiveRate(sensors.length, o.ratePerSecond);
  let next = 0;
  let budget = 0;
  const timer = setInterval(() => {
    if (sensors.length === 0 || !client.connected) return;
    budget += (rate * TICK_MS) / 1000;
    for (; budget >= 1; budget--) {
      sendCurrent(sensors[next] as SensorProfile);
      next = (next + 1) % sensors.length;
    }
  }, TICK_MS);

  return {
    published: () => count,
    async dispose() {
      if (disposed) return;
      disposed = true;
      clearInterval(timer);
      await client.endAsync();
    },
  };
}

// A real Mosquitto with the shipped config and ACL: the simulator publishes, the viewer reads and cannot
// publish, and a client with reconnectPeriod survives a broker restart.
import mqtt, { type MqttClient } from 'mqtt';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import { startSimulator, type Simulator } from '../../sensors/simulator/simulator.ts';
import { PARSE_DEFAULTS, parseMessage, subscriptionTopics } from '../../src/core/sensors/payload.ts';
import { parseRegistry } from '../../src/core/sensors/registry.ts';
import { createSensorState } from '../../src/core/sensors/state.ts';
import { startMosquitto, type RunningMosquitto } from '../support/mosquitto.ts';

const FIXTURE = 'test/fixtures/sensors/registry.small.json';
const registry = parseRegistry(readFileSync(FIXTURE, 'utf8'), FIXTURE);
const prefix = PARSE_DEFAULTS.topicPrefix;

interface Received {
  topic: string;
  payload: string;
  at: number;
}

let broker: RunningMosquitto;
let simulator: Simulator | undefined;
const clients: MqttClient[] = [];

async function connect(
  account: { username: string; password: string },
  extra: mqtt.IClientOptions = {},
): Promise<MqttClient> {
  const client = await mqtt.connectAsync(broker.url, { ...account, reconnectPeriod: 0, ...extra });
  clients.push(client);
  return client;
}

function collect(client: MqttClient): Received[] {
  const received: Received[] = [];
  client.on('message', (topic, payload) =>
    received.push({ topic, payload: payload.toString(), at: Date.now() }),
  );
  return received;
}

/** Wait until `condition` holds (messages and reconnects come in on the client's own time), at most 20 s. */
async function until(condition: () => boolean, what: string): Promise<void> {
  await expect.poll(condition, { message: `gave up waiting: ${what}`, timeout: 20_000 }).toBe(true);
}

beforeAll(async () => {
  broker = await startMosquitto();
});

afterAll(async () => {
  await simulator?.dispose();
  await Promise.all(clients.map((c) => c.endAsync(true)));
  await broker?.dispose();
});

describe('the shipped Mosquitto config', () => {
  it('refuses a connection without an account', async () => {
    await expect(
      mqtt.connectAsync(broker.url, { reconnectPeriod: 0, connectTimeout: 5000 }),
    ).rejects.toThrow();
  });

  it('delivers the simulator readings to the viewer, and the parser accepts them', async () => {
    const viewer = await connect(DEFAULT_ACCOUNTS.viewer);
    const received = collect(viewer);
    const granted = await viewer.subscribeAsync(subscriptionTopics(PARSE_DEFAULTS));
    expect(granted.every((g) => g.qos < 128)).toBe(true);
    simulator = await startSimulator({
      brokerUrl: broker.url,
      ...DEFAULT_ACCOUNTS.simulator,
      registry,
      topicPrefix: prefix,
      ratePerSecond: 40,
      seed: 7,
      maxSensors: 10_000,
    });
    await until(() => received.length >= registry.length, 'a reading from every sensor');
    const state = createSensorState(registry);
    for (const message of received) {
      const parsed = parseMessage(message.topic, message.payload, {
        ...PARSE_DEFAULTS,
        receivedAt: message.at,
      });
      expect(parsed.rejections).toEqual([]);
      expect(parsed.readings).toHaveLength(1);
      state.apply(parsed.readings, Date.now());
    }
    const counts = state.counts(Date.now());
    expect(counts.rejectedBy['unknown-sensor']).toBe(0);
    expect(counts.live).toBeGreaterThan(registry.length / 2);
  });

  it('drops a reading the viewer tries to publish, and tells it so', async () => {
    const viewer = await connect(DEFAULT_ACCOUNTS.viewer, { protocolVersion: 5 });
    const watcher = await connect(DEFAULT_ACCOUNTS.simulator);
    const seen = collect(watcher);
    await watcher.subscribeAsync(`${prefix}/#`, { qos: 1 });
    const fake = `${prefix}/nb-000/temperature`;
    // QoS 1: once the broker has answered, it has decided; a denied publish is never forwarded.
    const refusal = await viewer.publishAsync(fake, '99.9', { qos: 1 }).then(
      () => 'accepted',
      (error: unknown) => String(error),
    );
    const sentinel = `${prefix}/sentinel/temperature`;
    await watcher.publishAsync(sentinel, 'done', { qos: 1 });
    await until(() => seen.some((m) => m.topic === sentinel), 'the sentinel');
    expect(seen.some((m) => m.payload === '99.9')).toBe(false);
    expect(refusal).toMatch(/not authori[sz]ed/i);
  });

  it('lets a client with reconnectPeriod reconnect, resubscribe and get fresh values after a restart', async () => {
    const viewer = await connect(DEFAULT_ACCOUNTS.viewer, { reconnectPeriod: 300, clean: true });
    const received = collect(viewer);
    let connects = 0;
    viewer.on('connect', () => connects++);
    await viewer.subscribeAsync(subscriptionTopics(PARSE_DEFAULTS));
    await until(() => received.length > 0, 'a reading before the restart');
    await broker.stop();
    await until(() => !viewer.connected, 'the client to notice the broker is gone');
    const restartedAt = Date.now();
    await broker.restart();
    await until(() => connects >= 1 && viewer.connected, 'the client to reconnect');
    // Persistence is off, so anything now is a fresh reading from the reconnected simulator.
    await until(() => received.some((m) => m.at > restartedAt), 'a fresh reading after the restart');
    const fresh = received.filter((m) => m.at > restartedAt);
    for (const message of fresh) {
      const parsed = parseMessage(message.topic, message.payload, {
        ...PARSE_DEFAULTS,
        receivedAt: message.at,
      });
      expect(parsed.readings.length).toBe(1);
      // JSON readings carry the simulator's clock: they were made after the restart began.
      expect(parsed.readings[0]?.time).toBeGreaterThanOrEqual(restartedAt - 1000);
    }
    // One subscription, not two: each (topic, payload) pair arrives once.
    const keys = fresh.map((m) => `${m.topic} ${m.payload}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

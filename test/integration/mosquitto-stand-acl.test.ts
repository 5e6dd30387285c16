// The shipped Mosquitto ACL for the stand: a headset's account publishes its pose and nothing else, the guide's
// its suggestions; what they may not publish never reaches a reader.
import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import { STAND_ACCOUNTS } from '../../src/core/exhibit/stand-topics.ts';
import { startMosquitto, type RunningMosquitto } from '../support/mosquitto.ts';

const prefix = 'city/neubrandenburg/sensors';
const stand = 'city/neubrandenburg/stand';
let broker: RunningMosquitto;
const clients: MqttClient[] = [];

const connect = async (account: { username: string; password: string }): Promise<MqttClient> => {
  const client = await mqtt.connectAsync(broker.url, { ...account, reconnectPeriod: 0 });
  clients.push(client);
  return client;
};

beforeAll(async () => {
  broker = await startMosquitto({
    accounts: [...Object.values(DEFAULT_ACCOUNTS), ...Object.values(STAND_ACCOUNTS)],
  });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.endAsync(true)));
  await broker?.dispose();
});

describe("the shipped Mosquitto ACL on the stand's accounts", () => {
  it('carries a pose from the headset to the guide, and a suggestion back; drops a reading from either', async () => {
    const viewer = await connect(DEFAULT_ACCOUNTS.viewer);
    const presence = await connect(STAND_ACCOUNTS.presence);
    const guide = await connect(STAND_ACCOUNTS.guide);
    const seen: string[] = [];
    for (const client of [viewer, presence, guide])
      client.on('message', (topic, m) => seen.push(`${topic} ${m}`));
    await viewer.subscribeAsync(`${prefix}/#`);
    await presence.subscribeAsync(`${stand}/guide/quest-1`);
    await guide.subscribeAsync(`${stand}/presence/+`);
    // Mosquitto drops a publish the ACL forbids without a word (QoS 1 is still acknowledged).
    await presence.publishAsync(`${prefix}/s1/temperature`, '99', { qos: 1 });
    await guide.publishAsync(`${prefix}/s1/temperature`, '98', { qos: 1 });
    await presence.publishAsync(`${stand}/guide/quest-1`, 'self', { qos: 1 });
    await presence.publishAsync(`${stand}/presence/quest-1`, 'pose', { qos: 1 });
    await guide.publishAsync(`${stand}/guide/quest-1`, 'go', { qos: 1 });
    const simulator = await connect(DEFAULT_ACCOUNTS.simulator);
    await simulator.publishAsync(`${prefix}/s1/temperature`, '12', { qos: 1 });
    await expect.poll(() => seen.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => seen.slice().sort(), { timeout: 20_000 })
      .toEqual(
        [`${prefix}/s1/temperature 12`, `${stand}/guide/quest-1 go`, `${stand}/presence/quest-1 pose`].sort(),
      );
  });
});

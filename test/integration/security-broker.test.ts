// The embedded broker tried as an attacker would, against the real twin server on loopback ports: foreign
// origins and hosts on its WebSockets, the publishing account where it does not belong, oversized and
// too many messages, and password guessing. The normal paths keep working alongside.
import mqtt, { type MqttClient } from 'mqtt';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import type { TwinServer, TwinServerOptions } from '../../sensors/twin-server.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { startForeignSite, type ForeignSite } from '../support/foreign-site.ts';
import { listeningOn } from '../support/listening.ts';
import { startTestTwin } from '../support/twin.ts';
import { httpStatus, upgradeStatus } from '../support/upgrade.ts';

const PREFIX = CONFIG_DEFAULTS.topicPrefix;
const clients: MqttClient[] = [];

/** A twin of its own for one describe block, with every log line kept. */
function twinFor(options: Partial<TwinServerOptions> = {}): { twin: () => TwinServer; lines: string[] } {
  let twin: TwinServer | undefined;
  const lines: string[] = [];
  beforeAll(async () => {
    twin = await startTestTwin({ log: (line) => lines.push(line), ...options });
  });
  afterAll(async () => {
    await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
    await twin?.dispose();
  });
  return { twin: () => twin!, lines };
}

async function connect(url: string, options: mqtt.IClientOptions = {}): Promise<MqttClient> {
  const client = await mqtt.connectAsync(url, { reconnectPeriod: 0, connectTimeout: 20_000, ...options });
  clients.push(client);
  return client;
}

/** The refusal's MQTT return code, or 0 when the login went through. */
async function loginCode(url: string, options: mqtt.IClientOptions): Promise<number> {
  return connect(url, options).then(
    () => 0,
    (error: { code?: number }) => error.code ?? -1,
  );
}

function received(client: MqttClient): { topic: string; payload: Buffer; retain: boolean }[] {
  const messages: { topic: string; payload: Buffer; retain: boolean }[] = [];
  client.on('message', (topic, payload, packet) => messages.push({ topic, payload, retain: packet.retain }));
  return messages;
}

const web = (twin: TwinServer): string => `ws://127.0.0.1:${new URL(twin.url).port}/mqtt`;
const own = (twin: TwinServer): string => new URL(twin.url).origin;

describe('a foreign page on the broker WebSockets (attack 1)', () => {
  const { twin } = twinFor();
  let foreign: ForeignSite;
  beforeAll(async () => {
    foreign = await startForeignSite();
  });
  afterAll(() => foreign?.dispose());

  it('refuses an upgrade from another origin on /mqtt and on the broker port, before MQTT, and counts it', async () => {
    expect(await upgradeStatus(web(twin()), { origin: foreign.origin })).toBe(403);
    expect(await upgradeStatus(`ws://127.0.0.1:${twin().wsPort}/`, { origin: foreign.origin })).toBe(403);
    expect(twin().refused()).toMatchObject({ 'web-origin': 1, 'ws-origin': 1 });
  });

  it('refuses a foreign Host (DNS rebinding) on both, as plain HTTP with that Host is', async () => {
    const port = new URL(twin().url).port;
    const rebound = { host: `evil.example:${port}`, origin: `http://evil.example:${port}` };
    expect(await upgradeStatus(web(twin()), rebound)).toBe(403);
    expect(await upgradeStatus(`ws://127.0.0.1:${twin().wsPort}/`, rebound)).toBe(403);
    expect(twin().refused()).toMatchObject({ 'web-host': 1, 'ws-host': 1 });
    expect(await httpStatus(twin().url, { host: `evil.example:${port}` })).toBe(403);
  });

  it('refuses the publishing account on /mqtt even from its own origin, and nothing it sent is retained', async () => {
    const code = await loginCode(web(twin()), {
      ...DEFAULT_ACCOUNTS.simulator,
      wsOptions: { origin: own(twin()) },
    });
    expect(code).toBe(5);
    const viewer = await connect(web(twin()), { wsOptions: { origin: own(twin()) } });
    const messages = received(viewer);
    await viewer.subscribeAsync(`${PREFIX}/#`);
    // A reading published the proper way after it: once it is here, anything retained before has arrived.
    const simulator = await connect(twin().mqttUrl!, DEFAULT_ACCOUNTS.simulator);
    await simulator.publishAsync(`${PREFIX}/nb-0001/temperature`, '21.5', { qos: 1 });
    await expect.poll(() => messages.map((m) => m.payload.toString())).toContain('21.5');
    expect(messages.some((m) => m.payload.toString() === '66.6')).toBe(false);
  });

  it('keeps the normal paths: the page on /mqtt without an account, the simulator on loopback, the broker port from the app', async () => {
    const viewer = await connect(web(twin()), { wsOptions: { origin: own(twin()) } });
    const messages = received(viewer);
    await viewer.subscribeAsync(`${PREFIX}/+/temperature`);
    const simulator = await connect(twin().mqttUrl!, DEFAULT_ACCOUNTS.simulator);
    await simulator.publishAsync(`${PREFIX}/nb-0002/temperature`, '19.0', { qos: 1 });
    await expect.poll(() => messages.map((m) => m.topic)).toContain(`${PREFIX}/nb-0002/temperature`);
    const port = `ws://127.0.0.1:${twin().wsPort}/`;
    expect(await upgradeStatus(port, { origin: `http://localhost:${new URL(twin().url).port}` })).toBe(101);
    expect(await loginCode(port, { ...DEFAULT_ACCOUNTS.simulator, wsOptions: { origin: own(twin()) } })).toBe(
      0,
    );
  });
});

describe('the twin on the LAN (attack 2)', () => {
  const { twin } = twinFor({ lan: true });
  const wss = (t: TwinServer): string => `wss://127.0.0.1:${new URL(t.url).port}/mqtt`;
  const tls = { rejectUnauthorized: false };

  it('gives /mqtt the viewer only: the publishing account is refused, the page needs none', async () => {
    expect(twin().url).toMatch(/^https:/);
    expect(await loginCode(wss(twin()), { ...DEFAULT_ACCOUNTS.simulator, wsOptions: tls })).toBe(5);
    expect(await loginCode(wss(twin()), { wsOptions: tls })).toBe(0);
    // What the kernel says is listening: the broker's ports on the loopback, the web server everywhere.
    expect(listeningOn(new URL(twin().mqttUrl!).port)).toEqual(['127.0.0.1']);
    expect(listeningOn(twin().wsPort!)).toEqual(['127.0.0.1']);
    expect(listeningOn(new URL(twin().url).port)).toEqual(['0.0.0.0']);
    expect(twin().exposure.join('\n')).toMatch(/WebSocket \d+ on this machine only/);
  });
});

describe("the stand's own accounts on the LAN", () => {
  const dir = mkdtempSync(join(tmpdir(), 'stadtzwilling-accounts-'));
  const accountsFile = join(dir, 'stadtzwilling.accounts.json');
  const gateway = { username: 'gateway-markt', password: 'ein-langes-passwort', role: 'publish' };

  it('needs a real publishing account, never a default, and says so in one line', async () => {
    writeFileSync(accountsFile, JSON.stringify([{ ...DEFAULT_ACCOUNTS.simulator, role: 'publish' }]));
    await expect(startTestTwin({ accountsFile, lan: true, lanPublish: true })).rejects.toThrow(
      /account 1: "simulator" is a built-in account/,
    );
    writeFileSync(accountsFile, JSON.stringify([{ ...gateway, role: 'read' }]));
    await expect(startTestTwin({ accountsFile, lan: true, lanPublish: true })).rejects.toThrow(
      /--lan-publish needs an account with "role": "publish"/,
    );
    await expect(startTestTwin({ accountsFile, lanPublish: true })).rejects.toThrow(
      /--lan-publish needs --host/,
    );
  });

  it('says at start who may publish from the LAN, and that account publishes', async () => {
    writeFileSync(accountsFile, JSON.stringify([gateway]));
    const twin = await startTestTwin({ accountsFile, lan: true, lanPublish: true });
    try {
      expect(twin.exposure.join('\n')).toContain('LAN publishing is on: gateway-markt (publish)');
      expect(twin.exposure.join('\n')).toMatch(/MQTT\/TCP \d+ on every interface/);
      expect(listeningOn(new URL(twin.mqttUrl!).port)).toEqual(['0.0.0.0']);
      expect(listeningOn(twin.wsPort!)).toEqual(['127.0.0.1']);
      const client = await connect(twin.mqttUrl!, gateway);
      await client.publishAsync(`${PREFIX}/nb-0001/temperature`, '20.0', { qos: 1 });
    } finally {
      await twin.dispose();
    }
  });
});

describe('the broker limits (attack 4)', () => {
  const { twin } = twinFor({ brokerLimits: { maxConnections: 4, maxRetainedPerTree: 2 } });

  it('drops a 16 MB publish at its header, forwarding nothing, and keeps delivering the rest', async () => {
    const viewer = await connect(twin().mqttUrl!, DEFAULT_ACCOUNTS.viewer);
    const messages = received(viewer);
    await viewer.subscribeAsync(`${PREFIX}/#`);
    const flooder = await connect(twin().mqttUrl!, DEFAULT_ACCOUNTS.simulator);
    const closed = new Promise<void>((resolve) => flooder.once('close', () => resolve()));
    flooder.publish(`${PREFIX}/nb-0003/temperature`, Buffer.alloc(16 << 20, 0x31), { qos: 0 });
    await closed;
    const simulator = await connect(twin().mqttUrl!, DEFAULT_ACCOUNTS.simulator);
    await simulator.publishAsync(`${PREFIX}/sentinel/temperature`, '1', { qos: 1 });
    await expect.poll(() => messages.map((m) => m.topic)).toContain(`${PREFIX}/sentinel/temperature`);
    expect(messages.every((m) => m.payload.length < 16_384)).toBe(true);
    expect(twin().refused()['packet-size']).toBeGreaterThanOrEqual(1);
    await Promise.all([viewer, simulator].map((c) => c.endAsync()));
  });

  it('never keeps a retained 1 MB message for the next page, over the WebSocket port either', async () => {
    const before = twin().refused()['packet-size'] ?? 0;
    const publisher = await connect(`ws://127.0.0.1:${twin().wsPort}`, DEFAULT_ACCOUNTS.simulator);
    const closed = new Promise<void>((resolve) => publisher.once('close', () => resolve()));
    publisher.publish(`${PREFIX}/nb-0004/temperature`, Buffer.alloc(1 << 20, 0x32), { qos: 0, retain: true });
    await closed;
    expect(twin().refused()['packet-size']).toBeGreaterThan(before);
    const page = await connect(`ws://127.0.0.1:${new URL(twin().url).port}/mqtt`);
    const messages = received(page);
    await page.subscribeAsync(`${PREFIX}/nb-0004/temperature`);
    const simulator = await connect(twin().mqttUrl!, DEFAULT_ACCOUNTS.simulator);
    await simulator.publishAsync(`${PREFIX}/nb-0004/temperature`, '5', { qos: 1 });
    await expect.poll(() => messages.map((m) => m.payload.toString())).toEqual(['5']);
    await Promise.all([page, simulator].map((c) => c.endAsync()));
  });

  it('keeps at most the cap of retained topics under one tree', async () => {
    const simulator = await connect(twin().mqttUrl!, DEFAULT_ACCOUNTS.simulator);
    await simulator.publishAsync(`${PREFIX}/r-1/temperature`, '1', { qos: 1, retain: true });
    await simulator.publishAsync(`${PREFIX}/r-2/temperature`, '2', { qos: 1, retain: true });
    // The tree is full now: a third retained topic is refused, and its publisher disconnected.
    const closed = new Promise<void>((resolve) => simulator.once('close', () => resolve()));
    simulator.publish(`${PREFIX}/r-3/temperature`, '3', { qos: 1, retain: true });
    await closed;
    expect(twin().refused().retained).toBe(1);
    const viewer = await connect(twin().mqttUrl!, DEFAULT_ACCOUNTS.viewer);
    const messages = received(viewer);
    await viewer.subscribeAsync(`${PREFIX}/#`);
    await expect.poll(() => messages.filter((m) => m.retain).length).toBe(2);
    const again = await connect(twin().mqttUrl!, DEFAULT_ACCOUNTS.simulator);
    await again.publishAsync(`${PREFIX}/sentinel/temperature`, 's', { qos: 1 });
    await expect.poll(() => messages.map((m) => m.topic)).toContain(`${PREFIX}/sentinel/temperature`);
    expect(
      messages
        .filter((m) => m.retain)
        .map((m) => m.topic)
        .sort(),
    ).toEqual([`${PREFIX}/r-1/temperature`, `${PREFIX}/r-2/temperature`]);
    await Promise.all([viewer, again].map((c) => c.endAsync()));
  });

  it('refuses a connection over the limit on /mqtt with a 503, and counts it', async () => {
    const pages = await Promise.all(Array.from({ length: 4 }, () => connect(web(twin()))));
    expect(await upgradeStatus(web(twin()))).toBe(503);
    expect(twin().refused().connections).toBe(1);
    await Promise.all(pages.map((p) => p.endAsync()));
    await expect.poll(() => upgradeStatus(web(twin()))).toBe(101);
  });
});

describe('password guessing (attack 4)', () => {
  const { twin, lines } = twinFor({ brokerLimits: { login: { firstMs: 40 } } });
  const delays = (): number[] =>
    lines.flatMap((l) => /from 127\.0\.0\.1 .*answered in (\d+) ms/.exec(l)?.[1] ?? []).map(Number);

  it('answers each failed login from one address only after a delay it logged first, doubling', async () => {
    const logged: number[][] = [];
    for (let i = 0; i < 3; i++) {
      expect(await loginCode(twin().mqttUrl!, { username: 'simulator', password: `rate-${i}` })).toBe(4);
      // What the log held when the refusal arrived: this attempt's delay was in it already.
      logged.push(delays());
    }
    expect(logged).toEqual([[40], [40, 80], [40, 80, 160]]);
  });
});

describe('a good login while another address is being slowed down', () => {
  // A minute's delay: the good login from elsewhere is answered long before the refusal could be.
  const { twin, lines } = twinFor({ brokerLimits: { login: { firstMs: 60_000, maxMs: 60_000 } } });

  it('is neither held nor logged', async () => {
    let answered = false;
    const guess = mqtt.connect(twin().mqttUrl!, {
      username: 'simulator',
      password: 'rate',
      reconnectPeriod: 0,
    });
    clients.push(guess);
    guess.once('error', () => (answered = true));
    await expect.poll(() => lines.some((l) => /from 127\.0\.0\.1 .*answered in 60000 ms/.test(l))).toBe(true);
    const other = await loginCode(`ws://127.0.0.1:${twin().wsPort}`, {
      ...DEFAULT_ACCOUNTS.viewer,
      wsOptions: { localAddress: '127.0.0.2' },
    });
    expect(other).toBe(0);
    expect(answered).toBe(false);
    expect(lines.filter((l) => l.includes('127.0.0.2'))).toEqual([]);
  });
});

// The twin's web server tried as an attacker would: malformed and sneaking URLs, missing headers, other pages
// reading its files, and the city broker's password in the config file. The normal paths keep working.
import mqtt, { type MqttClient } from 'mqtt';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import type { TwinServer } from '../../sensors/twin-server.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { startMosquitto, type RunningMosquitto } from '../support/mosquitto.ts';
import { startTestTwin } from '../support/twin.ts';
import { httpStatus, upgradeStatus } from '../support/upgrade.ts';

const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
];

describe('the web server (attack 5)', () => {
  let twin: TwinServer;
  beforeAll(async () => {
    twin = await startTestTwin();
  });
  afterAll(() => twin?.dispose());

  it('answers malformed percent-encoding with a plain 400: no stack trace, no server paths', async () => {
    expect(await httpStatus(twin.url, {}, '/%E0%A4%A')).toBe(400);
    const response = await fetch(new URL('/%E0%A4%A', twin.url));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const body = await response.text();
    expect(body).toBe('Bad request: malformed percent-encoding.\n');
    expect(body).not.toMatch(/\bat \w|\/work|node_modules|Error/);
    expect(twin.refused().url).toBe(2);
  });

  it('checks a path once, after decoding: an encoded ../ does not slip past the allowlist', async () => {
    for (const sneaking of [
      '/input-profiles/oculus-touch/..%2fhtc-vive/profile.json',
      '/input-profiles/oculus-touch/%2e%2e/htc-vive/profile.json',
      '/input-profiles/%252e%252e/htc-vive/profile.json',
    ]) {
      expect(await httpStatus(twin.url, {}, sneaking), sneaking).toBe(400);
    }
    expect((await fetch(new URL('/input-profiles/htc-vive/profile.json', twin.url))).status).toBe(404);
    expect((await fetch(new URL('/input-profiles/oculus-touch/profile.json', twin.url))).status).toBe(200);
  });

  it('sends a CSP, nosniff, frame and referrer policy with every answer', async () => {
    for (const path of [
      '/',
      '/stadtzwilling.config.json',
      '/registry.json',
      '/decoders/draco/draco_decoder.wasm',
      '/%E0%A4%A',
    ]) {
      const response = await fetch(new URL(path, twin.url));
      for (const name of SECURITY_HEADERS) expect(response.headers.get(name), `${path} ${name}`).toBeTruthy();
    }
    const headers = (await fetch(twin.url)).headers;
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('content-security-policy')).toContain("connect-src 'self' data: blob:;");
  });

  it('lets no other page read its files (no CORS)', async () => {
    const response = await fetch(new URL('/stadtzwilling.config.json', twin.url), {
      headers: { origin: 'http://127.0.0.1:5555' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe("the city broker's password in the config file (attack 3, on the server)", () => {
  const viewer = { username: 'viewer', password: 'stadt-viewer-geheim' };
  let mosquitto: RunningMosquitto;
  let twin: TwinServer;
  let configFile = '';
  const clients: MqttClient[] = [];
  beforeAll(async () => {
    mosquitto = await startMosquitto({ accounts: [viewer, DEFAULT_ACCOUNTS.simulator] });
    configFile = join(mkdtempSync(join(tmpdir(), 'stadtzwilling-broker-')), 'stadtzwilling.config.json');
    writeFileSync(
      configFile,
      JSON.stringify({
        broker: `ws://127.0.0.1:${mosquitto.wsPort}`,
        ...viewer,
        allowedOrigins: ['https://daten.stadt.example'],
        lang: 'en',
      }),
    );
    twin = await startTestTwin({ configFile });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.endAsync(true)));
    await twin?.dispose();
    await mosquitto?.dispose();
  });

  it('serves the config without username and password, with /mqtt as the broker', async () => {
    const served = await (await fetch(new URL('/stadtzwilling.config.json', twin.url))).text();
    expect(served).not.toContain(viewer.password);
    expect(JSON.parse(served)).toEqual({
      broker: '/mqtt',
      allowedOrigins: ['https://daten.stadt.example'],
      lang: 'en',
    });
    expect(twin.exposure.join('\n')).toContain(`/mqtt passes on to ws://127.0.0.1:${mosquitto.wsPort}`);
    expect((await fetch(twin.url)).headers.get('content-security-policy')).toContain(
      "connect-src 'self' data: blob: https://daten.stadt.example wss://daten.stadt.example;",
    );
  });

  it('logs the page in on /mqtt with the account it holds, whatever the page sends', async () => {
    const url = `ws://127.0.0.1:${new URL(twin.url).port}/mqtt`;
    const origin = new URL(twin.url).origin;
    for (const login of [{}, { username: 'viewer', password: 'falsch' }]) {
      const page = await mqtt.connectAsync(url, { ...login, reconnectPeriod: 0, wsOptions: { origin } });
      clients.push(page);
      const seen: string[] = [];
      page.on('message', (_topic, payload) => seen.push(payload.toString()));
      await page.subscribeAsync(`${CONFIG_DEFAULTS.topicPrefix}/+/temperature`);
      const publisher = await mqtt.connectAsync(mosquitto.url, DEFAULT_ACCOUNTS.simulator);
      clients.push(publisher);
      await publisher.publishAsync(`${CONFIG_DEFAULTS.topicPrefix}/nb-0001/temperature`, '17.5', { qos: 1 });
      await expect.poll(() => seen).toContain('17.5');
    }
    expect(await upgradeStatus(url, { origin: 'http://127.0.0.1:5555' })).toBe(403);
  });

  it('refuses /mqtt with a 502 while the broker is down, and passes on again once it is back', async () => {
    const url = `ws://127.0.0.1:${new URL(twin.url).port}/mqtt`;
    await mosquitto.stop();
    expect(await upgradeStatus(url)).toBe(502);
    await mosquitto.restart();
    await expect.poll(() => upgradeStatus(url)).toBe(101);
  });

  it('never serves the text of a config file that stopped being JSON', async () => {
    writeFileSync(
      configFile,
      `{ "broker": "ws://127.0.0.1:${mosquitto.wsPort}", "password": "${viewer.password}", }`,
    );
    const response = await fetch(new URL('/stadtzwilling.config.json', twin.url));
    expect(response.status).toBe(503);
    expect(await response.text()).not.toContain(viewer.password);
  });
});

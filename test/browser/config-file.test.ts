import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import { launchBrowser, waitReady, type TestBrowser } from '../support/browser.ts';
import { startTestTwin } from '../support/twin.ts';
import type { TwinServer } from '../../sensors/twin-server.ts';

const run = promisify(execFile);

// One config file, read by the start script (broker ACL, prefix) and by the built app (language, topics).
describe('the config file, and HTTPS on the LAN', () => {
  let twin: TwinServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stadtzwilling-config-'));
    const configFile = join(dir, 'stadtzwilling.config.json');
    writeFileSync(configFile, JSON.stringify({ lang: 'en', topicPrefix: 'nb/test/sensors', ttl: 120 }));
    twin = await startTestTwin({ configFile, lan: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.dispose();
    await twin?.dispose();
  });

  it('serves HTTPS with a self-signed certificate, so WebXR has its secure context', async () => {
    expect(twin.url).toMatch(/^https:/);
    // Loopback only: the server listens on every interface, the test talks to this machine.
    const url = new URL(twin.url);
    url.hostname = '127.0.0.1';
    const { page, problems } = await browser.open(url.href);
    await waitReady(page);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    // The broker's WebSocket is reached on the page's own origin, over wss.
    await page.waitForFunction(() => window.cityTwin!.stats().mqtt === 'connected');
    expect(await page.locator('.hud-mqtt').textContent()).toBe('MQTT: connected');

    const { sensor, building } = await page.evaluate(() => {
      const s = window.cityTwin!.sensors()[0]!;
      return { sensor: s.sensorId, building: s.buildingId };
    });
    const port = new URL(twin.mqttUrl!).port;
    const { username, password } = DEFAULT_ACCOUNTS.simulator;
    await run('mosquitto_pub', [
      '-h',
      '127.0.0.1',
      '-p',
      port,
      '-u',
      username,
      '-P',
      password,
      '-t',
      `nb/test/sensors/${sensor}/temperature`,
      '-m',
      '21.5',
    ]);
    await page.waitForFunction((id) => window.cityTwin!.building(id)?.temperature === 21.5, building);
    expect(problems).toEqual([]);
  });
});

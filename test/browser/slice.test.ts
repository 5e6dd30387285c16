import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourFor, toHex } from '../../src/core/colour-scale.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import {
  centrePixel,
  launchBrowser,
  waitReady,
  type TestBrowser,
  type TestPage,
} from '../support/browser.ts';
import { startTestTwin } from '../support/twin.ts';
import type { TwinServer } from '../../sensors/twin-server.ts';

const run = promisify(execFile);

// The first vertical slice: the real mosquitto_pub -> embedded broker -> page -> building colour and pixel.
describe('npm start slice: a reading from mosquitto_pub colours its building', () => {
  let twin: TwinServer;
  let browser: TestBrowser;
  let tab: TestPage;

  beforeAll(async () => {
    twin = await startTestTwin();
    browser = await launchBrowser();
    tab = await browser.open(twin.url);
    await waitReady(tab.page);
  });
  afterAll(async () => {
    await browser?.dispose();
    await twin?.dispose();
  });

  const publish = async (sensor: string, payload: string): Promise<void> => {
    const port = new URL(twin.mqttUrl!).port;
    const { username, password } = DEFAULT_ACCOUNTS.simulator;
    const topic = `${CONFIG_DEFAULTS.topicPrefix}/${sensor}/temperature`;
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
      topic,
      '-m',
      payload,
    ]);
  };

  it('loads the city with its buildings and connects to the embedded broker', async () => {
    await tab.page.waitForFunction(() => window.cityTwin!.stats().mqtt === 'connected');
    const stats = await tab.page.evaluate(() => window.cityTwin!.stats());
    expect(stats.buildings).toBeGreaterThan(0);
    expect(stats.drawCalls).toBeGreaterThan(0);
    expect(stats.sensors.known).toBeGreaterThan(0);
    expect(await tab.page.getByTestId('hud').getAttribute('data-mqtt')).toBe('connected');
  });

  it('turns the building hot red and then cold blue, read back through building(id) and on screen', async () => {
    const { sensor, building } = await tab.page.evaluate(() => {
      const first = window.cityTwin!.sensors()[0]!;
      return { sensor: first.sensorId, building: first.buildingId };
    });
    expect(await tab.page.evaluate((id) => window.cityTwin!.focus(id), building)).toBe(true);
    const before = await centrePixel(tab.page);

    await publish(sensor, '34.5');
    const hot = toHex(colourFor(34.5, CONFIG_DEFAULTS.scale));
    await tab.page.waitForFunction(
      ([id, hex]) => window.cityTwin!.building(id!)?.colour === hex,
      [building, hot],
    );
    const info = await tab.page.evaluate((id) => window.cityTwin!.building(id), building);
    expect(info?.temperature).toBeCloseTo(34.5, 5);
    expect(info?.state).toBe('live');
    const hotPixel = await centrePixel(tab.page);
    expect(hotPixel).not.toEqual(before);
    expect(hotPixel[0]).toBeGreaterThan(hotPixel[2] + 40);

    await publish(sensor, JSON.stringify({ value: -8, unit: '°C' }));
    const cold = toHex(colourFor(-8, CONFIG_DEFAULTS.scale));
    await tab.page.waitForFunction(
      ([id, hex]) => window.cityTwin!.building(id!)?.colour === hex,
      [building, cold],
    );
    const coldPixel = await centrePixel(tab.page);
    expect(coldPixel[2]).toBeGreaterThan(coldPixel[0] + 40);
  });

  it('logged no console errors or warnings', () => {
    expect(tab.problems).toEqual([]);
  });
});

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
const QUERY =
  '?city=./fixtures/footprints/unsegmented.glb&footprints=./fixtures/footprints/footprints.geojson' +
  '&registry=./fixtures/footprints/registry.json';

// Issue 3: a photogrammetry-style mesh without building ids, coloured and picked through a footprint layer.
describe('unsegmented mesh + GeoJSON footprints: a reading colours the building under its footprint', () => {
  let twin: TwinServer;
  let browser: TestBrowser;
  let tab: TestPage;

  beforeAll(async () => {
    twin = await startTestTwin();
    browser = await launchBrowser();
    tab = await browser.open(twin.url + QUERY);
    await waitReady(tab.page);
    await tab.page.waitForFunction(() => window.cityTwin!.stats().mqtt === 'connected');
  });
  afterAll(async () => {
    await browser?.dispose();
    await twin?.dispose();
  });

  const publish = async (sensor: string, payload: string): Promise<void> => {
    const { username, password } = DEFAULT_ACCOUNTS.simulator;
    const topic = `${CONFIG_DEFAULTS.topicPrefix}/${sensor}/temperature`;
    const port = new URL(twin.mqttUrl!).port;
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

  it('identifies the buildings by footprint, with the footprints’ properties', async () => {
    const stats = await tab.page.evaluate(() => window.cityTwin!.stats());
    expect(stats.featureSource).toBe('footprints');
    expect(stats.buildings).toBe(3);
    const info = await tab.page.evaluate(() => window.cityTwin!.building('fp-middle'));
    expect(info?.name).toBe('Mittelhaus');
    expect(info?.address).toBe('Probeweg 2');
    // Heights come from the mesh under the footprint: the middle box is 14 m tall.
    expect(info?.box?.max[1]).toBeCloseTo(14, 3);
    expect(info?.box?.min[0]).toBeCloseTo(-5, 3);
  });

  it('colours the building by a reading from mosquitto_pub, read back through building(id) and by pixel', async () => {
    expect(await tab.page.evaluate(() => window.cityTwin!.focus('fp-middle'))).toBe(true);
    const before = await centrePixel(tab.page);
    await publish('fp-middle-t1', '28');
    const hot = toHex(colourFor(28, CONFIG_DEFAULTS.scale));
    await tab.page.waitForFunction((hex) => window.cityTwin!.building('fp-middle')?.colour === hex, hot);
    const hotPixel = await centrePixel(tab.page);
    expect(hotPixel).not.toEqual(before);
    expect(hotPixel[0]).toBeGreaterThan(hotPixel[2] + 40);
    // Neighbours without readings keep the model's own colour.
    expect(await tab.page.evaluate(() => window.cityTwin!.building('fp-west')?.colour)).toBeNull();

    await publish('fp-middle-t1', JSON.stringify({ value: 2, unit: '°C' }));
    const cold = toHex(colourFor(2, CONFIG_DEFAULTS.scale));
    await tab.page.waitForFunction((hex) => window.cityTwin!.building('fp-middle')?.colour === hex, cold);
    const coldPixel = await centrePixel(tab.page);
    expect(coldPixel[2]).toBeGreaterThan(coldPixel[0] + 40);
  });

  it('picks by footprint: the screen centre after focus is the building, the open ground is none', async () => {
    await tab.page.evaluate(() => window.cityTwin!.focus('fp-east'));
    const size = tab.page.viewportSize()!;
    const hit = await tab.page.evaluate(
      ([x, y]) => window.cityTwin!.pick(x!, y!),
      [size.width / 2, size.height / 2],
    );
    expect(hit?.buildingId).toBe('fp-east');
    expect(hit?.properties.name).toBe('Osthaus');
    // The very bottom-left corner of the view looks at open ground (or sky): no building.
    expect(await tab.page.evaluate(() => window.cityTwin!.pick(1, 1))).toBeNull();
  });

  it('frees the footprint layer with the city and builds it again on a remount', async () => {
    const memory = async () => {
      await tab.page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      return tab.page.evaluate(() => window.cityTwin!.stats().memory);
    };
    await tab.page.evaluate(() => window.cityTwin!.select('fp-west'));
    const mounted = await memory();
    await tab.page.evaluate(() => window.cityTwin!.loadCity(''));
    const unmounted = await memory();
    // The id raster and the colour lookup at least.
    expect(unmounted.textures).toBeLessThanOrEqual(mounted.textures - 2);
    expect(await tab.page.evaluate(() => window.cityTwin!.selected())).toBeNull();
    await tab.page.evaluate(() => window.cityTwin!.loadCity('./fixtures/footprints/unsegmented.glb?remount'));
    expect(await tab.page.evaluate(() => window.cityTwin!.stats().featureSource)).toBe('footprints');
    await tab.page.evaluate(() => window.cityTwin!.select('fp-west'));
    expect(await memory()).toEqual(mounted);
  });

  it('logged no console errors or warnings', () => {
    expect(tab.problems).toEqual([]);
  });
});

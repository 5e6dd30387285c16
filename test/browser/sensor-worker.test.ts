import mqtt from 'mqtt';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourFor, toHex, type ColourScale } from '../../src/core/colour/colour-scale.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import registryJson from '../../sensors/registry.default.json' with { type: 'json' };
import { centrePixel } from '../support/browser.ts';
import { viewerConfigFile } from '../support/config-file.ts';
import { startMosquitto, type RunningMosquitto } from '../support/mosquitto.ts';
import { mosquittoPub } from '../support/publish.ts';
import { twinSession } from '../support/session.ts';

const PREFIX = CONFIG_DEFAULTS.topicPrefix;
const houses = (registryJson as { sensor: string; building: string }[])
  .filter((e) => e.building.startsWith('gen-b'))
  .slice(0, 61);
// A late-November day: 61 houses from 0.0 to 6.0 °C, 0.1 °C apart; the two compared are 3 °C apart.
const day = houses.map((h, i) => ({ ...h, celsius: i / 10 }));
const cold = day[15]!;
const mild = day[45]!;

/** Wait until the building is drawn in its scale colour, and give the pixel at its centre on screen. */
async function drawnPixel(page: Page, building: string, celsius: number, scale: ColourScale) {
  const hex = toHex(colourFor(celsius, scale));
  await page.waitForFunction(([id, c]) => window.cityTwin!.building(id!)?.colour === c, [
    building,
    hex,
  ] as const);
  expect(await page.evaluate((id) => window.cityTwin!.focus(id), building)).toBe(true);
  return centrePixel(page);
}

// The worker path end to end against a real Mosquitto: a day of 0-6 °C on the automatic scale, the legend
// and its distribution, and a worker that dies and is replaced.
describe('sensor worker, automatic scale and recovery', () => {
  let mosquitto: RunningMosquitto;
  let configFile = '';

  beforeAll(async () => {
    mosquitto = await startMosquitto();
    configFile = viewerConfigFile(mosquitto.wsPort);
    const publisher = await mqtt.connectAsync(mosquitto.url, DEFAULT_ACCOUNTS.simulator);
    for (const h of day)
      await publisher.publishAsync(`${PREFIX}/${h.sensor}/temperature`, String(h.celsius), {
        qos: 1,
        retain: true,
      });
    await publisher.endAsync();
  });
  afterAll(async () => {
    await mosquitto?.dispose();
  });

  // The test browser stands the twin's clock at a summer noon (atTestHour): the colours are what is compared,
  // not the light of the hour the test happens to run at.
  const session = twinSession({
    server: () => ({ configFile }),
    query: '',
    connected: true,
  });
  const stats = () => session.page.evaluate(() => window.cityTwin!.stats());

  it('fits the automatic scale to a day of 0-6 °C: two houses 3 °C apart differ visibly on screen', async () => {
    await session.page.waitForFunction(() => window.cityTwin!.stats().sensors.live >= 61);
    await expect
      .poll(async () => (await stats()).scale)
      .toEqual({ mode: 'auto', min: 0, comfort: 8, max: 6 });
    const scale = (await stats()).scale;
    const a = await drawnPixel(session.page, cold.building, cold.celsius, scale);
    const b = await drawnPixel(session.page, mild.building, mild.celsius, scale);
    const difference = a.reduce((sum, c, i) => sum + Math.abs(c - b[i]!), 0);
    expect(difference).toBeGreaterThan(60);
    // Both are blue: colder than comfortable, as the fixed scale says too.
    expect(a[2]).toBeGreaterThan(a[0]);
    expect(b[2]).toBeGreaterThan(b[0]);
    // On the fixed -10..35 °C scale the same two houses would lie far closer together.
    const fixed = [cold, mild].map((h) => colourFor(h.celsius, CONFIG_DEFAULTS.scale));
    const fixedDifference = fixed[0]!.reduce((sum, c, i) => sum + Math.abs(c - fixed[1]![i]!), 0);
    expect(fixedDifference).toBeLessThan(difference / 2);
  });

  it('says in the legend which scale it shows and its range, with the distribution under it', async () => {
    const legend = session.page.getByTestId('legend');
    await expect.poll(() => legend.getAttribute('data-scale')).toBe('auto');
    expect(await session.page.getByTestId('legend-mode').textContent()).toBe('automatisch: 0 bis 6 °C');
    const counts = await session.page
      .locator('[data-testid=legend-histogram] span')
      .evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(61);
    expect(Math.min(...counts)).toBeGreaterThan(0);
  });

  it('replaces a worker that died, says so in the HUD, and colours again', async () => {
    const worker = session.page.workers().find((w) => w.url().includes('sensor.worker'));
    expect(worker).toBeDefined();
    await worker!.evaluate(() => self.close());
    await session.page.waitForFunction(() => window.cityTwin!.stats().workerRestarts === 1, undefined, {
      timeout: 60_000,
    });
    expect(await session.page.getByTestId('hud-restarted').textContent()).toBe(
      'Sensordienst neu gestartet (1×)',
    );
    // Retained, so that it arrives whether the new worker subscribes before or after it is published.
    await mosquittoPub(mosquitto.port, `${PREFIX}/${cold.sensor}/temperature`, '5.5', { retain: true });
    await session.page.waitForFunction(
      (id) => window.cityTwin!.building(id)?.temperature === 5.5,
      cold.building,
    );
    // The new worker took the retained day again: every house is current, and nothing counted is forgotten.
    const after = await stats();
    expect(after.sensors.live).toBeGreaterThanOrEqual(61);
    expect(after.messages).toBeGreaterThanOrEqual(2 * 61);
  });

  it('finds a house far off its neighbours and, on request, washes out all the others', async () => {
    const spike = day[30]!;
    await mosquittoPub(mosquitto.port, `${PREFIX}/${spike.sensor}/temperature`, '16', { retain: true });
    await session.page.waitForFunction(
      (id) => window.cityTwin!.building(id)?.temperature === 16,
      spike.building,
    );
    await session.page.waitForFunction(() => window.cityTwin!.stats().outliers.count >= 1);
    const scale = (await stats()).scale;
    const colour = (id: string) => session.page.evaluate((b) => window.cityTwin!.building(b)?.colour, id);
    await session.page.getByTestId('legend-outliers').check();
    const neighbour = day[31]!;
    await session.page.waitForFunction(([id, c]) => window.cityTwin!.building(id!)?.colour !== c, [
      neighbour.building,
      toHex(colourFor(neighbour.celsius, scale)),
    ] as const);
    // The spike keeps its full colour (once the outliers have been worked out again, within a second).
    await expect.poll(() => colour(spike.building)).toBe(toHex(colourFor(16, scale)));
    expect((await stats()).outliers.highlighted).toBe(true);
    await session.page.getByTestId('legend-outliers').uncheck();
    await session.page.waitForFunction(([id, c]) => window.cityTwin!.building(id!)?.colour === c, [
      neighbour.building,
      toHex(colourFor(neighbour.celsius, scale)),
    ] as const);
  });
});

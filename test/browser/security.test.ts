// The attacks on the running twin, replayed from a real browser: a page on another origin (a second
// server on another loopback port) and a page on a foreign name that resolves here (DNS rebinding, by
// Chromium's --host-resolver-rules) try the broker; links try to move the broker, registry and city.
// Each is refused, and the normal paths keep working, with no console problem and no CSP violation.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import type { TwinServer } from '../../sensors/twin-server.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { ATTACK_PAGE, MQTT_BUNDLE } from '../support/attack-page.ts';
import { firstSensor, waitConnected, waitReady } from '../support/browser.ts';
import { startForeignSite, type ForeignSite } from '../support/foreign-site.ts';
import { startMosquitto, type RunningMosquitto } from '../support/mosquitto.ts';
import { mosquittoPub, publishReading } from '../support/publish.ts';
import { launchRebindingBrowser, type RebindingBrowser } from '../support/rebinding-browser.ts';
import { startTestTwin } from '../support/twin.ts';
import { iwerInitScript } from '../support/xr.ts';

const EVIL = 'evil.example';
// Counts what the page's CSP refused; the policy lets everything the app loads through.
const COUNT_CSP_VIOLATIONS = `window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`;

declare global {
  interface Window {
    attack?: Record<string, string | number>;
    cspViolations?: string[];
  }
}

const notices = (page: Page): Promise<(string | null)[]> =>
  page.locator('.notice').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));

async function attackResults(page: Page, keys: string[]): Promise<Record<string, string | number>> {
  await page.waitForFunction((k) => k.every((key) => window.attack?.[key] !== undefined), keys);
  return page.evaluate(() => window.attack!);
}

describe('the embedded broker, attacked from the browser', () => {
  let twin: TwinServer;
  let foreign: ForeignSite;
  let browser: RebindingBrowser;
  let viewer: { page: Page; problems: string[] };
  let target: { sensor: string; building: string };
  beforeAll(async () => {
    twin = await startTestTwin();
    foreign = await startForeignSite({ '/attack.html': ATTACK_PAGE, '/mqtt.min.js': MQTT_BUNDLE });
    browser = await launchRebindingBrowser([EVIL]);
    viewer = await browser.open(twin.url, { beforeLoad: COUNT_CSP_VIOLATIONS });
    await waitReady(viewer.page);
    await waitConnected(viewer.page);
    target = await firstSensor(viewer.page);
  });
  afterAll(async () => {
    await browser?.dispose();
    await foreign?.dispose();
    await twin?.dispose();
  });
  const port = (): string => new URL(twin.url).port;
  const topic = (): string => `${CONFIG_DEFAULTS.topicPrefix}/${target.sensor}/temperature`;

  it('keeps a page on another origin out of /mqtt and the broker port: no 66.6 for any viewer', async () => {
    const query = new URLSearchParams({
      web: `ws://127.0.0.1:${port()}/mqtt`,
      port: `ws://127.0.0.1:${twin.wsPort}/`,
      topic: topic(),
    });
    const { page } = await browser.open(`${foreign.origin}/attack.html?${query}`);
    expect(await attackResults(page, ['web', 'port'])).toEqual({ web: 'closed', port: 'closed' });
    expect(twin.refused()).toMatchObject({ 'web-origin': 1, 'ws-origin': 1 });
    await page.close();
    // The genuine reading arrives; nothing the attacker sent was taken, so nothing was retained either.
    await publishReading(twin, target.sensor, '21.5');
    await viewer.page.waitForFunction(
      (id) => window.cityTwin!.building(id)?.temperature === 21.5,
      target.building,
    );
    const fresh = await browser.open(twin.url);
    await waitReady(fresh.page);
    await waitConnected(fresh.page);
    const other = (await fresh.page.evaluate(() => window.cityTwin!.sensors()[1]!)).sensorId;
    await publishReading(twin, other, '18');
    const celsius = (id: string): Promise<number | null | undefined> =>
      fresh.page.evaluate((s) => window.cityTwin!.sensors().find((x) => x.sensorId === s)?.celsius, id);
    await expect.poll(() => celsius(other)).toBe(18);
    // A reading published after the page subscribed has arrived: a retained one would have come before it.
    expect(await celsius(target.sensor)).toBeNull();
    await fresh.page.close();
  });

  it('refuses a rebound name: its WebSocket and its reads of the twin get nothing', async () => {
    const origin = `http://${EVIL}:${port()}`;
    // The attacker's own server answered for the name first: Playwright plays it for the page and the bundle.
    await browser.context.route(`${origin}/attack.html*`, (route) =>
      route.fulfill({ contentType: ATTACK_PAGE.type, body: ATTACK_PAGE.body }),
    );
    await browser.context.route(`${origin}/mqtt.min.js`, (route) =>
      route.fulfill({ contentType: MQTT_BUNDLE.type, body: MQTT_BUNDLE.body }),
    );
    const query = new URLSearchParams({
      web: `ws://${EVIL}:${port()}/mqtt`,
      config: '/stadtzwilling.config.json',
      topic: topic(),
    });
    const { page } = await browser.open(`${origin}/attack.html?${query}`);
    expect(await attackResults(page, ['web', 'config'])).toEqual({ web: 'closed', config: 403 });
    expect(twin.refused()['web-host']).toBe(1);
    await page.close();
  });

  it('names links to foreign places and keeps the configured ones, with the HUD connected to the real broker', async () => {
    const elsewhere = `http://127.0.0.1:${foreign.port}`;
    const query = new URLSearchParams({
      lang: 'en',
      registry: `${elsewhere}/registry.json`,
      city: `${elsewhere}/made-up.glb`,
      broker: `ws://127.0.0.1:${foreign.port}/mqtt`,
    });
    const { page, problems } = await browser.open(`${twin.url}?${query}`);
    await waitReady(page);
    await waitConnected(page);
    expect(await notices(page)).toEqual([
      'config.origin-refused',
      'config.origin-refused',
      'config.origin-refused',
    ]);
    expect(await page.locator('.notice').first().textContent()).toBe(
      `"registry" points at ${elsewhere}/registry.json, an address this twin does not allow (allowedOrigins): using the configured value.`,
    );
    expect(await page.locator('.hud-mqtt').textContent()).toBe('MQTT: connected');
    expect((await page.evaluate(() => window.cityTwin!.stats())).sensors.known).toBeGreaterThan(0);
    expect(foreign.requests).not.toContain('/registry.json');
    expect(foreign.requests).not.toContain('/made-up.glb');
    expect(foreign.upgrades).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('names a broker that is no WebSocket URL as a bad value', async () => {
    const { page, problems } = await browser.open(`${twin.url}?broker=javascript:alert(1)`);
    await waitReady(page);
    await waitConnected(page);
    expect(await page.locator('.notice').allTextContents()).toEqual([
      'Ungültiger Wert „javascript:alert(1)“ für „broker“: Standardwert wird verwendet.',
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the normal paths: the viewer over /mqtt, ?lang=, ?city=./…, VR, under the CSP without a violation', async () => {
    const { page, problems } = await browser.open(`${twin.url}?lang=en&city=./fixtures/walk/walk-city.glb`, {
      beforeLoad: COUNT_CSP_VIOLATIONS,
    });
    await waitReady(page);
    await waitConnected(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await notices(page)).toEqual([]);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
    // In VR too: controller profiles and models come from the twin, under the same policy.
    const vr = await browser.open(`${twin.url}?city=./fixtures/walk/walk-city.glb`, {
      beforeLoad: `${iwerInitScript()}\n${COUNT_CSP_VIOLATIONS}`,
    });
    await waitReady(vr.page);
    await vr.page.evaluate(() => window.cityTwin!.enterVR());
    await vr.page.waitForFunction(() => window.cityTwin!.walk()?.mode === 'vr');
    await expect
      .poll(() => vr.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)))
      .toEqual(expect.arrayContaining([expect.stringContaining('/input-profiles/')]));
    expect(await vr.page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(vr.problems).toEqual([]);
    await vr.page.close();
    expect(await viewer.page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(viewer.problems).toEqual([]);
  });
});

describe("the city's broker in the config file, attacked by links", () => {
  const account = { username: 'viewer', password: 'stadt-viewer-geheim' };
  let mosquitto: RunningMosquitto;
  let allowed: ForeignSite;
  let twin: TwinServer;
  let browser: RebindingBrowser;
  beforeAll(async () => {
    mosquitto = await startMosquitto({ accounts: [account, DEFAULT_ACCOUNTS.simulator] });
    allowed = await startForeignSite();
    const configFile = join(
      mkdtempSync(join(tmpdir(), 'stadtzwilling-city-broker-')),
      'stadtzwilling.config.json',
    );
    writeFileSync(
      configFile,
      JSON.stringify({
        broker: `ws://127.0.0.1:${mosquitto.wsPort}`,
        ...account,
        allowedOrigins: [allowed.origin],
      }),
    );
    twin = await startTestTwin({ configFile });
    browser = await launchRebindingBrowser([]);
  });
  afterAll(async () => {
    await browser?.dispose();
    await twin?.dispose();
    await allowed?.dispose();
    await mosquitto?.dispose();
  });

  it('works through /mqtt with the account the server holds; the page never sees the password', async () => {
    const { page, problems } = await browser.open(twin.url, { beforeLoad: COUNT_CSP_VIOLATIONS });
    await waitReady(page);
    await waitConnected(page);
    const { sensor, building } = await firstSensor(page);
    await mosquittoPub(mosquitto.port, `${CONFIG_DEFAULTS.topicPrefix}/${sensor}/temperature`, '23.5');
    await page.waitForFunction((id) => window.cityTwin!.building(id)?.temperature === 23.5, building);
    const served = await page.evaluate(() => fetch('./stadtzwilling.config.json').then((r) => r.text()));
    expect(served).not.toContain(account.password);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refuses a link to a broker elsewhere, and stays with the configured one', async () => {
    const foreign = await startForeignSite();
    try {
      const { page, problems } = await browser.open(`${twin.url}?broker=ws://127.0.0.1:${foreign.port}/mqtt`);
      await waitReady(page);
      await waitConnected(page);
      expect(await notices(page)).toEqual(['config.origin-refused']);
      expect(foreign.upgrades).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    } finally {
      await foreign.dispose();
    }
  });

  it('lets a link use an allowed broker, without the file’s username and password', async () => {
    const { page, problems } = await browser.open(`${twin.url}?broker=ws://127.0.0.1:${allowed.port}/mqtt`);
    await waitReady(page);
    await waitConnected(page);
    expect(await notices(page)).toEqual([]);
    expect(allowed.connects).toHaveLength(1);
    expect([allowed.connects[0]!.username, allowed.connects[0]!.password]).toEqual([undefined, undefined]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, waitReady, type TestBrowser, type TestPage } from '../support/browser.ts';
import { startTestTwin } from '../support/twin.ts';
import type { TwinServer } from '../../sensors/twin-server.ts';

// Whatever is created is disposed by whoever created it: mount, unmount and remount the city.
describe('city mount, unmount, remount', () => {
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

  const memory = async () => {
    // Let a few frames pass so that what was freed is no longer counted.
    await tab.page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    return tab.page.evaluate(() => window.cityTwin!.stats().memory);
  };

  it('frees every geometry and texture of the city, and holds the same again after a remount', async () => {
    const mounted = await memory();
    await tab.page.evaluate(() => window.cityTwin!.loadCity(''));
    const unmounted = await memory();
    expect(unmounted.geometries).toBeLessThan(mounted.geometries);
    expect(await tab.page.evaluate(() => window.cityTwin!.stats().buildings)).toBe(0);

    await tab.page.evaluate(() => window.cityTwin!.loadCity('./neubrandenburg.glb?remount'));
    expect(await tab.page.evaluate(() => window.cityTwin!.stats().buildings)).toBeGreaterThan(600);
    expect(await memory()).toEqual(mounted);

    await tab.page.evaluate(() => window.cityTwin!.loadCity(''));
    expect(await memory()).toEqual(unmounted);
    expect(tab.problems).toEqual([]);
  });
});

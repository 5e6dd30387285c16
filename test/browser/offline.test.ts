import { describe, expect, it } from 'vitest';
import { waitConnected, waitReady } from '../support/browser.ts';
import { twinSession } from '../support/session.ts';

// The stand has no internet: nothing may leave the machine but for the page's own server and its broker.
describe('offline at the stand', () => {
  const requests: string[] = [];
  const session = twinSession({
    query: '?mode=exhibit',
    opened: (tab) => {
      tab.page.context().on('request', (r) => requests.push(r.url()));
      tab.page.on('websocket', (ws) => requests.push(ws.url()));
    },
  });

  it('asks nothing of any host but its own origin and the configured broker', async () => {
    const { page, twin } = session;
    await waitConnected(page);
    await page.getByTestId('attract').waitFor();
    const origin = new URL(twin.url).origin;
    const broker = `${origin.replace(/^http/, 'ws')}/mqtt`;
    expect(requests.length).toBeGreaterThan(5);
    const foreign = requests.filter(
      (url) => !url.startsWith(`${origin}/`) && url !== broker && !/^(data|blob):/.test(url),
    );
    expect(foreign).toEqual([]);
    expect(requests.some((url) => url === broker)).toBe(true);
  });

  it('keeps the app and the default city: a reload with the server stopped still shows the city', async () => {
    const { page, twin } = session;
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const cache = await caches.open(keys.find((k) => k.startsWith('stadtzwilling-'))!);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached).toContain('/neubrandenburg.glb');
    expect(cached).toContain('/');
    const buildings = await page.evaluate(() => window.cityTwin!.stats().buildings);
    await twin.dispose();
    // The broker is gone with the server: the browser says so on its console, and the page shows it.
    session.allowProblems(/WebSocket connection to .* failed/, /Failed to load resource/);
    await page.reload();
    await waitReady(page);
    expect(await page.evaluate(() => window.cityTwin!.stats().buildings)).toBe(buildings);
    await page.getByTestId('attract').waitFor();
    await page.getByTestId('offline-badge').waitFor();
    expect(await page.getByTestId('offline-badge').getAttribute('data-mqtt')).not.toBe('connected');
  });
});

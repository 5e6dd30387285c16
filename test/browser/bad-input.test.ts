import { describe, expect, it } from 'vitest';
import { waitReady } from '../support/browser.ts';
import { twinSession } from '../support/session.ts';

// Bad input says what is wrong, in plain German or English words, and the twin keeps running.
describe('bad input in the browser', () => {
  const session = twinSession({ query: false });

  const noticeTexts = async (page: import('playwright-core').Page): Promise<string[]> =>
    page.locator('.notice').allTextContents();

  it('names an unknown parameter and a bad value in German by default, and still draws the city', async () => {
    const { page } = await session.open('?farbe=rot&ttl=abc');
    await waitReady(page);
    expect(await noticeTexts(page)).toEqual([
      'Unbekannte Einstellung „farbe“ wird ignoriert.',
      'Ungültiger Wert „abc“ für „ttl“: Standardwert wird verwendet.',
    ]);
    expect((await page.evaluate(() => window.cityTwin!.stats())).buildings).toBeGreaterThan(600);
    await page.close();
  });

  it('says the same in English with lang=en', async () => {
    const { page } = await session.open('?lang=en&farbe=rot');
    await waitReady(page);
    expect(await noticeTexts(page)).toEqual(['Unknown setting "farbe" is ignored.']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });

  it('says a city model that 404s could not be loaded, and the HUD keeps working', async () => {
    // The only console line is the browser's own report of the failed request.
    session.allowProblems(/status of 404/);
    const { page } = await session.open('?city=./gibt-es-nicht.glb');
    await page.waitForSelector('.notice-error');
    const [text] = await noticeTexts(page);
    expect(text).toContain('./gibt-es-nicht.glb');
    expect(text).toContain('404');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=hud]')?.getAttribute('data-mqtt') === 'connected',
    );
    expect(await page.locator('[data-testid=loading]').count()).toBe(0);
    await page.close();
  });

  it('keeps the city up when the broker is not there, and says it is reconnecting', async () => {
    // The browser itself reports each refused WebSocket; nothing else may appear.
    session.allowProblems(/WebSocket connection to .* failed/);
    // A path on the page's own origin where no broker answers (a link may not name a foreign broker).
    const { page } = await session.open('?broker=/kein-broker');
    await waitReady(page);
    await page.waitForFunction(() => {
      const state = document.querySelector('[data-testid=hud]')?.getAttribute('data-mqtt');
      return state === 'reconnecting' || state === 'offline';
    });
    expect(await page.locator('.hud-mqtt').textContent()).toMatch(/MQTT: (Verbindung unterbrochen|offline)/);
    expect((await page.evaluate(() => window.cityTwin!.stats())).buildings).toBeGreaterThan(600);
    await page.close();
  });

  it('says a registry that cannot be read leaves sensors unbound', async () => {
    // The browser's own report of the failed request.
    session.allowProblems(/status of 404/);
    const { page } = await session.open('?registry=./fehlt.csv');
    await waitReady(page);
    const texts = await noticeTexts(page);
    expect(texts.some((t) => t.includes('./fehlt.csv') && t.includes('404'))).toBe(true);
    expect((await page.evaluate(() => window.cityTwin!.stats())).sensors.known).toBe(0);
    await page.close();
  });
});

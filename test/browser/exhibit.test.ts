import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { frames, standStill } from '../support/frames.ts';
import { twinSession } from '../support/session.ts';

const TEXT = {
  de: { start: 'Berühren oder eine Taste drücken zum Starten', toggle: 'English', market: 'Marktplatz' },
  en: { start: 'Touch or press a key to start', toggle: 'Deutsch', market: 'Market square' },
} as const;

const stand = (page: Page) => page.evaluate(() => window.cityTwinStand!.state());
const waitMode = (page: Page, mode: 'attract' | 'visitor') =>
  page.waitForFunction((m) => window.cityTwinStand?.state().mode === m, mode);

// The stand's whole cycle on the default city: attract loop, touch, walk, idle, and the loop again.
describe.each(['de', 'en'] as const)('the stand in %s', (lang) => {
  const session = twinSession({ query: `?mode=exhibit&lang=${lang}` });
  const text = TEXT[lang];

  it('starts in the attract loop: no developer UI, the tour high over the town, a caption and how to start', async () => {
    const { page } = session;
    await waitMode(page, 'attract');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    await expect.poll(() => page.getByTestId('attract-start').textContent()).toBe(text.start);
    expect(await page.getByTestId('hud').isVisible()).toBe(false);
    expect(await page.getByTestId('walk-bar').isVisible()).toBe(false);
    expect(await page.getByTestId('lang-toggle').textContent()).toBe(text.toggle);
    // The tour camera floats tens of metres above the ground, not at eye height on the Marktplatz.
    await page.waitForFunction(() => window.cityTwin!.pose().position[1] > 30);
    const place = await page.getByTestId('attract-place').textContent();
    const names = await page.evaluate((l) => window.cityTwin!.viewpoints().map((v) => v.name[l]), lang);
    expect(names.some((n) => place?.startsWith(n))).toBe(true);
    await expect.poll(() => page.getByTestId('attract-town').textContent()).toBeTruthy();
  });

  it('the loop moves on from viewpoint to viewpoint', async () => {
    const { page } = session;
    const first = await page.evaluate(() => window.cityTwin!.pose().position);
    await frames(page, 5);
    const later = await page.evaluate(() => window.cityTwin!.pose().position);
    expect(later).not.toEqual(first);
  });

  it('a touch takes over at once: the loop goes, the visitor stands on the Marktplatz', async () => {
    const { page } = session;
    // A tap as a finger gives it, wherever it lands (the loop's screen leaves on the tap's first event).
    const vp = page.viewportSize()!;
    await page.mouse.click(vp.width / 2, vp.height / 3);
    await waitMode(page, 'visitor');
    await expect.poll(() => page.getByTestId('attract').count()).toBe(0);
    expect(await page.getByTestId('walk-bar').isVisible()).toBe(true);
    await standStill(page);
    const pose = await page.evaluate(() => window.cityTwin!.pose());
    expect(pose.position[1]).toBeLessThan(10);
    const options = await page.getByTestId('viewpoints').locator('option').allTextContents();
    expect(options).toContain(text.market);
  });

  it('walks, opens a panel and the help; after the idle timeout all closes and the loop returns', async () => {
    const { page } = session;
    const before = await page.evaluate(() => window.cityTwin!.walk()!.walkedMetres);
    const start = await page.evaluate(() => window.cityTwin!.walk()!.walkSeconds);
    await page.keyboard.down('KeyW');
    await page.waitForFunction((s) => window.cityTwin!.walk()!.walkSeconds >= s + 0.5, start);
    await page.keyboard.up('KeyW');
    expect(await page.evaluate(() => window.cityTwin!.walk()!.walkedMetres)).toBeGreaterThan(before);
    const building = await page.evaluate(() => window.cityTwin!.sensors()[0]!.buildingId);
    expect(await page.evaluate((id) => window.cityTwin!.select(id), building)).toBe(true);
    await page.getByTestId('walk-help-button').click();
    await page.getByTestId('walk-help').waitFor();
    const walked = await page.evaluate(() => window.cityTwin!.walk()!.feet);
    const { timeoutMs, resets } = await stand(page);
    expect(timeoutMs).toBe(90_000);
    await page.evaluate((ms) => window.cityTwinStand!.advance(ms - 1000), timeoutMs);
    expect((await stand(page)).mode).toBe('visitor');
    await page.getByTestId('idle-warning').waitFor();
    await page.evaluate(() => window.cityTwinStand!.advance(1000));
    await waitMode(page, 'attract');
    expect((await stand(page)).resets).toBe(resets + 1);
    await page.getByTestId('attract').waitFor();
    expect(await page.evaluate(() => window.cityTwin!.selected())).toBeNull();
    await expect.poll(() => page.getByTestId('walk-help').count()).toBe(0);
    const reset = await page.evaluate(() => window.cityTwin!.walk()!.feet);
    expect(reset).not.toEqual(walked);
    const market = await page.evaluate(() =>
      window.cityTwin!.viewpoints().find((v) => v.id === 'marktplatz')!,
    );
    expect(Math.hypot(reset[0] - market.position[0], reset[2] - market.position[2])).toBeLessThan(0.5);
  });

  it('a key takes over too; the language toggle switches every text, and idle brings the stand language back', async () => {
    const { page } = session;
    await page.keyboard.press('KeyD');
    await waitMode(page, 'visitor');
    await page.getByTestId('lang-toggle').click();
    const other = lang === 'de' ? 'en' : 'de';
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(other);
    expect(await page.getByTestId('lang-toggle').textContent()).toBe(TEXT[other].toggle);
    expect(await page.getByTestId('viewpoints').locator('option').allTextContents()).toContain(
      TEXT[other].market,
    );
    await page.evaluate(() => window.cityTwinStand!.advance(window.cityTwinStand!.state().timeoutMs));
    await waitMode(page, 'attract');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.getByTestId('attract-start').textContent()).toBe(text.start);
  });
});

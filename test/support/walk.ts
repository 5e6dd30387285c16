// Walking in a test page by the keyboard, timed by the page's own frame time.
import type { Page } from 'playwright-core';

/** Hold a key for `seconds` of the page's walk time (walkSeconds), however slow its frames are. */
export async function holdKey(page: Page, code: string, seconds: number): Promise<void> {
  const start = await page.evaluate(() => window.cityTwin!.walk()!.walkSeconds);
  await page.keyboard.down(code);
  await page.waitForFunction((until) => window.cityTwin!.walk()!.walkSeconds >= until, start + seconds, {
    timeout: 60_000,
    polling: 16,
  });
  await page.keyboard.up(code);
}

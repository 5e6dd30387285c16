// The underground planning's automation handle in test pages, typed.
import type { Page } from 'playwright-core';
import type { UtilitiesApi } from '../../src/features/utilities/utilities-handle.ts';

/** `window.cityTwin` with the members the utilities feature adds. */
export type TwinWithUtilities = NonNullable<Window['cityTwin']> & UtilitiesApi;

/** Wait until `n` more frames have been drawn: what was changed is on the screen. */
export async function nextFrames(page: Page, n = 3): Promise<void> {
  const start = await page.evaluate(() => window.cityTwin!.stats().frames);
  await page.waitForFunction(([from, more]) => window.cityTwin!.stats().frames >= from! + more!, [start, n]);
}

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

/** The quaternion that turns a controller's ray (-Z) from `from` towards `to` (both in play-space metres). */
export function aimFrom(
  from: readonly [number, number, number],
  to: readonly [number, number, number],
): [number, number, number, number] {
  const d = to.map((v, i) => v - from[i]!);
  const length = Math.hypot(...d);
  const [x, y, z] = d.map((v) => v / length) as [number, number, number];
  // The shortest turn from (0, 0, -1) to (x, y, z): axis (y, -x, 0), w = 1 + cos.
  const q = [y, -x, 0, 1 - z];
  const n = Math.hypot(...q);
  return q.map((v) => v / n) as [number, number, number, number];
}

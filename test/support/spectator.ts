// The headset's and the spectator's automation handles in test pages, typed.
import type { Page } from 'playwright-core';
import type { HeadsetApi } from '../../src/features/headset/headset-feature.ts';
import type { SpectatorApi } from '../../src/features/spectator/spectator-feature.ts';

/** `window.cityTwin` with the members the headset and spectator features add. */
export type TwinWithStand = NonNullable<Window['cityTwin']> & {
  headset?: HeadsetApi;
  spectator?: SpectatorApi;
};

/** The headset page's presence figures. */
export function headsetState(page: Page): Promise<ReturnType<HeadsetApi['state']> & { id: string }> {
  return page.evaluate(() => {
    const h = (window.cityTwin as TwinWithStand).headset!;
    return { ...h.state(), id: h.id };
  });
}

/** The spectator page's state. */
export function spectatorState(page: Page): Promise<ReturnType<SpectatorApi['state']>> {
  return page.evaluate(() => (window.cityTwin as TwinWithStand).spectator!.state());
}

/** Where a page's camera is (the spectator's shows the headset's view). */
export async function cameraAt(page: Page): Promise<[number, number, number]> {
  return (await page.evaluate(() => window.cityTwin!.pose())).position;
}

/** Horizontal and vertical distance in one: plain Euclidean metres. */
export function distance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

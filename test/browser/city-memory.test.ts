import { describe, expect, it } from 'vitest';
import { steady } from '../support/frames.ts';
import { twinSession } from '../support/session.ts';

// Whatever is created is disposed by whoever created it: mount, unmount and remount the city.
describe('city mount, unmount, remount', () => {
  const session = twinSession();

  // What the renderer holds once it has held the same for a few frames: what was freed is no longer counted.
  const memory = () => steady(session.page, () => window.cityTwin!.stats().memory, { frames: 5 });

  it('frees every geometry and texture of the city, and holds the same again after a remount', async () => {
    const mounted = await memory();
    await session.page.evaluate(() => window.cityTwin!.loadCity(''));
    const unmounted = await memory();
    expect(unmounted.geometries).toBeLessThan(mounted.geometries);
    expect(await session.page.evaluate(() => window.cityTwin!.stats().buildings)).toBe(0);

    await session.page.evaluate(() => window.cityTwin!.loadCity('./neubrandenburg.glb?remount'));
    expect(await session.page.evaluate(() => window.cityTwin!.stats().buildings)).toBeGreaterThan(600);
    expect(await memory()).toEqual(mounted);

    await session.page.evaluate(() => window.cityTwin!.loadCity(''));
    expect(await memory()).toEqual(unmounted);
  });
});

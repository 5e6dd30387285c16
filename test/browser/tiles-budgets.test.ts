import { describe, expect, it } from 'vitest';
import { waitReady } from '../support/browser.ts';
import { twinSession } from '../support/session.ts';

type Tiles = { loaded: number; errorTarget: number; cacheLimit: number };

// The renderer's budgets come from the config: a city on a laptop with a large GPU refines further and keeps more.
describe('3D Tiles budgets from the config', () => {
  const session = twinSession({
    query:
      '?city=./fixtures/tiles/b3dm/tileset.json&registry=./fixtures/tiles/b3dm-registry.json' +
      '&tilesErrorTarget=8&tilesMemoryMB=1500',
  });

  it('streams with the error target and the cache size it was given', async () => {
    await session.page.waitForFunction(() => (window.cityTwin!.stats().tiles as unknown as Tiles).loaded > 0);
    const tiles = await session.page.evaluate(() => window.cityTwin!.stats().tiles as unknown as Tiles);
    expect(tiles.errorTarget).toBe(8);
    expect(tiles.cacheLimit).toBe(1500e6);
  });

  it('names a budget it cannot use and streams with the default', async () => {
    session.allowProblems(/tilesMemoryMB/);
    const { page } = await session.open(
      '?city=./fixtures/tiles/b3dm/tileset.json&registry=./fixtures/tiles/b3dm-registry.json&tilesMemoryMB=5&lang=en',
    );
    await waitReady(page);
    await page.waitForFunction(() => (window.cityTwin!.stats().tiles as unknown as Tiles).loaded > 0);
    const tiles = await page.evaluate(() => window.cityTwin!.stats().tiles as unknown as Tiles);
    expect(tiles.cacheLimit).toBe(400e6);
    await expect
      .poll(() => page.getByText(/Invalid value "5" for "tilesMemoryMB"/).count())
      .toBeGreaterThan(0);
    await page.close();
  });
});

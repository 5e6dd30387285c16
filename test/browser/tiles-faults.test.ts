import { beforeEach, describe, expect, it } from 'vitest';
import { twinSession } from '../support/session.ts';
import { TILES_LIBRARY_NOTE, makeBrokenTileset, makeTownTileset, tilesetUrl } from '../support/tiles.ts';

type Tiles = { loaded: number; visible: number; downloading: number; failed: number };

// A tileset with a missing tile (404), a truncated one, one that is no GLB, one of an unknown type and an
// external tileset that refers back to itself: each is named in a notice,
// the rest of the town draws and walks, and nothing is asked for again.
describe('a 3D Tiles city with broken tiles', () => {
  let broken = { missing: '', truncated: '', garbage: '' };
  const requests = new Map<string, number>();
  const session = twinSession({
    server: async () => {
      broken = await makeBrokenTileset(await makeTownTileset());
      return {};
    },
    query: `?city=${tilesetUrl('broken')}&lang=en`,
    opened: ({ page }) =>
      page.on('request', (r) => {
        const name = r.url().split('/').pop()!;
        requests.set(name, (requests.get(name) ?? 0) + 1);
      }),
  });
  beforeEach(() => session.allowProblems(TILES_LIBRARY_NOTE));
  const tiles = () => session.page.evaluate(() => window.cityTwin!.stats().tiles as unknown as Tiles);

  it('names each broken file and its fault in a notice', async () => {
    const page = session.page;
    // What the browser and the library print about the failures themselves (the page's load counts here).
    session.allowProblems(
      /404/,
      /TileFetchError/,
      /Failed to load tile/,
      /not supported/,
      /RangeError/,
      /GLTFLoader/,
      /Unexpected/,
      /Invalid/,
    );
    await page.waitForFunction(() => (window.cityTwin!.stats().tiles as unknown as Tiles).failed >= 5);
    const texts = await page.locator('.notice').allTextContents();
    const about = (file: string) => texts.find((t) => t.includes(`tiles/${file}`)) ?? '';
    expect(about(broken.missing)).toMatch(/cannot be shown \(HTTP 404/);
    expect(about(broken.truncated)).toMatch(/cannot be shown \(.+\)/);
    expect(about(broken.garbage)).toMatch(/cannot be shown \(.+\)/);
    expect(about('odd.xyz')).toMatch(/not supported/);
    const loop = texts.find((t) => t.includes('broken/tileset.json')) ?? '';
    expect(loop).toMatch(/refers back to itself/);
  });

  it('keeps drawing and walking the rest of the town', async () => {
    const t = await tiles();
    expect(t.visible).toBeGreaterThan(0);
    expect(t.loaded).toBeGreaterThan(3);
    expect((await session.page.evaluate(() => window.cityTwin!.stats())).buildings).toBeGreaterThan(100);
    expect(await session.page.evaluate(() => window.cityTwin!.goTo('marktplatz'))).toBe(true);
    await session.page.waitForFunction(() => window.cityTwin!.walk()!.grounded);
  });

  it('asks for each broken file once, however many frames follow', async () => {
    const frames = await session.page.evaluate(() => window.cityTwin!.stats().frames);
    await session.page.waitForFunction((f) => window.cityTwin!.stats().frames > f + 30, frames);
    for (const file of [broken.missing, broken.truncated, broken.garbage, 'odd.xyz'])
      expect(requests.get(file)).toBe(1);
    // The tileset itself: once as the root, never again as its own child.
    expect(requests.get('tileset.json')).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { colourFor, toHex } from '../../src/core/colour/colour-scale.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { centrePixel } from '../support/browser.ts';
import { publishReading } from '../support/publish.ts';
import { twinSession } from '../support/session.ts';

// The fixed scale, whose colours the test knows in advance (the automatic one fits itself to the readings).
const QUERY =
  '?city=./fixtures/tiles/b3dm/tileset.json&registry=./fixtures/tiles/b3dm-registry.json&lang=en&colourScale=fixed';
type Tiles = { loaded: number; downloading: number; colliderPending: number };

// A 3D Tiles 1.0 tileset of Batched 3D Models (test/fixtures/tiles/make-b3dm-fixture.ts): buildings by their
// batch table's `id`, house C over two tiles (walls and roof) as one building.
describe('a 3D Tiles 1.0 b3dm tileset with batch tables', () => {
  const session = twinSession({ query: QUERY, connected: true });
  const settled = () =>
    session.page.waitForFunction(() => {
      const t = window.cityTwin!.stats().tiles as unknown as Tiles;
      return t.loaded === 3 && t.downloading === 0 && t.colliderPending === 0;
    });

  it('maps batch ids to one building table across the tiles', async () => {
    await settled();
    const stats = await session.page.evaluate(() => window.cityTwin!.stats());
    expect(stats.buildings).toBe(3);
    const c = await session.page.evaluate(() => window.cityTwin!.building('b3dm-c'));
    expect(c?.name).toBe('Haus C');
    // Walls from one tile, the roof from the other: one box from the ground to the ridge at 8 m.
    expect(c?.box?.min[1]).toBeCloseTo(0, 2);
    expect(c?.box?.max[1]).toBeCloseTo(8, 2);
    expect(c?.box?.min[0]).toBeCloseTo(30, 2);
    expect(session.problems).toEqual([]);
  });

  it('colours a building from the broker, roof and walls alike, and picks it', async () => {
    const page = session.page;
    expect(await page.evaluate(() => window.cityTwin!.focus('b3dm-c'))).toBe(true);
    await settled();
    const size = page.viewportSize()!;
    const hit = await page.evaluate(
      ([x, y]) => window.cityTwin!.pick(x!, y!),
      [size.width / 2, size.height / 2],
    );
    expect(hit?.buildingId).toBe('b3dm-c');
    const before = await centrePixel(page);
    await publishReading(session.twin, 'b3dm-c-t1', '30');
    const hot = toHex(colourFor(30, CONFIG_DEFAULTS.scale));
    await page.waitForFunction((hex) => window.cityTwin!.building('b3dm-c')?.colour === hex, hot);
    const after = await centrePixel(page);
    expect(after).not.toEqual(before);
    expect(after[0]).toBeGreaterThan(after[2] + 40);
    // A house without a reading keeps the model's own colour.
    expect(await page.evaluate(() => window.cityTwin!.building('b3dm-b')?.colour)).toBeNull();
  });

  it('walks on the tile ground to the viewpoint and is stopped by house B', async () => {
    const page = session.page;
    expect(await page.evaluate(() => window.cityTwin!.goTo('marktplatz'))).toBe(true);
    await page.waitForFunction(() => window.cityTwin!.walk()!.grounded);
    expect((await page.evaluate(() => window.cityTwin!.walk()!)).feet[1]).toBeCloseTo(0, 2);
    // From 10 m south of house B (z 10..24), run north at it: the walker stops at its south wall.
    await page.evaluate(() => window.cityTwin!.lookFrom([16, 1.6, 34], [16, 1.6, 0]));
    const start = (await page.evaluate(() => window.cityTwin!.walk()!)).walkSeconds;
    await page.keyboard.down('KeyW');
    await page.waitForFunction((t) => window.cityTwin!.walk()!.walkSeconds >= t + 10, start, {
      timeout: 60_000,
      polling: 16,
    });
    await page.keyboard.up('KeyW');
    const feet = (await page.evaluate(() => window.cityTwin!.walk()!)).feet;
    expect(feet[2]).toBeGreaterThan(24 + 0.24);
    expect(feet[2]).toBeLessThan(24 + 0.3);
  });
});

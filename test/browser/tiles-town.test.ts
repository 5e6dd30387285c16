import { beforeEach, describe, expect, it } from 'vitest';
import { colourFor, toHex } from '../../src/core/colour/colour-scale.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { centrePixel } from '../support/browser.ts';
import { publishReading } from '../support/publish.ts';
import { twinSession } from '../support/session.ts';
import { TILES_LIBRARY_NOTE, makeTownTileset, tilesetUrl } from '../support/tiles.ts';
import { holdKey as holdWalkKey } from '../support/walk.ts';

// A building of the default city with sensors in the interaction registry (pick-a-t1, pick-a-t2).
const BUILDING = 'gen-b0-5-15';
const SENSOR = 'pick-a-t1';

type Tiles = {
  loaded: number;
  visible: number;
  downloading: number;
  cacheBytes: number;
  errorTarget: number;
};

// The default city cut by `npm run city -- tile` into a 3D Tiles 1.1 tileset with EXT_mesh_features.
describe('a 3D Tiles 1.1 tileset from the pipeline is a city like a GLB', () => {
  const session = twinSession({
    server: async () => (await makeTownTileset(), {}),
    // The fixed scale, whose colours the test knows in advance (the automatic one fits itself to the readings).
    query: `?city=${tilesetUrl('town')}&registry=./fixtures/interaction/registry.json&lang=en&colourScale=fixed`,
    connected: true,
  });
  const tiles = () => session.page.evaluate(() => window.cityTwin!.stats().tiles as unknown as Tiles);
  beforeEach(() => session.allowProblems(TILES_LIBRARY_NOTE));

  it('streams tiles, identifies the buildings by EXT_mesh_features and reports the tiles', async () => {
    const stats = await session.page.evaluate(() => window.cityTwin!.stats());
    expect(stats.featureSource).toBe('mesh-features');
    expect(stats.buildings).toBeGreaterThan(100);
    const t = await tiles();
    expect(t.loaded).toBeGreaterThan(0);
    expect(t.visible).toBeGreaterThan(0);
    expect(t.cacheBytes).toBeGreaterThan(0);
    expect(t.errorTarget).toBe(16);
  });

  it('lands where the GLB city stands: the same building has the same box in both', async () => {
    const page = session.page;
    await page.waitForFunction((id) => window.cityTwin!.focus(id), BUILDING);
    await page.waitForFunction(() => (window.cityTwin!.stats().tiles as unknown as Tiles).downloading === 0);
    const fromTiles = await page.evaluate((id) => window.cityTwin!.building(id)!.box, BUILDING);
    await page.evaluate(() => window.cityTwin!.loadCity('./neubrandenburg.glb'));
    const fromGlb = await page.evaluate((id) => window.cityTwin!.building(id)!.box, BUILDING);
    await page.evaluate((url) => window.cityTwin!.loadCity(url), tilesetUrl('town'));
    for (let k = 0; k < 3; k++) {
      // 16-bit quantization over a tile is a few millimetres; the georeference must add nothing visible.
      expect(Math.abs(fromTiles!.min[k]! - fromGlb!.min[k]!)).toBeLessThan(0.05);
      expect(Math.abs(fromTiles!.max[k]! - fromGlb!.max[k]!)).toBeLessThan(0.05);
    }
  });

  it('colours a building from a reading on the real broker, by building(id) and by pixel', async () => {
    const page = session.page;
    expect(await page.evaluate((id) => window.cityTwin!.focus(id), BUILDING)).toBe(true);
    await page.waitForFunction(() => (window.cityTwin!.stats().tiles as unknown as Tiles).downloading === 0);
    const before = await centrePixel(page);
    await publishReading(session.twin, SENSOR, '31');
    const hot = toHex(colourFor(31, CONFIG_DEFAULTS.scale));
    await page.waitForFunction(
      ([id, hex]) => window.cityTwin!.building(id!)?.colour === hex,
      [BUILDING, hot],
    );
    const after = await centrePixel(page);
    expect(after).not.toEqual(before);
    expect(after[0]).toBeGreaterThan(after[2] + 40);
  });

  it('picks the building on a tile at the centre of the view', async () => {
    const page = session.page;
    await page.evaluate((id) => window.cityTwin!.focus(id), BUILDING);
    const size = page.viewportSize()!;
    const hit = await page.evaluate(
      ([x, y]) => window.cityTwin!.pick(x!, y!),
      [size.width / 2, size.height / 2],
    );
    expect(hit?.buildingId).toBe(BUILDING);
    expect(hit?.properties.source).toBe('generated');
  });

  it('loadCity rejects with the reason when the root tileset cannot be read, and the city stays', async () => {
    const page = session.page;
    // The browser reports the missing files, the library each refused root.
    session.allowProblems(/TileFetchError/, /404/);
    const reason = (url: string) =>
      page.evaluate(
        (u) =>
          window.cityTwin!.loadCity(u).then(
            () => 'resolved',
            (e: Error) => e.message,
          ),
        url,
      );
    expect(await reason('./fixtures/tiles/gibt-es-nicht/tileset.json')).toMatch(/404/);
    expect(await reason('./fixtures/interaction/registry.json')).toMatch(/not a 3D Tiles tileset/);
    expect(await reason('./fixtures/city/footprints.geojson.json')).toMatch(/404/);
    await page.evaluate((url) => window.cityTwin!.loadCity(url), tilesetUrl('town'));
    expect((await page.evaluate(() => window.cityTwin!.stats())).buildings).toBeGreaterThan(100);
  });
});

// Walking on the tiles' own geometry: ground under the feet, walls in the way, as on the GLB.
describe('walking on a 3D Tiles city on the desktop', () => {
  const session = twinSession({
    server: async () => (await makeTownTileset(), {}),
    query: `?city=${tilesetUrl('town')}`,
  });
  beforeEach(() => session.allowProblems(TILES_LIBRARY_NOTE));
  const walk = () => session.page.evaluate(() => window.cityTwin!.walk()!);
  const settled = () =>
    session.page.waitForFunction(() => {
      const t = window.cityTwin!.stats().tiles as unknown as Tiles & { colliderPending: number };
      return t.downloading === 0 && t.colliderPending === 0;
    });
  const holdKey = (code: string, seconds: number) => holdWalkKey(session.page, code, seconds);

  it('stands on the Marktplatz of the tiles, at the height the GLB gives it', async () => {
    await settled();
    expect(await session.page.evaluate(() => window.cityTwin!.goTo('marktplatz'))).toBe(true);
    await session.page.waitForFunction(() => window.cityTwin!.walk()!.grounded);
    const feet = (await walk()).feet;
    expect(feet[0]).toBeCloseTo(11.4, 1);
    // The viewpoint's eye is 1.7 m over the square; the square lies about 0.1 m above the origin.
    expect(feet[1]).toBeGreaterThan(-0.5);
    expect(feet[1]).toBeLessThan(0.6);
  });

  it('W walks forward on the tile ground, and the wall of a building stops the walker outside it', async () => {
    const before = await walk();
    await holdKey('KeyW', 1);
    const after = await walk();
    expect(after.walkedMetres - before.walkedMetres).toBeGreaterThan(1);
    expect(after.grounded).toBe(true);
    // Stand 8 m south of the building, face it, and run at it for longer than it takes to cross it.
    const box = (await session.page.evaluate((id) => window.cityTwin!.building(id)!.box, BUILDING))!;
    const [cx, cz] = [(box.min[0] + box.max[0]) / 2, (box.min[2] + box.max[2]) / 2];
    const eye = box.min[1] + 1.65;
    const placed = await session.page.evaluate(
      ([x, y, z, tz]) => window.cityTwin!.lookFrom([x!, y!, z!], [x!, y!, tz!]),
      [cx, eye, box.max[2] + 8, cz],
    );
    expect(placed).toBe(true);
    const ran = (await walk()).walkedMetres;
    await session.page.keyboard.down('Shift');
    await holdKey('KeyW', 8);
    await session.page.keyboard.up('Shift');
    const { feet, walkedMetres, grounded } = await walk();
    // It reached the building (8 m away) and stood on the tile ground all the way.
    expect(walkedMetres - ran).toBeGreaterThan(6);
    expect(grounded).toBe(true);
    const inside = (k: 0 | 2) => feet[k] > box.min[k] + 0.2 && feet[k] < box.max[k] - 0.2;
    expect(inside(0) && inside(2)).toBe(false);
  });
});

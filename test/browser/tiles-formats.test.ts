import { beforeEach, describe, expect, it } from 'vitest';
import { centrePixel } from '../support/browser.ts';
import { frames } from '../support/frames.ts';
import { twinSession } from '../support/session.ts';
import { FORMATS_BOLLARDS, FORMATS_CLOUD, FORMATS_HOUSE } from '../support/tiles-formats.ts';
import { makeFormatsTileset, tilesetUrl } from '../support/tiles.ts';

type Tiles = { loaded: number; downloading: number; failed: number; colliderPending: number };

// 3D Tiles 1.0 beyond b3dm: a composite (cmpt) of a b3dm and an i3dm, and a point cloud (pnts), in a tileset
// with region bounding volumes only (no transform): the twin places it from the regions.
describe('a region-only 3D Tiles 1.0 tileset of a composite, instances and a point cloud', () => {
  const responses: { url: string; status: number }[] = [];
  const session = twinSession({
    server: async () => (await makeFormatsTileset(), {}),
    query: `?city=${tilesetUrl('formats')}&lang=en`,
    opened: ({ page }) => page.on('response', (r) => responses.push({ url: r.url(), status: r.status() })),
  });
  // The library's own I3DM loader calls its ellipsoid's older signature for EAST_NORTH_UP instances.
  beforeEach(() => session.allowProblems(/The signature for "getEastNorthUpFrame" has changed/));
  const page = () => session.page;
  // The rig moves the camera on its next frame.
  const look = async (eye: number[], target: number[]) => {
    await page().evaluate(([e, t]) => window.cityTwin!.lookFrom(e as never, t as never), [
      eye,
      target,
    ] as const);
    await frames(page(), 3);
    await settled();
  };
  const settled = () =>
    page().waitForFunction(() => {
      const t = window.cityTwin!.stats().tiles as unknown as Tiles;
      return t.loaded === 2 && t.downloading === 0 && t.colliderPending === 0;
    });
  const pickCentre = async () => {
    const size = page().viewportSize()!;
    return page().evaluate(([x, y]) => window.cityTwin!.pick(x!, y!), [size.width / 2, size.height / 2]);
  };

  it('loads the composite and the point cloud, and places the house where it stands', async () => {
    await settled();
    const loaded = (name: string) => responses.some((r) => r.url.endsWith(name) && r.status === 200);
    expect(loaded('/block.cmpt') && loaded('/tree.pnts')).toBe(true);
    const stats = await page().evaluate(() => window.cityTwin!.stats());
    expect((stats.tiles as unknown as Tiles).failed).toBe(0);
    expect(stats.buildings).toBe(1);
    const box = await page().evaluate((id) => window.cityTwin!.building(id)!.box!, FORMATS_HOUSE.id);
    for (let k = 0; k < 3; k++) {
      // Float32 offsets from the RTC centre: millimetres, and no shift or turn from the placement.
      expect(Math.abs(box.min[k]! - FORMATS_HOUSE.min[k]!)).toBeLessThan(0.05);
      expect(Math.abs(box.max[k]! - FORMATS_HOUSE.max[k]!)).toBeLessThan(0.05);
    }
  });

  it('picks the house on the composite tile; the point cloud and the bollards pick no building', async () => {
    expect(await page().evaluate((id) => window.cityTwin!.focus(id), FORMATS_HOUSE.id)).toBe(true);
    await settled();
    expect((await pickCentre())?.buildingId).toBe(FORMATS_HOUSE.id);
    const [cx, cy, cz] = FORMATS_CLOUD;
    await look([cx, cy, cz + 12], [cx, cy, cz]);
    expect((await pickCentre())?.buildingId ?? null).toBeNull();
    const [bx, , bz] = FORMATS_BOLLARDS[1]!;
    await look([bx, 0.6, bz + 4], [bx, 0.6, bz]);
    expect((await pickCentre())?.buildingId ?? null).toBeNull();
    // The instance is drawn: the view's centre is its dark grey, not the sky's blue behind it.
    const [r, g, b] = await centrePixel(page());
    expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThan(30);
    expect(Math.max(r, g, b)).toBeLessThan(150);
  });

  it('walks on the composite ground past the point cloud', async () => {
    // 10 m south of the crown, looking north at it.
    expect(await page().evaluate(() => window.cityTwin!.goTo('baum'))).toBe(true);
    await page().waitForFunction(() => window.cityTwin!.walk()!.grounded);
    const start = await page().evaluate(() => window.cityTwin!.walk()!);
    expect(start.feet[1]).toBeCloseTo(0, 2);
    await page().keyboard.down('KeyW');
    await page().waitForFunction((t) => window.cityTwin!.walk()!.walkSeconds >= t + 8, start.walkSeconds, {
      timeout: 60_000,
      polling: 16,
    });
    await page().keyboard.up('KeyW');
    const end = await page().evaluate(() => window.cityTwin!.walk()!);
    // Under the crown (points are not walls) and on the ground (points are not a floor).
    expect(start.feet[2] - end.feet[2]).toBeGreaterThan(10);
    expect(end.grounded).toBe(true);
    expect(end.feet[1]).toBeCloseTo(0, 2);
  });
});

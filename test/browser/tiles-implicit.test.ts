import { beforeEach, describe, expect, it } from 'vitest';
import { syntheticTown } from '../../src/pipeline/tiles/synthetic-town.ts';
import { twinSession } from '../support/session.ts';
import { IMPLICIT_HALF } from '../support/tiles-implicit.ts';
import { TILES_LIBRARY_NOTE, makeImplicitTileset, tilesetUrl } from '../support/tiles.ts';

type Tiles = { loaded: number; downloading: number; failed: number; colliderPending: number };
const HOUSE = 'syn-1-2-4';

/** Where the house stands in the town's own (glTF) frame, from its vertices. */
function houseBox(): { min: number[]; max: number[] } {
  const { layers, features } = syntheticTown({ extent: 2 * IMPLICIT_HALF, groundCells: 1 });
  const fid = features.findIndex((f) => f.id === HOUSE);
  const houses = layers.find((l) => l.withFeatures)!;
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  houses.featureIds.forEach((id, v) => {
    if (id !== fid) return;
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, houses.positions[v * 3 + k]!);
      max[k] = Math.max(max[k]!, houses.positions[v * 3 + k]!);
    }
  });
  return { min, max };
}

// 3D Tiles 1.1 implicit tiling: a quadtree of two levels in one subtree file, georeferenced by an ECEF root
// transform around the default origin.
describe('a 3D Tiles 1.1 tileset with implicit tiling', () => {
  const requests: string[] = [];
  const session = twinSession({
    server: async () => (await makeImplicitTileset(), {}),
    query: `?city=${tilesetUrl('implicit')}&lang=en`,
    opened: ({ page }) => page.on('request', (r) => requests.push(r.url())),
  });
  beforeEach(() => session.allowProblems(TILES_LIBRARY_NOTE));
  const page = () => session.page;
  const settled = () =>
    page().waitForFunction(() => {
      const t = window.cityTwin!.stats().tiles as unknown as Tiles;
      return t.downloading === 0 && t.colliderPending === 0;
    });

  it('reads the subtree, loads the finer level near the camera and places it in the twin frame', async () => {
    const box = houseBox();
    const centre: [number, number, number] = [
      (box.min[0]! + box.max[0]!) / 2,
      0,
      (box.min[2]! + box.max[2]!) / 2,
    ];
    await page().evaluate((c) => window.cityTwin!.lookFrom([c[0]!, 30, c[2]! + 40], c), centre);
    await page().waitForFunction((id) => window.cityTwin!.focus(id), HOUSE);
    await settled();
    expect(requests.some((url) => url.endsWith('/subtrees/0.0.0.subtree'))).toBe(true);
    expect(requests.some((url) => /\/content\/1\/\d\/\d\.glb$/.test(url))).toBe(true);
    const stats = await page().evaluate(() => window.cityTwin!.stats());
    expect(stats.featureSource).toBe('mesh-features');
    expect((stats.tiles as unknown as Tiles).failed).toBe(0);
    const shown = await page().evaluate((id) => window.cityTwin!.building(id)!.box!, HOUSE);
    for (let k = 0; k < 3; k++) {
      expect(Math.abs(shown.min[k]! - box.min[k]!)).toBeLessThan(0.05);
      expect(Math.abs(shown.max[k]! - box.max[k]!)).toBeLessThan(0.05);
    }
  });

  it('picks a house on an implicit tile', async () => {
    await page().waitForFunction((id) => window.cityTwin!.focus(id), HOUSE);
    await settled();
    const size = page().viewportSize()!;
    const hit = await page().evaluate(
      ([x, y]) => window.cityTwin!.pick(x!, y!),
      [size.width / 2, size.height / 2],
    );
    expect(hit?.buildingId).toBe(HOUSE);
  });
});

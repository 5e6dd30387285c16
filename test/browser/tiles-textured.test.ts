import { beforeEach, describe, expect, it } from 'vitest';
import { colourFor, toHex } from '../../src/core/colour/colour-scale.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { centrePixel } from '../support/browser.ts';
import { publishReading } from '../support/publish.ts';
import { twinSession } from '../support/session.ts';
import { TEXTURED_SPACING } from '../support/textured-obj.ts';
import { TILES_LIBRARY_NOTE, makeTexturedTileset, tilesetUrl } from '../support/tiles.ts';

const HOUSE = 'Haus_1_1';
const PLAIN = 'Haus_4_4';
type Tiles = { loaded: number; downloading: number; colliderPending: number };

// A textured OBJ (blue plaster, white material) tiled by `npm run city -- tile`: the blue can only come from the
// texture the tiles carry. The fixed colour scale, whose colours the test knows in advance.
describe('a textured tileset made from an OBJ', () => {
  const session = twinSession({
    server: async () => (await makeTexturedTileset(), {}),
    query: `?city=${tilesetUrl('textured')}&registry=./fixtures/tiles/generated/textured/registry.json&lang=en&colourScale=fixed`,
    connected: true,
  });
  beforeEach(() => session.allowProblems(TILES_LIBRARY_NOTE));
  const page = () => session.page;
  const settled = () =>
    page().waitForFunction(() => {
      const t = window.cityTwin!.stats().tiles as unknown as Tiles;
      return t.loaded > 0 && t.downloading === 0 && t.colliderPending === 0;
    });
  // Stand 25 m south of house i/j, so its finest tile loads and names it, then frame it.
  const focus = async (i: number, j: number) => {
    const [x, z] = [i * TEXTURED_SPACING + 5, -j * TEXTURED_SPACING - 4];
    await page().evaluate(([a, b]) => window.cityTwin!.lookFrom([a!, 8, b! + 25], [a!, 3, b!]), [x, z]);
    await page().waitForFunction((id) => window.cityTwin!.focus(id), `Haus_${i}_${j}`);
    await settled();
  };

  it('draws the houses with their texture', async () => {
    await focus(4, 4);
    expect(await page().evaluate((id) => window.cityTwin!.building(id)?.colour, PLAIN)).toBeNull();
    const [r, g, b] = await centrePixel(page());
    // Lit blue plaster: blue well above red and green, whatever the sun does to its brightness.
    expect(b).toBeGreaterThan(r + 60);
    expect(b).toBeGreaterThan(g + 30);
  });

  it('colours a textured house from the broker and picks it', async () => {
    await focus(1, 1);
    const size = page().viewportSize()!;
    const hit = await page().evaluate(
      ([x, y]) => window.cityTwin!.pick(x!, y!),
      [size.width / 2, size.height / 2],
    );
    expect(hit?.buildingId).toBe(HOUSE);
    const before = await centrePixel(page());
    expect(before[2]).toBeGreaterThan(before[0] + 60);
    await publishReading(session.twin, 'putz-t1', '31');
    const hot = toHex(colourFor(31, CONFIG_DEFAULTS.scale));
    await page().waitForFunction(([id, hex]) => window.cityTwin!.building(id!)?.colour === hex, [HOUSE, hot]);
    const after = await centrePixel(page());
    // The sensor's colour lies over the texture: red now outweighs the plaster's blue.
    expect(after[0]).toBeGreaterThan(after[2] + 40);
  });
});

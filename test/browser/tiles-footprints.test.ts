import { beforeEach, describe, expect, it } from 'vitest';
import { colourFor, toHex } from '../../src/core/colour/colour-scale.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { publishReading } from '../support/publish.ts';
import { twinSession } from '../support/session.ts';
import { TILES_LIBRARY_NOTE, makeUnsegmentedTileset, tilesetUrl } from '../support/tiles.ts';

// Photogrammetry tiles without building ids (the normal case) and GeoJSON footprints: the footprint layer
// colours and picks the buildings on every tile, as it does on a GLB.
describe('3D Tiles without ids, identified by footprints', () => {
  const session = twinSession({
    server: async () => (await makeUnsegmentedTileset(), {}),
    query:
      `?city=${tilesetUrl('unsegmented')}&footprints=./fixtures/footprints/footprints.geojson` +
      '&registry=./fixtures/footprints/registry.json&colourScale=fixed',
    connected: true,
  });
  beforeEach(() => session.allowProblems(TILES_LIBRARY_NOTE));

  it('identifies the buildings by footprint over tiles, heights from the tiles under them', async () => {
    const page = session.page;
    await page.waitForFunction(
      () => (window.cityTwin!.stats().tiles as { downloading: number }).downloading === 0,
    );
    const stats = await page.evaluate(() => window.cityTwin!.stats());
    expect(stats.featureSource).toBe('footprints');
    expect(stats.buildings).toBe(3);
    expect((stats.tiles as { loaded: number }).loaded).toBeGreaterThan(1);
    const info = await page.evaluate(() => window.cityTwin!.building('fp-middle'));
    expect(info?.box?.max[1]).toBeCloseTo(14, 2);
  });

  it('colours the building from the broker and picks it on its tile', async () => {
    const page = session.page;
    expect(await page.evaluate(() => window.cityTwin!.focus('fp-middle'))).toBe(true);
    await publishReading(session.twin, 'fp-middle-t1', '29');
    const hot = toHex(colourFor(29, CONFIG_DEFAULTS.scale));
    await page.waitForFunction((hex) => window.cityTwin!.building('fp-middle')?.colour === hex, hot);
    const size = page.viewportSize()!;
    const hit = await page.evaluate(
      ([x, y]) => window.cityTwin!.pick(x!, y!),
      [size.width / 2, size.height / 2],
    );
    expect(hit?.buildingId).toBe('fp-middle');
  });
});

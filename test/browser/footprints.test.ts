import { describe, expect, it } from 'vitest';
import { colourFor, toHex } from '../../src/core/colour/colour-scale.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { centrePixel } from '../support/browser.ts';
import { steady } from '../support/frames.ts';
import { publishReading } from '../support/publish.ts';
import { twinSession } from '../support/session.ts';

const QUERY =
  '?city=./fixtures/footprints/unsegmented.glb&footprints=./fixtures/footprints/footprints.geojson' +
  '&registry=./fixtures/footprints/registry.json&colourScale=fixed';

// Issue 3: a photogrammetry-style mesh without building ids, coloured and picked through a footprint layer.
describe('unsegmented mesh + GeoJSON footprints: a reading colours the building under its footprint', () => {
  const session = twinSession({ query: QUERY, connected: true });

  it('identifies the buildings by footprint, with the footprints’ properties', async () => {
    const stats = await session.page.evaluate(() => window.cityTwin!.stats());
    expect(stats.featureSource).toBe('footprints');
    expect(stats.buildings).toBe(3);
    const info = await session.page.evaluate(() => window.cityTwin!.building('fp-middle'));
    expect(info?.name).toBe('Mittelhaus');
    expect(info?.address).toBe('Probeweg 2');
    // Heights come from the mesh under the footprint: the middle box is 14 m tall.
    expect(info?.box?.max[1]).toBeCloseTo(14, 3);
    expect(info?.box?.min[0]).toBeCloseTo(-5, 3);
  });

  it('colours the building by a reading from mosquitto_pub, read back through building(id) and by pixel', async () => {
    expect(await session.page.evaluate(() => window.cityTwin!.focus('fp-middle'))).toBe(true);
    const before = await centrePixel(session.page);
    await publishReading(session.twin, 'fp-middle-t1', '28');
    const hot = toHex(colourFor(28, CONFIG_DEFAULTS.scale));
    await session.page.waitForFunction((hex) => window.cityTwin!.building('fp-middle')?.colour === hex, hot);
    const hotPixel = await centrePixel(session.page);
    expect(hotPixel).not.toEqual(before);
    expect(hotPixel[0]).toBeGreaterThan(hotPixel[2] + 40);
    // Neighbours without readings keep the model's own colour.
    expect(await session.page.evaluate(() => window.cityTwin!.building('fp-west')?.colour)).toBeNull();

    await publishReading(session.twin, 'fp-middle-t1', JSON.stringify({ value: 2, unit: '°C' }));
    const cold = toHex(colourFor(2, CONFIG_DEFAULTS.scale));
    await session.page.waitForFunction((hex) => window.cityTwin!.building('fp-middle')?.colour === hex, cold);
    const coldPixel = await centrePixel(session.page);
    expect(coldPixel[2]).toBeGreaterThan(coldPixel[0] + 40);
  });

  it('picks by footprint: the screen centre after focus is the building, the open ground is none', async () => {
    await session.page.evaluate(() => window.cityTwin!.focus('fp-east'));
    const size = session.page.viewportSize()!;
    const hit = await session.page.evaluate(
      ([x, y]) => window.cityTwin!.pick(x!, y!),
      [size.width / 2, size.height / 2],
    );
    expect(hit?.buildingId).toBe('fp-east');
    expect(hit?.properties.name).toBe('Osthaus');
    // The very bottom-left corner of the view looks at open ground (or sky): no building.
    expect(await session.page.evaluate(() => window.cityTwin!.pick(1, 1))).toBeNull();
  });

  it('frees the footprint layer with the city and builds it again on a remount', async () => {
    // What the renderer holds once it has held the same for a few frames: what was freed is no longer counted.
    const memory = () => steady(session.page, () => window.cityTwin!.stats().memory, { frames: 5 });
    await session.page.evaluate(() => window.cityTwin!.select('fp-west'));
    const mounted = await memory();
    await session.page.evaluate(() => window.cityTwin!.loadCity(''));
    const unmounted = await memory();
    // The id raster and the colour lookup at least.
    expect(unmounted.textures).toBeLessThanOrEqual(mounted.textures - 2);
    expect(await session.page.evaluate(() => window.cityTwin!.selected())).toBeNull();
    await session.page.evaluate(() =>
      window.cityTwin!.loadCity('./fixtures/footprints/unsegmented.glb?remount'),
    );
    expect(await session.page.evaluate(() => window.cityTwin!.stats().featureSource)).toBe('footprints');
    await session.page.evaluate(() => window.cityTwin!.select('fp-west'));
    expect(await memory()).toEqual(mounted);
  });
});

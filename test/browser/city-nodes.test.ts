import { describe, expect, it } from 'vitest';
import { colourFor, toHex } from '../../src/core/colour/colour-scale.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { centrePixel, waitConnected, waitReady } from '../support/browser.ts';
import { publishReading } from '../support/publish.ts';
import { twinSession } from '../support/session.ts';

// A model with one node per building and no EXT_mesh_features: its nodes are the buildings.
describe('a glTF with one node per building', () => {
  const session = twinSession({ query: false });

  it('takes each node as a building, by its extras id or else its name, and colours it from its sensor', async () => {
    const query =
      'city=./fixtures/city/nodes-per-building.glb&registry=./fixtures/nodes/registry.csv&colourScale=fixed';
    const { page } = await session.open(`?${query}`);
    await waitReady(page);
    const stats = await page.evaluate(() => window.cityTwin!.stats());
    expect(stats.featureSource).toBe('nodes');
    expect(stats.buildings).toBe(3);
    expect((await page.evaluate(() => window.cityTwin!.building('house-a')))?.height).toBe(9);
    expect((await page.evaluate(() => window.cityTwin!.building('Haus B')))?.address).toBe('Turmstraße 2');

    await waitConnected(page);
    expect(await page.evaluate(() => window.cityTwin!.focus('Haus B'))).toBe(true);
    const [r0, , b0] = await centrePixel(page);
    await publishReading(session.twin, 't-b', '33.5');
    const hot = toHex(colourFor(33.5, CONFIG_DEFAULTS.scale));
    await page.waitForFunction((c) => window.cityTwin!.building('Haus B')?.colour === c, hot);
    expect((await page.evaluate(() => window.cityTwin!.building('house-a')))?.colour).toBeNull();
    // The plaster-white roof has turned red under its light.
    expect(await page.evaluate(() => window.cityTwin!.focus('Haus B'))).toBe(true);
    const [r, , b] = await centrePixel(page);
    expect(r - b).toBeGreaterThan(r0 - b0 + 30);
  });
});

import { describe, expect, it } from 'vitest';
import { createChunkWriter } from '../../src/pipeline/gltf/chunk-glb.ts';
import { createBuildingMesher } from '../../src/pipeline/import/building-mesher.ts';
import { cityToGlb } from '../../src/pipeline/write-city.ts';
import { drop, noticeWith } from '../support/drop.ts';
import { twinSession } from '../support/session.ts';
import { box } from '../unit/pipeline/box-building.ts';

/** Seven 10 m boxes imported as a large CityGML file is: two to a chunk, each compressed at once, then joined. */
async function chunkedCity(): Promise<{ glb: Uint8Array; origin: { easting: number; northing: number } }> {
  const chunks = createChunkWriter();
  const mesher = createBuildingMesher((x, y) => [x, y], { chunk: 2, onChunk: chunks.add, footprints: false });
  for (let i = 0; i < 7; i++) mesher.add(box(`h${i}`, 384000 + 40 * i, 5935000 + 25 * i, 20 + i));
  const { city, shift } = mesher.finish();
  const glb = await cityToGlb(city, { parts: { glbs: await chunks.finish(), shift: shift ?? [] } });
  return { glb, origin: city.origin };
}

// What the import writes for a file too large to hold: the twin draws every chunk, each building in its place.
describe('a city imported chunk by chunk', () => {
  const session = twinSession();

  it('is shown with every building of every chunk where the file puts it', async () => {
    const { page } = session;
    const { glb, origin } = await chunkedCity();
    await drop(page, [{ name: 'gross.glb', base64: Buffer.from(glb).toString('base64') }]);
    await noticeWith(page, 'gross.glb wird gezeigt (7 Gebäude)');
    expect(await page.evaluate(() => window.cityTwin!.cityOrigin())).toMatchObject(origin);
    for (const i of [0, 3, 6]) {
      const b = (await page.evaluate((id) => window.cityTwin!.building(id), `h${i}`))!;
      // The box's south-west ground corner in the twin's frame: x east, y up from the lowest point, z south.
      const corner = [384000 + 40 * i - origin.easting, i, -(5935000 + 25 * i + 10 - origin.northing)];
      b.box!.min.forEach((v, k) => expect(Math.abs(v - corner[k]!)).toBeLessThan(0.05));
    }
    expect(session.problems).toEqual([]);
  });
});

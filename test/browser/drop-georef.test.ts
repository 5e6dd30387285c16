import { describe, expect, it } from 'vitest';
import { geodeticToEcef } from '../../src/core/geo/ecef.ts';
import { lonLatToUtm33 } from '../../src/core/geo/geo-frame.ts';
import { createCityIO } from '../../src/pipeline/gltf/io.ts';
import { makeGeorefGlb } from '../fixtures/georef/make-georef-glb.ts';
import { drop, noticeWith, type DropFile } from '../support/drop.ts';
import { twinSession } from '../support/session.ts';

// A known point by the Marktplatz, in UTM 33.
const POINT = { lon: 13.2611, lat: 53.5578 };
const [E33, N33] = lonLatToUtm33(POINT.lon, POINT.lat);
const base64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64');

/** A .gltf and its .bin as an exporter leaves them, the .gltf's root carrying `extensions` as given. */
async function gltfFiles(name: string, extensions: Record<string, unknown>): Promise<DropFile[]> {
  const io = await createCityIO();
  const doc = await io.readBinary(await makeGeorefGlb({}));
  const { json, resources } = await io.writeJSON(doc, { basename: name });
  const withRtc = { ...json, extensions, extensionsUsed: Object.keys(extensions) };
  return [
    { name: `${name}.gltf`, base64: base64(JSON.stringify(withRtc)) },
    ...Object.entries(resources).map(([uri, bytes]) => ({ name: uri, base64: base64(bytes) })),
  ];
}

// A dropped glTF is packed into one GLB in the worker; where it says it lies must survive the packing.
describe('a dropped glTF with its files, georeferenced', () => {
  const session = twinSession();

  it('is placed by its CESIUM_RTC centre', async () => {
    const { page } = session;
    const files = await gltfFiles('rtc', {
      CESIUM_RTC: { center: geodeticToEcef(POINT.lon, POINT.lat, 30) },
    });
    expect(files.map((f) => f.name)).toEqual(['rtc.gltf', 'rtc.bin']);
    await drop(page, files);
    await noticeWith(page, 'rtc.gltf wird gezeigt');
    const o = (await page.evaluate(() => window.cityTwin!.cityOrigin()))!;
    // The model's 0,0,0 is the centre: the origin in whole UTM 33 metres lies within half a diagonal metre.
    expect(Math.hypot(o.easting - E33, o.northing - N33)).toBeLessThanOrEqual(0.71);
    expect(o.height).toBe(30);
    expect(session.problems).toEqual([]);
  });
});

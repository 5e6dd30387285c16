import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { geodeticToEcef } from '../../src/core/geo/ecef.ts';
import { lonLatToUtm33 } from '../../src/core/geo/geo-frame.ts';
import { createNodeCrsRegistry } from '../../src/pipeline/geo/epsg-set.ts';
import { createCityIO } from '../../src/pipeline/gltf/io.ts';
import { makeGeorefGlb } from '../fixtures/georef/make-georef-glb.ts';
import { drop, noticeWith, type DropFile } from '../support/drop.ts';
import { twinSession } from '../support/session.ts';

// A known point by the Marktplatz, in UTM 33.
const POINT = { lon: 13.2611, lat: 53.5578 };
const [E33, N33] = lonLatToUtm33(POINT.lon, POINT.lat);
createNodeCrsRegistry().define('EPSG:25832');
const [E32, N32] = proj4('EPSG:4326', 'EPSG:25832', [POINT.lon, POINT.lat]) as [number, number];
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

// A model that says nothing about where it lies is shown as it is, and the page offers to place it.
describe('a dropped GLB without a georeference', () => {
  const session = twinSession();

  it('is placed where an EPSG code and the point of its 0,0,0 say, the code checked against the EPSG set', async () => {
    const { page } = session;
    await drop(page, [{ name: 'ohne-ort.glb', base64: base64(await makeGeorefGlb({})) }]);
    await noticeWith(page, 'ohne-ort.glb wird gezeigt (2 Gebäude)');
    expect(await page.evaluate(() => window.cityTwin!.cityOrigin())).toBeNull();
    const form = page.getByTestId('drop-place');
    await form.getByText('ohne-ort.glb sagt nicht, wo es liegt').waitFor();
    const place = form.getByRole('button', { name: 'Platzieren' });
    await form.getByLabel('EPSG-Code').fill('Gauß-Krüger');
    await place.click();
    await form.getByText('„Gauß-Krüger“ ist kein EPSG-Code').waitFor();
    await form.getByLabel('EPSG-Code').fill('EPSG:99999');
    await place.click();
    await form.getByText('Bitte Rechts- und Hochwert als Zahlen angeben').waitFor();
    await form.getByLabel('Rechtswert').fill(E32.toFixed(3));
    await form.getByLabel('Hochwert').fill(N32.toFixed(3));
    await form.getByLabel('Höhe').fill('30');
    await place.click();
    // A code the EPSG set lacks: the form asks again, saying why, and the model stays as it was.
    await form.getByText('EPSG:99999 lässt sich nicht verwenden').waitFor();
    await form.getByLabel('EPSG-Code').fill('25832');
    await form.getByLabel('Rechtswert').fill(E32.toFixed(3));
    await form.getByLabel('Hochwert').fill(N32.toFixed(3));
    await form.getByLabel('Höhe').fill('30');
    await place.click();
    await form.waitFor({ state: 'detached' });
    await page.waitForFunction(() => window.cityTwin!.cityOrigin() !== null);
    const o = (await page.evaluate(() => window.cityTwin!.cityOrigin()))!;
    expect(Math.hypot(o.easting - E33, o.northing - N33)).toBeLessThanOrEqual(0.71);
    expect(o.height).toBe(30);
    // Two points of Haus_B's roof a metre inside its east corners (39 m east, 1 and 9 m north of the 0,0,0 in
    // UTM 32) land where UTM 33 puts them: the grids are turned some 5 degrees against each other here, so a model
    // moved but not turned would have one of them outside. Looked at from above, each is Haus_B.
    const size = page.viewportSize()!;
    for (const north of [1, 9]) {
      const [e, n] = proj4('EPSG:25832', 'EPSG:25833', [E32 + 39, N32 + north]) as [number, number];
      const [x, z] = [e - o.easting, -(n - o.northing)];
      await page.evaluate(([x, z]) => window.cityTwin!.lookFrom([x!, 60, z! + 0.01], [x!, 0, z!]), [x, z]);
      await expect
        .poll(() =>
          page.evaluate(
            ([w, h]) => window.cityTwin!.pick(w!, h!)?.buildingId,
            [size.width / 2, size.height / 2],
          ),
        )
        .toBe('Haus_B');
    }
    expect(session.problems).toEqual([]);
  });
});

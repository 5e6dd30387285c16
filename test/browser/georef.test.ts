import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { geodeticToEcef } from '../../src/core/geo/ecef.ts';
import { lonLatToUtm33 } from '../../src/core/geo/geo-frame.ts';
import { createNodeCrsRegistry } from '../../src/pipeline/geo/epsg-set.ts';
import { makeGeorefGlb } from '../fixtures/georef/make-georef-glb.ts';
import { drop, noticeWith } from '../support/drop.ts';
import { twinSession } from '../support/session.ts';

const FIX = join(import.meta.dirname, '../fixtures');
// A known point by the Marktplatz, and where it lies in UTM 32 and 33.
const POINT = { lon: 13.2611, lat: 53.5578 };
createNodeCrsRegistry().define('EPSG:25832');
const [E32, N32] = proj4('EPSG:4326', 'EPSG:25832', [POINT.lon, POINT.lat]) as [number, number];
const [E33, N33] = lonLatToUtm33(POINT.lon, POINT.lat);

const origin = (page: Page) => page.evaluate(() => window.cityTwin!.cityOrigin());
const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/** `cityTwin.loadCity` of GLB bytes through an object URL in the page: resolves to '' or the reason it failed. */
const loadBytes = (page: Page, bytes: Uint8Array) =>
  page.evaluate(async (b64) => {
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], {
      type: 'model/gltf-binary',
    });
    const url = URL.createObjectURL(blob);
    try {
      await window.cityTwin!.loadCity(url);
      return '';
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      URL.revokeObjectURL(url);
    }
  }, base64(bytes));

// Models from elsewhere land where they say they lie; a city file without a CRS is given one on the page.
describe('georeferenced models and the EPSG field', () => {
  const session = twinSession();

  it("places a dropped GLB by BlenderGIS's scene crs/crsx/crsy (EPSG:25832) within half a metre", async () => {
    const { page } = session;
    const glb = await makeGeorefGlb({ sceneExtras: { crs: 'EPSG:25832', crsx: E32, crsy: N32 } });
    await drop(page, [{ name: 'blender.glb', base64: base64(glb) }]);
    await noticeWith(page, 'blender.glb wird gezeigt (2 Gebäude)');
    const o = (await origin(page))!;
    // The origin is the model's 0,0,0 in whole UTM 33 metres.
    expect(Math.abs(o.easting - E33)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(o.northing - N33)).toBeLessThanOrEqual(0.5);
    expect(session.problems).toEqual([]);
  });

  it('places a GLB with CESIUM_RTC loaded by loadCity; an unknown CRS is refused by its place and the city stays', async () => {
    const { page } = session;
    const rtc = await makeGeorefGlb({ rtcCenter: geodeticToEcef(POINT.lon, POINT.lat, 30) });
    expect(await loadBytes(page, rtc)).toBe('');
    const o = (await origin(page))!;
    expect(Math.hypot(o.easting - E33, o.northing - N33)).toBeLessThanOrEqual(0.71);
    expect(o.height).toBe(30);
    const bad = await makeGeorefGlb({ rootExtras: { crs: 'EPSG:99999' } });
    expect(await loadBytes(page, bad)).toMatch(/extras\.crs: unknown CRS EPSG:99999/);
    expect(await origin(page)).toEqual(o);
    expect((await page.evaluate(() => window.cityTwin!.stats())).buildings).toBe(2);
    session.allowProblems(/unknown CRS EPSG:99999/);
  });

  it('asks for the EPSG code of a dropped CityJSON without one, checks it, and places the city with it', async () => {
    const { page } = session;
    const json = JSON.parse(await readFile(join(FIX, 'crs/cityjson-v1.1-25833.city.json'), 'utf8')) as {
      metadata: Record<string, unknown>;
    };
    delete json.metadata.referenceSystem;
    await drop(page, [
      { name: 'ohne.city.json', base64: Buffer.from(JSON.stringify(json)).toString('base64') },
    ]);
    const form = page.getByTestId('drop-crs');
    await form.getByText('ohne.city.json nennt kein Bezugssystem').waitFor();
    const field = form.getByLabel('EPSG-Code');
    await field.fill('Gauß-Krüger');
    await form.getByRole('button', { name: 'Importieren' }).click();
    await form.getByText('„Gauß-Krüger“ ist kein EPSG-Code').waitFor();
    // A code the EPSG set lacks: the worker refuses it and the field asks again.
    await field.fill('EPSG:99999');
    await form.getByRole('button', { name: 'Importieren' }).click();
    await form.getByText('EPSG:99999 lässt sich nicht verwenden').waitFor();
    await field.fill('25833');
    await form.getByRole('button', { name: 'Importieren' }).click();
    await noticeWith(page, 'ohne.city.json wird gezeigt (2 Gebäude)');
    await form.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => window.cityTwin!.building('DEMV_HAUS_1'))).toMatchObject({
      address: 'Marktplatz 1, 17033 Neubrandenburg',
    });
    // The fixture's houses lie by the translate 308124 E 6098907 N (UTM 33).
    const o = (await origin(page))!;
    expect(Math.hypot(o.easting - 308140, o.northing - 6098913)).toBeLessThan(20);
    expect(session.problems).toEqual([]);
  });
});

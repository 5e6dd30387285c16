import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCityIO } from '../../src/pipeline/gltf/io.ts';
import { drop, fixtureFile, noticeWith } from '../support/drop.ts';
import { twinSession } from '../support/session.ts';

const FIX = join(import.meta.dirname, '../fixtures');

const file = fixtureFile;

// A file dropped on the page is imported in a worker and shown; nothing is uploaded.
describe('drag and drop', () => {
  const session = twinSession();

  it('imports a dropped CityGML file in a worker with a progress bar and shows its buildings', async () => {
    const { page } = session;
    // Remember whether the progress bar was ever on screen: the import may be over before a poll sees it.
    await page.evaluate(() => {
      const seen = { progress: false };
      (window as unknown as { dropSeen: typeof seen }).dropSeen = seen;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid=drop-progress]')) seen.progress = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.method()));
    await drop(page, [await file('crs/citygml-v2-25833.gml')]);
    await noticeWith(page, 'citygml-v2-25833.gml wird gezeigt (2 Gebäude)');
    const stats = await page.evaluate(() => window.cityTwin!.stats());
    expect(stats.buildings).toBe(2);
    const house = await page.evaluate(() => window.cityTwin!.building('DEMV_HAUS_1'));
    expect(house).toMatchObject({ name: 'Haus am Markt', address: 'Marktplatz 1, 17033 Neubrandenburg' });
    expect(
      await page.evaluate(() => (window as unknown as { dropSeen: { progress: boolean } }).dropSeen.progress),
    ).toBe(true);
    // Nothing was sent anywhere: no request but GETs (the worker's own script).
    expect(requests.filter((m) => m !== 'GET')).toEqual([]);
    expect(session.problems).toEqual([]);
  });

  it('asks for the CRS of a dropped file without one and keeps the city it shows when not given', async () => {
    const { page } = session;
    const text = (await readFile(join(FIX, 'crs/citygml-v1-25832.gml'), 'utf8')).replace(
      ' srsName="EPSG:25832"',
      '',
    );
    await drop(page, [{ name: 'ohne-crs.gml', base64: Buffer.from(text).toString('base64') }]);
    const form = page.getByTestId('drop-crs');
    await form.getByText('ohne-crs.gml nennt kein Bezugssystem').waitFor();
    await form.getByRole('button', { name: 'Abbrechen' }).click();
    await form.waitFor({ state: 'detached' });
    expect((await page.evaluate(() => window.cityTwin!.stats())).buildings).toBe(2);
    expect(session.problems).toEqual([]);
  });

  it('packs a dropped glTF with its buffer into one model and shows it', async () => {
    const { page } = session;
    const io = await createCityIO();
    const doc = await io.readBinary(new Uint8Array(await readFile(join(FIX, 'city/nodes-per-building.glb'))));
    // Decoded and written plain: a .gltf beside its .bin, as an exporter leaves them in a folder.
    doc
      .getRoot()
      .listExtensionsUsed()
      .forEach((e) => e.dispose());
    const { json, resources } = await io.writeJSON(doc, { basename: 'stadt' });
    const files = [{ name: 'stadt.gltf', base64: Buffer.from(JSON.stringify(json)).toString('base64') }];
    for (const [uri, bytes] of Object.entries(resources))
      files.push({ name: uri, base64: Buffer.from(bytes).toString('base64') });
    await drop(page, files);
    await noticeWith(page, 'stadt.gltf wird gezeigt');
    expect((await page.evaluate(() => window.cityTwin!.stats())).buildings).toBeGreaterThan(0);
    expect(session.problems).toEqual([]);
  });

  it('shows a dropped GLB as it is', async () => {
    const { page } = session;
    await drop(page, [await file('city/nodes-per-building.glb')]);
    await noticeWith(page, 'nodes-per-building.glb wird gezeigt');
    const buildings = await page.evaluate(() => window.cityTwin!.stats().buildings);
    expect(buildings).toBeGreaterThan(0);
    expect(buildings).not.toBe(2);
    expect(session.problems).toEqual([]);
  });
});

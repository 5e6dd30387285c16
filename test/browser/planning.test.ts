import { describe, expect, it } from 'vitest';
import { twinSession } from '../support/session.ts';
import { brightnessAt, frames, shadowDirection } from '../support/planning.ts';

type V3 = [number, number, number];
// From the east, high: north and south of the tower lie side by side on screen, neither hidden by it.
const EAST_VIEW: [V3, V3] = [
  [110, 90, 60],
  [35, 0, 55],
];
const TOWER = {
  id: 'tower',
  x: 35,
  z: 60,
  width: 10,
  depth: 10,
  storeys: 8,
  storeyHeight: 3,
  roof: 'flat' as const,
};

// Planning on the walk fixture (flat ground, a 12 m block, a kiosk), on the winter solstice at noon.
describe('planning: clock, sun, a proposed block and its shadow', () => {
  const session = twinSession({ query: '?city=/fixtures/walk/walk-city.glb&time=2026-12-21T12:00' });
  const page = () => session.page;
  const sun = () => page().evaluate(() => window.cityTwin!.sun());
  /** Ground points beside the tower: 12 m from its edge towards its shadow, and as far on the sunny side. */
  const besideTower = async (): Promise<{ shade: V3; sunny: V3 }> => {
    const [dx, dz] = shadowDirection(await sun());
    const p = await page().evaluate(() => window.cityTwin!.proposals.list().find((q) => q.id === 'tower')!);
    const d = 5 + 12;
    return { shade: [p.x + dx * d, 0, p.z + dz * d], sunny: [p.x - dx * d, 0, p.z - dz * d] };
  };

  it('sets the clock from ?time= in Berlin time, and the sun stands low in the south', async () => {
    const clock = await page().evaluate(() => {
      const c = window.cityTwin!.clock.get();
      return { iso: c.time.toISOString(), live: c.live };
    });
    expect(clock).toEqual({ iso: '2026-12-21T11:00:00.000Z', live: false });
    const s = await sun();
    expect(s.altitudeDeg).toBeGreaterThan(12);
    expect(s.altitudeDeg).toBeLessThan(14);
    expect(Math.abs(s.azimuthDeg - 180)).toBeLessThan(5);
  });

  it('places a block with its height, storeys and floor area', async () => {
    const placed = await page().evaluate(
      ([spec, view]) => {
        window.cityTwin!.proposals.add(spec);
        window.cityTwin!.view(view[0], view[1]);
        return window.cityTwin!.proposals.list()[0]!;
      },
      [TOWER, EAST_VIEW] as const,
    );
    expect(placed.measures).toMatchObject({ height: 24, storeys: 8, grossFloorArea: 800, overlaps: [] });
    expect(placed.baseY).toBeCloseTo(0, 2);
    await frames(page(), 5);
  });

  it('casts its shadow away from the sun (sampled pixels)', async () => {
    const { shade, sunny } = await besideTower();
    await expect
      .poll(async () => (await brightnessAt(page(), shade)) / (await brightnessAt(page(), sunny)), {
        timeout: 30_000,
      })
      .toBeLessThan(0.9);
  });

  it('moves the block by dragging it with the mouse', async () => {
    const from = await page().evaluate(() => window.cityTwin!.toScreen(35, 12, 60)!);
    const to = await page().evaluate(() => window.cityTwin!.toScreen(35, 12, 50)!);
    await page().mouse.move(from[0], from[1]);
    await page().mouse.down();
    for (let i = 1; i <= 5; i++)
      await page().mouse.move(from[0] + ((to[0] - from[0]) * i) / 5, from[1] + ((to[1] - from[1]) * i) / 5);
    await page().mouse.up();
    const moved = await page().evaluate(() => window.cityTwin!.proposals.list()[0]!);
    // Dragged on the plane of its foot: a point 12 m up moves it somewhat more than 10 m on the ground.
    expect(moved.z).toBeLessThan(50);
    expect(moved.z).toBeGreaterThan(35);
    expect(Math.abs(moved.x - 35)).toBeLessThan(3);
    // The view stayed where it was: the drag moved the block, not the camera.
    expect((await page().evaluate(() => window.cityTwin!.pose())).position).toEqual(EAST_VIEW[0]);
    await page().evaluate(() => window.cityTwin!.proposals.update('tower', { x: 35, z: 60 }));
  });

  it('moves the shadow when the time changes', async () => {
    const noon = await besideTower();
    await page().evaluate(() => window.cityTwin!.clock.set('2026-12-21T14:00'));
    const later = await besideTower();
    expect((await sun()).azimuthDeg).toBeGreaterThan(200);
    await expect
      .poll(
        async () => (await brightnessAt(page(), later.shade)) / (await brightnessAt(page(), later.sunny)),
        { timeout: 30_000 },
      )
      .toBeLessThan(0.9);
    // Where the noon shadow lay, the afternoon sun shines.
    await expect
      .poll(
        async () => (await brightnessAt(page(), noon.shade)) / (await brightnessAt(page(), later.sunny)),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0.95);
    await page().evaluate(() => window.cityTwin!.clock.set('2026-12-21T12:00'));
  });

  it('hides an existing building, and shows it again', async () => {
    const pickKiosk = () =>
      page().evaluate(() => {
        window.cityTwin!.view([0, 30, 45], [0, 0, 23]);
        const at = window.cityTwin!.toScreen(0, 2, 23)!;
        return window.cityTwin!.pick(at[0], at[1])?.buildingId ?? null;
      });
    await frames(page(), 2);
    expect(await pickKiosk()).toBe('kiosk');
    await page().evaluate(() => window.cityTwin!.hideBuildings(['kiosk']));
    expect(await pickKiosk()).not.toBe('kiosk');
    expect(await page().evaluate(() => window.cityTwin!.hiddenBuildings())).toEqual(['kiosk']);
    await page().evaluate(() => window.cityTwin!.hideBuildings([]));
    expect(await pickKiosk()).toBe('kiosk');
  });

  it('saves the plan as GeoJSON and loads it back; a wrong file is refused with its place', async () => {
    const saved = await page().evaluate(() => {
      const json = window.cityTwin!.proposals.toGeoJSON();
      window.cityTwin!.proposals.remove('tower');
      return json as { features: { properties: Record<string, unknown> }[] };
    });
    expect(saved.features[0]!.properties).toMatchObject({ storeys: 8, height: 24, roof: 'flat' });
    expect(await page().evaluate(() => window.cityTwin!.proposals.list().length)).toBe(0);
    await page().evaluate((json) => window.cityTwin!.proposals.load(json), saved);
    const back = await page().evaluate(() => window.cityTwin!.proposals.list());
    expect(back.map((p) => [p.id, p.storeys, Math.round(p.x), Math.round(p.z)])).toEqual([
      ['tower', 8, 35, 60],
    ]);
    const bad = structuredClone(saved);
    bad.features[0]!.properties.storeys = 'many';
    const error = await page().evaluate((json) => {
      try {
        window.cityTwin!.proposals.load(json);
        return null;
      } catch (e) {
        return String(e);
      }
    }, bad);
    expect(error).toContain('features[0].properties.storeys: must be a whole number from 1 to 200');
    expect(await page().evaluate(() => window.cityTwin!.proposals.list().length)).toBe(1);
  });

  it('names a bad file loaded in the panel in a notice, and keeps the plan', async () => {
    await page().getByTestId('planning-open').click();
    await page()
      .getByTestId('planning-file')
      .setInputFiles({
        name: 'kaputt.geojson',
        mimeType: 'application/geo+json',
        buffer: Buffer.from('{"type":"FeatureCollection","features":[{"type":"Feature"}]}'),
      });
    await expect
      .poll(() => page().locator('.notices, [data-testid=notices]').innerText(), { timeout: 30_000 })
      .toMatch(/kaputt\.geojson.*features\[0\]\.properties/);
    expect(await page().evaluate(() => window.cityTwin!.proposals.list().length)).toBe(1);
  });

  it('computes a shadow study: a point in the open gets the whole day, a point north of the tower little', async () => {
    const study = await page().evaluate(() => window.cityTwin!.shadowStudy());
    expect(study).toMatchObject({ key: 'site-1/A', day: '2026-12-21', cells: 200 });
    const hours = await page().evaluate(() => ({
      open: window.cityTwin!.sunHours(-60, 70),
      north: window.cityTwin!.sunHours(35, 47),
    }));
    // Above 1° the solstice sun shines about seven hours; behind a 24 m tower at a 13° noon sun, almost none.
    expect(hours.open).toBeGreaterThan(6.5);
    expect(hours.open).toBeLessThan(7.6);
    expect(hours.north).toBeLessThan(hours.open - 3);
    await expect.poll(() => page().getByTestId('study-legend').isVisible()).toBe(true);
  });

  it('proposes a glTF model dropped onto the page, and names a broken one in a notice', async () => {
    const drop = (name: string, bytes: string | null) =>
      page().evaluate(
        async ([file, text]) => {
          const blob =
            text === null ? await (await fetch('/fixtures/walk/walk-city.glb')).blob() : new Blob([text]);
          const transfer = new DataTransfer();
          transfer.items.add(new File([blob], file));
          window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
        },
        [name, bytes] as const,
      );
    await drop('stadtmodell.glb', null);
    await page().waitForFunction(
      () => window.cityTwin!.proposals.list().some((p) => p.model === 'stadtmodell.glb'),
      null,
      { timeout: 60_000 },
    );
    const model = await page().evaluate(() =>
      window.cityTwin!.proposals.list().find((p) => p.model === 'stadtmodell.glb')!,
    );
    // The walk fixture is 200 m x 200 m and 12 m high: its footprint and height become the proposal's.
    expect(model.measures!.footprintArea).toBeCloseTo(200 * 200, -2);
    expect(model.measures!.height).toBeGreaterThanOrEqual(12);
    await drop('kaputt.glb', 'not a model');
    await expect
      .poll(() => page().getByTestId('notices').innerText(), { timeout: 30_000 })
      .toContain('kaputt.glb');
    expect(await page().evaluate(() => window.cityTwin!.proposals.list().length)).toBe(2);
    await page().evaluate((id) => window.cityTwin!.proposals.remove(id), model.id);
  });

  it('keeps variants of a site, shows one at a time, each with its own shadow study', async () => {
    const result = await page().evaluate(() => {
      const twin = window.cityTwin!;
      twin.proposals.add({
        id: 'low',
        variant: 'B',
        x: 35,
        z: 60,
        width: 10,
        depth: 10,
        storeys: 2,
        roof: 'gable',
      });
      const shownB = twin.proposals
        .list()
        .filter((p) => p.shown && p.site === 'site-1')
        .map((p) => p.id);
      const b = twin.shadowStudy({ x: 35, z: 60 });
      const northB = twin.sunHours(35, 5);
      twin.proposals.showVariant('site-1', 'A');
      const shownA = twin.proposals
        .list()
        .filter((p) => p.shown && p.site === 'site-1')
        .map((p) => p.id);
      return { shownA, shownB, key: b.key, northB, northA: twin.sunHours(35, 5) };
    });
    expect(result.shownB).toEqual(['low']);
    expect(result.key).toBe('site-1/B');
    expect(result.shownA).toContain('tower');
    expect(result.shownA).not.toContain('low');
    // 50 m north of the site the two-storey variant's shadow ends; the tower's reaches it.
    expect(result.northB).toBeGreaterThan(result.northA + 0.5);
  });
});

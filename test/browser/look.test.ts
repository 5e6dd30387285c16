import { describe, expect, it } from 'vitest';
import { coloursAt, colourDistance, hexRgb, runsAlong, type Rgb } from '../support/look.ts';
import { frames } from '../support/planning.ts';
import { twinSession } from '../support/session.ts';
import type { Page } from 'playwright-core';

type V3 = [number, number, number];
/** The canvas's clear colour (App), what shows where nothing is drawn. */
const CLEAR: Rgb = [185, 211, 234];
// The Treptower Tor's inner gate house (OSM way 28009659), its east gable seen face-on from the town side.
const TREPTOWER = { x: -362.8, z: -60.6, eave: 32 * 0.62, ridge: 32 + 1.5 };
const GATE_VIEW: [V3, V3] = [
  [-330, 18, TREPTOWER.z],
  [-367, 20, TREPTOWER.z],
];
// From the HKB tower's platform, level towards the east.
const TOWER_VIEW: [V3, V3] = [
  [10, 57.6, -73],
  [600, 57.6, -73],
];

/** Look from `eye` at `target`, with the look's effects set to `setting`, once the picture has been redrawn. */
async function show(page: Page, [eye, target]: [V3, V3], setting: string): Promise<void> {
  await page.evaluate(
    ([e, t, s]) => {
      window.cityTwin!.setLook(s);
      window.cityTwin!.lookFrom(e, t);
    },
    [eye, target, setting] as const,
  );
  // Materials recompile for the fog and the occlusion; a few frames on, the picture is the new one.
  await frames(page, 6);
}

describe('the look: sky, fog, occlusion and the gates’ silhouettes', () => {
  const session = twinSession();
  const page = () => session.page;
  const skyPoint: V3 = [600, 272, -73]; // 20° up

  it('draws a blue day sky above the horizon, lighter towards it, for the clock’s noon', async () => {
    await show(page(), TOWER_VIEW, 'high');
    const report = await page().evaluate(() => window.cityTwin!.look());
    expect(report.drawn).toEqual(['sky', 'fog', 'ao']);
    expect(report.sunAltitudeDeg).toBeGreaterThan(50);
    expect(report.skyLight).toBeCloseTo(1.4, 5);
    const [high, low] = await coloursAt(page(), [skyPoint, [3600, 183, -73]]);
    expect(high![2]).toBeGreaterThan(high![0] + 50);
    expect(colourDistance(high!, CLEAR)).toBeGreaterThan(40);
    // Nearer the horizon the sky pales towards the fog's colour.
    expect(colourDistance(low!, hexRgb(report.horizon))).toBeLessThan(
      colourDistance(high!, hexRgb(report.horizon)),
    );
  });

  it('fogs the far town: far ground and roofs come closer to the horizon’s colour', async () => {
    const far: V3 = [1110, 0, -73];
    const horizon: V3 = [10 + 4000, 57.6 + 30, -73];
    await show(page(), TOWER_VIEW, 'sky,ao');
    const [clearFar, clearHorizon] = await coloursAt(page(), [far, horizon]);
    await show(page(), TOWER_VIEW, 'high');
    const [foggedFar, foggedHorizon] = await coloursAt(page(), [far, horizon]);
    expect(await page().evaluate(() => window.cityTwin!.look().fog)).not.toBeNull();
    expect(colourDistance(foggedFar!, foggedHorizon!)).toBeLessThan(
      0.7 * colourDistance(clearFar!, clearHorizon!),
    );
  });

  it('shades the foot of a wall that sees less sky, not its upper storeys', async () => {
    // The gate's east face: out of the noon sun, lit by the sky alone.
    const foot: V3 = [TREPTOWER.x - 0.5, 1.2, TREPTOWER.z + 3.5];
    const upper: V3 = [TREPTOWER.x - 0.5, 14, TREPTOWER.z + 3.5];
    await show(page(), GATE_VIEW, 'sky,fog');
    const [plainFoot, plainUpper] = await coloursAt(page(), [foot, upper]);
    await show(page(), GATE_VIEW, 'high');
    const [shadedFoot, shadedUpper] = await coloursAt(page(), [foot, upper]);
    const sum = (c: Rgb): number => c[0] + c[1] + c[2];
    expect(sum(shadedFoot!)).toBeLessThan(sum(plainFoot!) * 0.85);
    expect(Math.abs(sum(shadedUpper!) - sum(plainUpper!))).toBeLessThan(6);
  });

  it('draws the Treptower Tor’s stepped gable with its pinnacles against the sky', async () => {
    await show(page(), GATE_VIEW, 'high');
    // Through the third step's pinnacles: pinnacle, the slab of the steps above, pinnacle.
    const step = (TREPTOWER.ridge - TREPTOWER.eave) / 5;
    const y = TREPTOWER.eave + step * 3 + 0.9 + 0.8;
    const row: [V3, V3] = [
      [TREPTOWER.x, y, TREPTOWER.z - 9],
      [TREPTOWER.x, y, TREPTOWER.z + 9],
    ];
    const [sky] = await coloursAt(page(), [row[0]]);
    expect(await runsAlong(page(), row[0], row[1], sky!)).toBe(3);
    // Above the top step only its one tall pinnacle; above that, sky.
    const top = TREPTOWER.eave + step * 5 + 0.9;
    expect(
      await runsAlong(page(), [TREPTOWER.x, top + 1, row[0][2]], [TREPTOWER.x, top + 1, row[1][2]], sky!),
    ).toBe(1);
    expect(
      await runsAlong(page(), [TREPTOWER.x, top + 4, row[0][2]], [TREPTOWER.x, top + 4, row[1][2]], sky!),
    ).toBe(0);
  });

  it('takes everything away when switched off: the clear colour, no fog, the sky dome freed', async () => {
    await show(page(), TOWER_VIEW, 'high');
    const on = await page().evaluate(() => window.cityTwin!.stats().memory.geometries);
    await show(page(), TOWER_VIEW, 'off');
    const [sky] = await coloursAt(page(), [skyPoint]);
    expect(colourDistance(sky!, CLEAR)).toBeLessThan(4);
    const after = await page().evaluate(() => ({
      look: window.cityTwin!.look(),
      geometries: window.cityTwin!.stats().memory.geometries,
    }));
    expect(after.look).toMatchObject({ drawn: [], fog: null });
    expect(after.geometries).toBe(on - 1);
    // And back: the same picture as before, nothing left over from the first time.
    await show(page(), TOWER_VIEW, 'high');
    expect(await page().evaluate(() => window.cityTwin!.stats().memory.geometries)).toBe(on);
  });

  it('refuses a look it does not know, keeping the one drawn', async () => {
    await show(page(), TOWER_VIEW, 'high');
    const error = await page().evaluate(() => {
      try {
        window.cityTwin!.setLook('bloom');
        return '';
      } catch (e) {
        return String(e);
      }
    });
    expect(error).toMatch(/not a look: bloom/);
    expect(await page().evaluate(() => window.cityTwin!.look().drawn)).toEqual(['sky', 'fog', 'ao']);
  });
});

describe('the look at night', () => {
  const session = twinSession({ query: '?time=2026-12-21T23:00' });

  it('draws a dark night sky with stars, and fog as dark as its horizon', async () => {
    await show(session.page, TOWER_VIEW, 'high');
    const report = await session.page.evaluate(() => window.cityTwin!.look());
    expect(report.sunAltitudeDeg).toBeLessThan(-18);
    const [sky] = await coloursAt(session.page, [[600, 272, -73]]);
    expect(sky![0] + sky![1] + sky![2]).toBeLessThan(3 * 30);
    expect(report.fog).toBe(report.horizon);
    expect(hexRgb(report.horizon).reduce((a, b) => a + b)).toBeLessThan(3 * 40);
    // The sky's light on the town is a moonlit fraction of the day's (1.4), and back in full when the sky goes.
    expect(report.skyLight).toBeCloseTo(1.4 * 0.3, 5);
    await session.page.evaluate(() => window.cityTwin!.setLook('off'));
    await expect.poll(() => session.page.evaluate(() => window.cityTwin!.look().skyLight)).toBeNull();
    await session.page.evaluate(() => window.cityTwin!.setLook('high'));
    await expect
      .poll(() => session.page.evaluate(() => window.cityTwin!.look().skyLight))
      .toBeCloseTo(1.4 * 0.3, 5);
  });
});

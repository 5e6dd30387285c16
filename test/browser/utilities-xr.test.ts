import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { twinSession } from '../support/session.ts';
import type { TwinWithUtilities } from '../support/utilities.ts';
import { iwerInitScript, pitchUp, setButton, setControllerPose } from '../support/xr.ts';

const GAS_STREET = JSON.parse(readFileSync('test/fixtures/utilities/gas-street.geojson', 'utf8')) as unknown;

// Drawing a planned route standing in the street, with IWER's emulated Quest 3: aim at the ground, pull the
// trigger, and the point is placed where the ray meets the ground; the trigger does not teleport meanwhile.
describe('drawing a route in VR (emulated Quest 3)', () => {
  const session = twinSession({ beforeLoad: iwerInitScript() });
  const page = () => session.page;
  const until = (fn: string) => page().waitForFunction(fn, undefined, { timeout: 60_000, polling: 16 });

  it('places a point per trigger pull on the ground it aims at, and checks the route', async () => {
    await page().evaluate((json) => (window.cityTwin as TwinWithUtilities).utilities.load(json), GAS_STREET);
    // Standing on the gas main's street, facing north along it.
    await page().evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.view([126, 0, -24], 1.6));
    await page().getByTestId('enter-vr').click();
    await until(`window.cityTwin.walk()?.mode === 'vr'`);
    await page().evaluate(() => {
      const u = (window.cityTwin as TwinWithUtilities).utilities;
      u.setRoute({ type: 'power', diameterM: 0.1, coverM: 1.15, points: [] });
      u.draw(true);
    });
    const before = await page().evaluate(() => window.cityTwin!.walk()!);
    for (const [n, pitch] of [
      [1, -25],
      [2, -45],
    ] as const) {
      await setControllerPose(page(), 'right', [0.2, 1.3, -0.3], pitchUp(pitch));
      await setButton(page(), 'right', 'trigger', 1);
      await until(
        `window.cityTwin.stats().frames > ${await page().evaluate(() => window.cityTwin!.stats().frames + 2)}`,
      );
      await setButton(page(), 'right', 'trigger', 0);
      await until(`window.cityTwin.utilities.route().points.length === ${n}`);
    }
    const points = await page().evaluate(
      () => (window.cityTwin as TwinWithUtilities).utilities.route().points,
    );
    // Both ahead (north, -z) of the head, the steeper aim nearer, just east of the gas main.
    expect(points[0]!.z).toBeLessThan(points[1]!.z);
    expect(points[1]!.z).toBeLessThan(before.feet[2]);
    for (const p of points) expect(p.x).toBeCloseTo(126.2, 0);
    // The trigger drew; it did not teleport.
    const after = await page().evaluate(() => window.cityTwin!.walk()!);
    expect(after.teleports).toBe(before.teleports);
    expect(after.teleport.state).toBe('idle');
    // Alongside the gas main at 0.2 m, 0.15 m deeper: about 0.15 m between the walls, 0.2 m required.
    const clashes = await page().evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.clashes());
    expect(clashes.map((c) => [c.lineId, c.kind, c.crossing, c.requiredM])).toEqual([
      ['gas-test', 'clearance', false, 0.2],
    ]);
    expect(clashes[0]!.distanceM).toBeLessThan(0.2);
  });

  it('teleports with the trigger again once drawing stops', async () => {
    await page().evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.draw(false));
    await setControllerPose(page(), 'right', [0.2, 1.3, -0.3], pitchUp(-25));
    const jumps = await page().evaluate(() => window.cityTwin!.walk()!.teleports);
    await setButton(page(), 'right', 'trigger', 1);
    await until(`window.cityTwin.walk().teleport.state === 'valid'`);
    await setButton(page(), 'right', 'trigger', 0);
    await until(`window.cityTwin.walk().teleports > ${jumps}`);
    expect(
      await page().evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.route().points.length),
    ).toBe(2);
  });
});

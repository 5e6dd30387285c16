import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { VrMenuAction } from '../../src/features/utilities/vr/vr-menu-layout.ts';
import { twinSession } from '../support/session.ts';
import { aimFrom, nextFrames, type TwinWithUtilities } from '../support/utilities.ts';
import { iwerInitScript, pitchUp, setButton, setControllerPose } from '../support/xr.ts';

const GAS_STREET = JSON.parse(readFileSync('test/fixtures/utilities/gas-street.geojson', 'utf8')) as unknown;
// The right hand held near the chest, aiming down at the left wrist as one reads a watch.
const HAND: [number, number, number] = [0.12, 1.35, -0.15];

// The underground tools switched from inside the headset (IWER's emulated Quest 3): the wrist menu turns
// drawing and the X-ray view on, changes the radius, shows the check's result, and its trigger never teleports.
describe('the wrist menu of underground planning in VR', () => {
  const session = twinSession({ beforeLoad: iwerInitScript() });
  const page = () => session.page;
  const until = (fn: string) => page().waitForFunction(fn, undefined, { timeout: 60_000, polling: 16 });
  const u = 'window.cityTwin.utilities';
  const pull = async () => {
    await setButton(page(), 'right', 'trigger', 1);
    await nextFrames(page(), 2);
    await setButton(page(), 'right', 'trigger', 0);
    await nextFrames(page(), 2);
  };
  const press = async (action: VrMenuAction) => {
    const target = await page().evaluate(
      (a) => (window.cityTwin as TwinWithUtilities).utilities.vrMenu()!.targets[a],
      action,
    );
    await setControllerPose(page(), 'right', HAND, aimFrom(HAND, target));
    await until(`${u}.vrMenu()?.aimed === '${action}'`);
    await pull();
  };
  const status = () =>
    page().evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.vrMenu()!.status);

  it('switches drawing on from the wrist, draws with the trigger, and lists the clash', async () => {
    await page().evaluate((json) => (window.cityTwin as TwinWithUtilities).utilities.load(json), GAS_STREET);
    await page().evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.view([126, 0, -24], 1.6));
    await page().evaluate(() =>
      (window.cityTwin as TwinWithUtilities).utilities.setRoute({
        type: 'power',
        diameterM: 0.1,
        coverM: 1.15,
        points: [],
      }),
    );
    await page().getByTestId('enter-vr').click();
    await until(`window.cityTwin.walk()?.mode === 'vr'`);
    // The left hand raised in front, palm down: the menu sits on its wrist.
    await setControllerPose(page(), 'left', [-0.15, 1.05, -0.4], [0, 0, 0, 1]);
    // The menu floats in view until the left controller is tracked (under load that can take a while after
    // the session starts), then goes onto the wrist: its buttons are where they are reported from then on.
    await until(`${u}.vrMenu()?.onWrist === true`);
    expect(await page().evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.drawing())).toBe(
      false,
    );
    const jumps = await page().evaluate(() => window.cityTwin!.walk()!.teleports);

    // Drawing still off: the trigger would teleport, were the ray not on the menu.
    await press('xray');
    await until(`${u}.xray().on === true`);
    await press('larger');
    await until(`${u}.xray().radiusM === 20`);
    await press('smaller');
    await press('smaller');
    await until(`${u}.xray().radiusM === 10`);
    await press('draw');
    await until(`${u}.drawing() === true`);
    expect(await status()).toBe('Zielen und Abzug: Punkt setzen');
    // Pressing buttons is no teleport, and placed no point on the ground behind the menu.
    expect(await page().evaluate(() => window.cityTwin!.walk()!.teleports)).toBe(jumps);
    expect(await page().evaluate(() => window.cityTwin!.walk()!.teleport.state)).toBe('idle');
    expect(
      await page().evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.route().points.length),
    ).toBe(0);

    // Aiming at the ground now: each trigger pull is a point beside the gas main.
    for (const [n, pitch] of [
      [1, -25],
      [2, -45],
    ] as const) {
      await setControllerPose(page(), 'right', [0.2, 1.3, -0.3], pitchUp(pitch));
      await until(`${u}.vrMenu()?.hovered === false`);
      await pull();
      await until(`${u}.route().points.length === ${n}`);
    }
    const clashes = await page().evaluate(() => (window.cityTwin as TwinWithUtilities).utilities.clashes());
    expect(clashes.map((c) => [c.lineId, c.kind, c.requiredM])).toEqual([['gas-test', 'clearance', 0.2]]);
    await expect.poll(status).toBe('Konflikte: 1');
    expect(await page().evaluate(() => window.cityTwin!.walk()!.teleports)).toBe(jumps);

    // A point back from the wrist: the route is too short to check, and the menu says what to do next.
    await press('undo');
    await until(`${u}.route().points.length === 1`);
    await expect.poll(status).toBe('Zielen und Abzug: Punkt setzen');
    await press('draw');
    await until(`${u}.drawing() === false`);
    await expect.poll(status).toBe('Trasse: 1 von 2 Punkten');
    await press('xray');
    await until(`${u}.xray().on === false`);
    expect(await page().evaluate(() => window.cityTwin!.walk()!.teleports)).toBe(jumps);
    // Some 170 frames in the headset, each drawn once per eye: longer than the suite's usual allowance.
  }, 300_000);
});

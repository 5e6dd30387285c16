import { describe, expect, it } from 'vitest';
import { twinSession } from '../support/session.ts';
import { iwerInitScript, setButton, setControllerPose } from '../support/xr.ts';
import { frames } from '../support/planning.ts';

type Quat = [number, number, number, number];
const rad = Math.PI / 180;
/** Turn right by `yaw` degrees after pitching up by `pitch` degrees (a controller's aim). */
const aim = (yaw: number, pitch: number): Quat => {
  const [hy, hp] = [(-yaw * rad) / 2, (pitch * rad) / 2];
  const [ys, yc, ps, pc] = [Math.sin(hy), Math.cos(hy), Math.sin(hp), Math.cos(hp)];
  // q_yaw * q_pitch, with q_yaw = (0, ys, 0, yc) and q_pitch = (ps, 0, 0, pc).
  return [yc * ps, ys * pc, -ys * ps, yc * pc];
};

// Grab a proposal with the emulated Quest 3's right controller: point at it, hold squeeze, turn the hand.
describe('planning in VR (emulated Quest 3)', () => {
  const session = twinSession({
    query: '?city=/fixtures/walk/walk-city.glb',
    beforeLoad: iwerInitScript(),
  });
  const page = () => session.page;
  const block = () =>
    page().evaluate(() => window.cityTwin!.proposals.list().find((p) => p.id === 'kiosk-2')!);

  it('moves a proposal by grabbing it with the squeeze button and turning the controller', async () => {
    await page().evaluate(() => {
      window.cityTwin!.goTo('street');
      window.cityTwin!.proposals.add({
        id: 'kiosk-2',
        x: 0,
        z: -15,
        width: 6,
        depth: 6,
        storeys: 2,
        roof: 'hip',
      });
    });
    await page().getByTestId('enter-vr').click();
    await page().waitForFunction(() => window.cityTwin!.walk()?.mode === 'vr', null, { timeout: 60_000 });
    // Aimed 3° down the street from beside the head: the ray meets the block's front low down.
    await setControllerPose(page(), 'right', [0.2, 1.4, -0.3], aim(0, -3));
    await frames(page(), 3);
    await setButton(page(), 'right', 'squeeze', 1);
    await frames(page(), 3);
    await setControllerPose(page(), 'right', [0.2, 1.4, -0.3], aim(10, -3));
    await page().waitForFunction(() => window.cityTwin!.proposals.list()[0]!.x > 3, null, {
      timeout: 60_000,
    });
    await setButton(page(), 'right', 'squeeze', 0);
    await frames(page(), 3);
    const moved = await block();
    // Turned 10° right about 27 m from where the ray meets the ground: about 4.7 m east, as far north.
    expect(moved.x).toBeGreaterThan(3.5);
    expect(moved.x).toBeLessThan(6);
    expect(Math.abs(moved.z + 15)).toBeLessThan(1.5);
    expect(moved.baseY).toBeCloseTo(0.01, 1);
    // Let go, it stays: turning back moves nothing.
    await setControllerPose(page(), 'right', [0.2, 1.4, -0.3], aim(0, -3));
    await frames(page(), 5);
    expect((await block()).x).toBeCloseTo(moved.x, 6);
  });

  it('keeps VR shadows at the lower quality and draws the sun', async () => {
    const sun = await page().evaluate(() => window.cityTwin!.sun());
    expect(sun.altitudeDeg).toBeGreaterThan(55);
    const shadows = await page().evaluate(() => window.cityTwin!.shadows());
    expect(shadows).toMatchObject({ enabled: true, mapSize: 1024, extent: 160 });
    // The fixture's buildings and wall, and the grabbed proposal.
    expect(shadows.casters).toBeGreaterThanOrEqual(5);
  });
});

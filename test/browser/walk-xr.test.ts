import { describe, expect, it } from 'vitest';
import { waitReady } from '../support/browser.ts';
import { frames, standStill } from '../support/frames.ts';
import { twinSession } from '../support/session.ts';
import { iwerInitScript, pitchUp, setButton, setControllerPose, setStick } from '../support/xr.ts';

const WALK_SPEED = 1.4;
const horizontal = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[2]! - b[2]!);
const angleDiff = (a: number, b: number) => ((((a - b) % 360) + 540) % 360) - 180;

// VR on the walk fixture with IWER's emulated Quest 3, installed over Chromium's own navigator.xr.
describe('walking in VR (emulated Quest 3)', () => {
  const requests: { url: string; status: number }[] = [];
  const session = twinSession({
    query: '?city=/fixtures/walk/walk-city.glb',
    beforeLoad: iwerInitScript(),
    opened: ({ page }) => page.on('response', (r) => requests.push({ url: r.url(), status: r.status() })),
  });

  const page = () => session.page;
  const walk = () => page().evaluate(() => window.cityTwin!.walk()!);
  const pose = () => page().evaluate(() => window.cityTwin!.pose());
  const until = (fn: string, arg?: unknown) =>
    page().waitForFunction(fn, arg, { timeout: 60_000, polling: 16 });
  const goTo = async (id: string) => {
    const before = await walk();
    expect(await page().evaluate((v) => window.cityTwin!.goTo(v), id)).toBe(true);
    // The jump places the body at once; the VR frame loop moves the play space there on its next frame, and
    // the camera follows: wait until the visitor stands still.
    await until(
      `(() => { const w = window.cityTwin.walk(); return w.mode === 'vr' && Math.hypot(w.feet[0] - ${before.feet[0]}, w.feet[2] - ${before.feet[2]}) > 0.01; })()`,
    );
    await standStill(page());
  };
  const stickFor = async (hand: 'left' | 'right', x: number, y: number, seconds: number) => {
    const start = (await walk()).walkSeconds;
    await setStick(page(), hand, x, y);
    await until(`window.cityTwin.walk().walkSeconds >= ${start + seconds}`);
    await setStick(page(), hand, 0, 0);
    await standStill(page());
  };

  it('offers Enter VR and enters an immersive-vr session on local-floor', async () => {
    expect(await page().evaluate((id) => window.cityTwin!.goTo(id), 'street')).toBe(true);
    await page().getByTestId('enter-vr').click();
    await until(`window.cityTwin.walk()?.mode === 'vr'`);
    await standStill(page());
    const p = await pose();
    // The head lands on the visitor's desktop place, 1.6 m (IWER's headset height) above the street.
    expect(p.position[0]).toBeCloseTo(0, 1);
    expect(p.position[2]).toBeCloseTo(10, 1);
    expect(p.position[1]).toBeCloseTo(0.01 + 1.6, 1);
    expect(Math.abs(angleDiff(p.headingDeg, 0))).toBeLessThan(1);
  });

  it('serves controller profiles itself: no request leaves the twin', async () => {
    const origin = new URL(session.twin.url).origin;
    const loaded = (pattern: RegExp) => requests.some((r) => pattern.test(r.url) && r.status === 200);
    await expect.poll(() => loaded(/\/input-profiles\/profilesList\.json$/), { timeout: 60_000 }).toBe(true);
    await expect
      .poll(() => loaded(/\/input-profiles\/meta-quest-touch-plus\/(left|right)\.glb$/), { timeout: 60_000 })
      .toBe(true);
    // Controller models unpack their textures into blob: URLs of this page.
    const local = (url: string) =>
      url.startsWith(origin) || url.startsWith(`blob:${origin}`) || url.startsWith('data:');
    expect(requests.filter((r) => !local(r.url))).toEqual([]);
  });

  it('left stick forward for one second walks about 1.4 m forward and the camera follows', async () => {
    const before = await walk();
    const start = await pose();
    await setStick(page(), 'left', 0, -1);
    // The comfort vignette closes in while walking by stick.
    await until(`window.cityTwin.walk().vignette > 0.3`);
    await setStick(page(), 'left', 0, 0);
    await until(`window.cityTwin.walk().vignette === 0`);
    const resumed = (await walk()).walkSeconds;
    await stickFor('left', 0, -1, Math.max(0.05, before.walkSeconds + 1 - resumed));
    const after = await walk();
    const end = await pose();
    const seconds = after.walkSeconds - before.walkSeconds;
    expect(seconds).toBeGreaterThanOrEqual(1);
    const moved = start.position[2] - end.position[2];
    expect(moved).toBeGreaterThan(WALK_SPEED * seconds - 0.1);
    expect(moved).toBeLessThan(WALK_SPEED * seconds + 0.1);
    expect(Math.abs(end.position[0] - start.position[0])).toBeLessThan(0.02);
    // The camera (the headset's view) is where the body is.
    expect(horizontal(end.position, after.feet)).toBeLessThan(0.02);
  });

  it('walking into a building stops at its wall', async () => {
    await goTo('before-block');
    await stickFor('left', 0, -1, 6);
    const p = await pose();
    expect(p.position[2]).toBeGreaterThan(-28 + 0.24);
    expect(p.position[2]).toBeLessThan(-28 + 0.3);
  });

  it('a snap turn turns 45° to the right about the head, which stays in place', async () => {
    // Step the head off the play space's centre, so a turn about the origin would move it.
    await page().evaluate(() => window.__xrDevice!.position.set(0.6, 1.6, 0.4));
    await until(`Math.abs(window.cityTwin.walk().feet[0] - window.cityTwin.pose().position[0]) < 0.05`);
    await standStill(page());
    const before = await pose();
    const head = (await walk()).feet;
    const turns = (await walk()).snapTurns;
    await setStick(page(), 'right', 1, 0);
    await until(`window.cityTwin.walk().snapTurns > ${turns}`);
    await setStick(page(), 'right', 0, 0);
    // Still for three frames with the stick back at rest: no second turn can follow.
    await standStill(page());
    const after = await pose();
    expect((await walk()).snapTurns).toBe(turns + 1);
    // The head (the viewer pose) stays put; the rendered view sits 2 cm behind it in IWER, so it may shift by 1.5 cm.
    expect(horizontal((await walk()).feet, head)).toBeLessThan(0.005);
    expect(horizontal(after.position, before.position)).toBeLessThan(0.03);
    expect(angleDiff(after.headingDeg, before.headingDeg)).toBeCloseTo(45, 0);
    await page().evaluate(() => window.__xrDevice!.position.set(0, 1.6, 0));
  });

  it('a teleport aimed at the Marktplatz lands there', async () => {
    await goTo('square-approach');
    await setControllerPose(page(), 'right', [0.2, 1.3, -0.3], pitchUp(30));
    const jumps = (await walk()).teleports;
    await setButton(page(), 'right', 'trigger', 1);
    await until(`window.cityTwin.walk().teleport.state === 'valid'`);
    const aim = (await walk()).teleport.point!;
    expect(aim[0]).toBeGreaterThan(20);
    expect(aim[0]).toBeLessThan(50);
    expect(aim[1]).toBeCloseTo(0.2, 2);
    await setButton(page(), 'right', 'trigger', 0);
    await until(`window.cityTwin.walk().teleports > ${jumps}`);
    await standStill(page());
    const p = await pose();
    expect(horizontal(p.position, aim)).toBeLessThan(0.05);
    expect(p.position[1]).toBeCloseTo(0.2 + 1.6, 1);
  });

  it('a teleport aimed at a roof is refused: shown invalid, and releasing does nothing', async () => {
    await goTo('kiosk-view');
    const before = await pose();
    const jumps = (await walk()).teleports;
    await setControllerPose(page(), 'right', [0.2, 1.3, -0.3], pitchUp(30));
    await setButton(page(), 'right', 'trigger', 1);
    await until(
      `window.cityTwin.walk().teleport.state === 'invalid' && window.cityTwin.walk().teleport.point`,
    );
    const aim = (await walk()).teleport.point!;
    // On the kiosk's roof, 2 m up.
    expect(aim[1]).toBeCloseTo(2, 2);
    expect(aim[2]).toBeGreaterThan(20);
    expect(aim[2]).toBeLessThan(26);
    await setButton(page(), 'right', 'trigger', 0);
    // Idle again: the frame that took the release has decided the jump, and refused it.
    await until(`window.cityTwin.walk().teleport.state === 'idle'`);
    await standStill(page());
    expect((await walk()).teleports).toBe(jumps);
    expect(horizontal((await pose()).position, before.position)).toBeLessThan(0.01);
  });

  it('the A button jumps to the next viewpoint', async () => {
    await goTo('street');
    const before = await pose();
    await setButton(page(), 'right', 'a-button', 1);
    await until(
      `(() => { const p = window.cityTwin.pose().position; return Math.hypot(p[0] - ${before.position[0]}, p[2] - ${before.position[2]}) > 1; })()`,
    );
    await setButton(page(), 'right', 'a-button', 0);
    const viewpoints = await page().evaluate(() => window.cityTwin!.viewpoints());
    const next = viewpoints[viewpoints.findIndex((v) => v.id === 'street') + 1]!;
    await standStill(page());
    expect(horizontal((await walk()).feet, next.position)).toBeLessThan(0.05);
  });

  it('exiting VR returns to the desktop view where the visitor was', async () => {
    await goTo('street');
    await stickFor('left', 0, -1, 0.5);
    const inVr = await pose();
    await page().evaluate(() => window.cityTwin!.exitVR());
    await until(`window.cityTwin.walk().mode === 'desktop'`);
    await frames(page(), 2);
    const desktop = await pose();
    expect(horizontal(desktop.position, inVr.position)).toBeLessThan(0.02);
    expect(desktop.position[1]).toBeCloseTo(0.01 + 1.6, 2);
    expect(Math.abs(angleDiff(desktop.headingDeg, inVr.headingDeg))).toBeLessThan(1);
  });

  it('takes its pace and snap angle from the config (?walkSpeed=2&snapTurn=90)', async () => {
    const other = await session.open('?city=/fixtures/walk/walk-city.glb&walkSpeed=2&snapTurn=90', {
      beforeLoad: iwerInitScript(),
    });
    try {
      await waitReady(other.page);
      const at = (fn: string) => other.page.waitForFunction(fn, undefined, { timeout: 60_000, polling: 16 });
      await other.page.evaluate(() => window.cityTwin!.goTo('street'));
      await other.page.getByTestId('enter-vr').click();
      await at(`window.cityTwin.walk()?.mode === 'vr'`);
      const before = await other.page.evaluate(() => window.cityTwin!.walk()!);
      await setStick(other.page, 'left', 0, -1);
      await at(`window.cityTwin.walk().walkSeconds >= ${before.walkSeconds + 1}`);
      await setStick(other.page, 'left', 0, 0);
      const after = await other.page.evaluate(() => window.cityTwin!.walk()!);
      expect(horizontal(after.feet, before.feet)).toBeCloseTo(
        2 * (after.walkSeconds - before.walkSeconds),
        1,
      );
      await standStill(other.page);
      const heading = (await other.page.evaluate(() => window.cityTwin!.pose())).headingDeg;
      await setStick(other.page, 'left', 0, 0);
      await setStick(other.page, 'right', -1, 0);
      await at(`window.cityTwin.walk().snapTurns === 1`);
      await setStick(other.page, 'right', 0, 0);
      await standStill(other.page);
      const turned = (await other.page.evaluate(() => window.cityTwin!.pose())).headingDeg;
      expect(angleDiff(turned, heading)).toBeCloseTo(-90, 0);
    } finally {
      await other.page.close();
    }
  });
});

// VR on the default city model (assets/neubrandenburg.glb).
describe('walking in the default city in VR (emulated Quest 3)', () => {
  const session = twinSession({ beforeLoad: iwerInitScript() });

  const walk = () => session.page.evaluate(() => window.cityTwin!.walk()!);
  const until = (fn: string) => session.page.waitForFunction(fn, undefined, { timeout: 60_000, polling: 16 });

  it('enters VR on the Marktplatz, walks by stick, teleports a few metres ahead, and stays under 100 draw calls', async () => {
    await session.page.getByTestId('enter-vr').click();
    await until(`window.cityTwin.walk()?.mode === 'vr'`);
    const before = await walk();
    await setStick(session.page, 'left', 0, -1);
    await until(`window.cityTwin.walk().walkSeconds >= ${before.walkSeconds + 1}`);
    await setStick(session.page, 'left', 0, 0);
    const after = await walk();
    const walked = horizontal(after.feet, before.feet);
    expect(walked).toBeCloseTo(WALK_SPEED * (after.walkSeconds - before.walkSeconds), 1);

    await setControllerPose(session.page, 'right', [0.2, 1.3, -0.3], pitchUp(-25));
    await setButton(session.page, 'right', 'trigger', 1);
    await until(`window.cityTwin.walk().teleport.state === 'valid'`);
    const aim = (await walk()).teleport.point!;
    await setButton(session.page, 'right', 'trigger', 0);
    await until(`window.cityTwin.walk().teleports === 1`);
    await standStill(session.page);
    expect(horizontal((await walk()).feet, aim)).toBeLessThan(0.05);

    // One view (IWER without stereo): the city, both controller models and their rays.
    const drawCalls = await session.page.evaluate(() => window.cityTwin!.stats().drawCalls);
    expect(drawCalls).toBeLessThan(100);
  });
});

import { describe, expect, it } from 'vitest';
import { firstSensor } from '../support/browser.ts';
import { frames } from '../support/frames.ts';
import { twinSession } from '../support/session.ts';
import { holdKey as holdWalkKey } from '../support/walk.ts';

const WALK_SPEED = 1.4;

// Desktop walking on the walk fixture (test/fixtures/walk): keys, walls, click-to-walk, help, viewpoints.
describe('walking on a desktop', () => {
  const session = twinSession({ query: '?city=/fixtures/walk/walk-city.glb' });

  const walk = () => session.page.evaluate(() => window.cityTwin!.walk()!);
  const pose = () => session.page.evaluate(() => window.cityTwin!.pose());
  const goTo = async (id: string) => {
    expect(await session.page.evaluate((v) => window.cityTwin!.goTo(v), id)).toBe(true);
    // Two frames: the camera follows the rig in the frame loop.
    await frames(session.page, 2);
  };
  // Hold a key for `seconds` of the page's own frame time (walkSeconds), however slow the frames are.
  const holdKey = (code: string, seconds: number) => holdWalkKey(session.page, code, seconds);

  it('starts at the Marktplatz viewpoint at eye height over the square, and lists the viewpoints', async () => {
    const viewpoints = await session.page.evaluate(() => window.cityTwin!.viewpoints().map((v) => v.id));
    expect(viewpoints).toContain('marktplatz');
    const p = await pose();
    expect(p.position[0]).toBeCloseTo(35, 1);
    expect(p.position[1]).toBeCloseTo(0.2 + 1.6, 2);
    expect(p.headingDeg).toBeCloseTo(270, 0);
    expect((await walk()).grounded).toBe(true);
  });

  it('W for one second walks about 1.4 m forward, and the camera follows', async () => {
    await goTo('street');
    const before = await walk();
    const start = await pose();
    await holdKey('KeyW', 1);
    const after = await walk();
    const end = await pose();
    const seconds = after.walkSeconds - before.walkSeconds;
    const moved = start.position[2] - end.position[2];
    expect(seconds).toBeGreaterThanOrEqual(1);
    // The configured pace per second of walking, in the page's own frame time (never the wall clock).
    expect((after.walkedMetres - before.walkedMetres) / seconds).toBeCloseTo(WALK_SPEED, 2);
    expect(moved).toBeGreaterThan(WALK_SPEED * seconds - 0.1);
    expect(moved).toBeLessThan(WALK_SPEED * seconds + 0.1);
    expect(Math.abs(end.position[0] - start.position[0])).toBeLessThan(0.01);
    expect(end.position[1]).toBeCloseTo(start.position[1], 2);
  });

  it('walking into a building stops at its wall (capsule radius 0.25 m)', async () => {
    await goTo('before-block');
    await session.page.keyboard.down('Shift');
    await holdKey('KeyW', 3);
    await session.page.keyboard.up('Shift');
    const feet = (await walk()).feet;
    // The block's south face is at z = -28.
    expect(feet[2]).toBeGreaterThan(-28 + 0.24);
    expect(feet[2]).toBeLessThan(-28 + 0.3);
  });

  it('a click on the street walks there; a click on a façade does not', async () => {
    await goTo('street');
    const vp = session.page.viewportSize()!;
    // Eye 1.6 m above the street, vertical field of view 70°: 6 m ahead lies this far below the centre.
    const dy = (1.6 / 6 / Math.tan((35 * Math.PI) / 180)) * (vp.height / 2);
    await session.page.mouse.click(vp.width / 2, vp.height / 2 + dy);
    await session.page.waitForFunction(() => window.cityTwin!.walk()!.autoWalk !== null);
    await session.page.waitForFunction(() => window.cityTwin!.walk()!.autoWalk === null, undefined, {
      timeout: 60_000,
    });
    const feet = (await walk()).feet;
    expect(feet[0]).toBeCloseTo(0, 1);
    expect(feet[2]).toBeCloseTo(10 - 6, 0);

    await goTo('facade');
    await session.page.mouse.click(vp.width / 2, vp.height / 2);
    // The frame loop takes a click on its next frame; after three a walk would have begun.
    await frames(session.page, 3);
    expect((await walk()).autoWalk).toBeNull();
    expect((await walk()).feet[0]).toBeCloseTo(-4, 2);
  });

  it('dragging looks around without walking', async () => {
    await goTo('street');
    const vp = session.page.viewportSize()!;
    await session.page.mouse.move(vp.width / 2, vp.height / 2 + 100);
    await session.page.mouse.down();
    await session.page.mouse.move(vp.width / 2 - 120, vp.height / 2 + 100, { steps: 6 });
    await session.page.mouse.up();
    // The frame loop turns the view by the drag and takes the release on its next frame.
    await frames(session.page, 3);
    const state = await walk();
    expect(state.autoWalk).toBeNull();
    // Dragging to the left turns the view to the right: the scene follows the hand.
    expect(state.headingDeg).toBeGreaterThan(5);
    expect(state.headingDeg).toBeLessThan(90);
  });

  it('H shows the help with the controls, the viewpoint menu jumps', async () => {
    await session.page.keyboard.press('KeyH');
    await expect.poll(() => session.page.getByTestId('walk-help').isVisible()).toBe(true);
    await session.page.keyboard.press('KeyH');
    await expect.poll(() => session.page.getByTestId('walk-help').count()).toBe(0);
    await session.page.getByTestId('viewpoints').selectOption('kiosk-view');
    await expect.poll(async () => (await walk()).feet[2]).toBeCloseTo(36, 1);
  });

  it('on a touch screen a virtual joystick walks', async () => {
    await goTo('street');
    // A first touch anywhere brings up the joystick.
    await session.page.evaluate(() =>
      window.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch' })),
    );
    const stick = session.page.getByTestId('joystick');
    await expect.poll(() => stick.isVisible()).toBe(true);
    const box = (await stick.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const before = await walk();
    await session.page.mouse.move(cx, cy);
    await session.page.mouse.down();
    await session.page.mouse.move(cx, cy - 60);
    await session.page.waitForFunction(
      (t) => window.cityTwin!.walk()!.walkSeconds >= t,
      before.walkSeconds + 1,
      { timeout: 60_000, polling: 16 },
    );
    await session.page.mouse.up();
    const after = await walk();
    const seconds = after.walkSeconds - before.walkSeconds;
    expect(before.feet[2] - after.feet[2]).toBeCloseTo(WALK_SPEED * seconds, 1);
    expect(after.autoWalk).toBeNull();
  });

  it('without HTTPS or WebXR the VR button says why', async () => {
    const note = session.page.getByTestId('enter-vr').or(session.page.getByTestId('vr-note'));
    await expect.poll(() => note.count()).toBe(1);
  });
});

// The same controls on the default city model (assets/neubrandenburg.glb).
describe('walking in the default city on a desktop', () => {
  const session = twinSession();

  const walk = () => session.page.evaluate(() => window.cityTwin!.walk()!);

  it('starts on the Marktplatz, 1.6 m above its ground, looking along the viewpoint', async () => {
    const marktplatz = (await session.page.evaluate(() => window.cityTwin!.viewpoints())).find(
      (v) => v.id === 'marktplatz',
    )!;
    const state = await walk();
    expect(state.grounded).toBe(true);
    const p = await session.page.evaluate(() => window.cityTwin!.pose());
    expect(p.position[0]).toBeCloseTo(marktplatz.position[0], 2);
    expect(p.position[2]).toBeCloseTo(marktplatz.position[2], 2);
    expect(p.position[1] - state.feet[1]).toBeCloseTo(1.6, 3);
    expect(p.headingDeg).toBeCloseTo(marktplatz.headingDeg, 0);
  });

  it('every named viewpoint stands on something (ground, or the tower top)', async () => {
    const ids = await session.page.evaluate(() => window.cityTwin!.viewpoints().map((v) => v.id));
    expect(ids).toEqual(
      expect.arrayContaining([
        'marktplatz',
        'friedlaender-tor',
        'treptower-tor',
        'stargarder-tor',
        'neues-tor',
        'marienkirche',
        'hkb-tower-top',
      ]),
    );
    for (const id of ids) {
      expect(await session.page.evaluate((v) => window.cityTwin!.goTo(v), id)).toBe(true);
      expect((await walk()).grounded, id).toBe(true);
    }
  });

  it('W walks forward at walking pace on the Marktplatz', async () => {
    await session.page.evaluate(() => window.cityTwin!.goTo('marktplatz'));
    const before = await walk();
    await session.page.keyboard.down('KeyW');
    await session.page.waitForFunction(
      (t) => window.cityTwin!.walk()!.walkSeconds >= t,
      before.walkSeconds + 1,
      { timeout: 60_000, polling: 16 },
    );
    await session.page.keyboard.up('KeyW');
    const after = await walk();
    const moved = Math.hypot(after.feet[0] - before.feet[0], after.feet[2] - before.feet[2]);
    expect(moved).toBeCloseTo(WALK_SPEED * (after.walkSeconds - before.walkSeconds), 1);
  });

  it('a click on a building does not walk (it belongs to the info panel)', async () => {
    const { building: id } = await firstSensor(session.page);
    expect(await session.page.evaluate((b) => window.cityTwin!.focus(b), id)).toBe(true);
    await frames(session.page, 2);
    const vp = session.page.viewportSize()!;
    await session.page.mouse.click(vp.width / 2, vp.height / 2);
    // The frame loop takes a click on its next frame; after three a walk would have begun.
    await frames(session.page, 3);
    expect((await walk()).autoWalk).toBeNull();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { twinSession } from '../support/session.ts';
import { TILES_LIBRARY_NOTE, makeFineTileset, tilesetUrl } from '../support/tiles.ts';
import { iwerInitScript, pitchUp, setButton, setControllerPose, setStick } from '../support/xr.ts';

type Tiles = { loaded: number; visible: number; downloading: number; colliderPending: number };
const horizontal = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[2]! - b[2]!);
const angleDiff = (a: number, b: number) => ((((a - b) % 360) + 540) % 360) - 180;

// Quest's browser runs no window.requestAnimationFrame in an immersive session. Here only IWER's own device
// loop (its callback is named onDeviceFrame) keeps the window's frames: whatever else waits on them stops,
// so tiles that still load in VR were scheduled on the session's frames.
const QUEST_FRAMES = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (cb) => (cb.name === 'onDeviceFrame' ? raf(cb) : 0);
})()`;

// The town in fine tiles, in VR on an emulated Quest 3 (both eyes drawn).
describe('a 3D Tiles city in VR (emulated Quest 3)', () => {
  const tileRequests: string[] = [];
  const session = twinSession({
    server: async () => (await makeFineTileset(), {}),
    // A brisk pace (5 m/s) and a quarter turn per snap keep the 200 m walk to a few hundred frames.
    query: `?city=${tilesetUrl('fine')}&walkSpeed=5&snapTurn=90`,
    beforeLoad: iwerInitScript({ stereo: true }),
    opened: ({ page }) =>
      page.on('request', (r) => {
        if (r.url().endsWith('.glb') && r.url().includes('/generated/fine/')) tileRequests.push(r.url());
      }),
  });
  beforeEach(() => session.allowProblems(TILES_LIBRARY_NOTE));
  const page = () => session.page;
  const walk = () => page().evaluate(() => window.cityTwin!.walk()!);
  const drawn = () => page().evaluate(() => window.cityTwin!.stats().frames);
  // Upper bounds, not delays: 200 m at 5 m/s is at least 160 frames of software rendering, each up to half a second.
  const until = (fn: string, timeout = 90_000) =>
    page().waitForFunction(fn, undefined, { timeout, polling: 50 });
  const settled = () =>
    until(
      `(() => { const t = window.cityTwin.stats().tiles; return t.downloading === 0 && t.colliderPending === 0; })()`,
    );

  it('keeps refining on the session frames: walking 200 m north by the stick loads finer tiles there', async () => {
    expect(await page().evaluate(() => window.cityTwin!.goTo('east'))).toBe(true);
    await page().getByTestId('enter-vr').click();
    await until(`window.cityTwin.walk()?.mode === 'vr'`);
    await page().evaluate(QUEST_FRAMES);
    await settled();
    // The viewpoint looks east into a block; the street runs north: one snap turn (90°) to the left.
    const turns = (await walk()).snapTurns;
    await setStick(page(), 'right', -1, 0);
    await until(`window.cityTwin.walk().snapTurns > ${turns}`);
    await setStick(page(), 'right', 0, 0);
    await until(`window.cityTwin.stats().frames > ${await drawn()} + 2`);
    expect(
      Math.abs(angleDiff((await page().evaluate(() => window.cityTwin!.pose())).headingDeg, 0)),
    ).toBeLessThan(1);

    const before = new Set(tileRequests);
    const start = await walk();
    await setStick(page(), 'left', 0, -1);
    // Sampled on the way: the lowest the feet came and the tiles requested before the walk ended.
    await until(
      `(() => { const w = window.cityTwin.walk(); window.__lowest = Math.min(window.__lowest ?? Infinity, w.feet[1]);` +
        ` return w.walkedMetres >= ${start.walkedMetres + 200}; })()`,
      240_000,
    );
    await setStick(page(), 'left', 0, 0);
    const onTheWay = tileRequests.filter((url) => !before.has(url));
    await settled();
    const end = await walk();
    // Walked, not jumped: straight up the street, on its ground all the way.
    expect(start.feet[2] - end.feet[2]).toBeGreaterThan(199);
    expect(Math.abs(end.feet[0] - start.feet[0])).toBeLessThan(1);
    expect(end.grounded).toBe(true);
    expect(await page().evaluate(() => (window as unknown as { __lowest: number }).__lowest)).toBeGreaterThan(
      -0.05,
    );
    expect(end.feet[1]).toBeCloseTo(start.feet[1], 1);
    const fresh = tileRequests.filter((url) => !before.has(url));
    const depth = (url: string) => Number(url.split('/').pop()!.split('-')[0]);
    const deepest = Math.max(...tileRequests.map(depth));
    // New tiles of the finest level, none of which the start needed; they began loading during the walk.
    expect(fresh.filter((url) => depth(url) === deepest).length).toBeGreaterThan(0);
    expect(onTheWay.length).toBeGreaterThan(0);
    const t = await page().evaluate(() => window.cityTwin!.stats().tiles as unknown as Tiles);
    expect(t.loaded).toBeGreaterThan(before.size);
  }, 360_000);

  it('teleports onto the tile ground a few metres ahead', async () => {
    await setControllerPose(page(), 'right', [0.2, 1.3, -0.3], pitchUp(-25));
    const jumps = (await walk()).teleports;
    await setButton(page(), 'right', 'trigger', 1);
    await until(`window.cityTwin.walk().teleport.state === 'valid'`);
    const aim = (await walk()).teleport.point!;
    await setButton(page(), 'right', 'trigger', 0);
    await until(`window.cityTwin.walk().teleports > ${jumps}`);
    await until(`window.cityTwin.walk().grounded`);
    expect(horizontal((await walk()).feet, aim)).toBeLessThan(0.05);
    const t = await page().evaluate(() => window.cityTwin!.stats().tiles as unknown as Tiles);
    expect(t.visible).toBeGreaterThan(0);
  });
});

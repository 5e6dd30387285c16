import { beforeEach, describe, expect, it } from 'vitest';
import { twinSession } from '../support/session.ts';
import { TILES_LIBRARY_NOTE, makeFineTileset, tilesetUrl } from '../support/tiles.ts';
import { iwerInitScript, pitchUp, setButton, setControllerPose } from '../support/xr.ts';

type Tiles = { loaded: number; visible: number; downloading: number; colliderPending: number };
const horizontal = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[2]! - b[2]!);

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
    query: `?city=${tilesetUrl('fine')}`,
    beforeLoad: iwerInitScript({ stereo: true }),
    opened: ({ page }) =>
      page.on('request', (r) => {
        if (r.url().endsWith('.glb') && r.url().includes('/generated/fine/')) tileRequests.push(r.url());
      }),
  });
  beforeEach(() => session.allowProblems(TILES_LIBRARY_NOTE));
  const page = () => session.page;
  const walk = () => page().evaluate(() => window.cityTwin!.walk()!);
  const until = (fn: string) => page().waitForFunction(fn, undefined, { timeout: 90_000, polling: 50 });
  const settled = () =>
    until(
      `(() => { const t = window.cityTwin.stats().tiles; return t.downloading === 0 && t.colliderPending === 0; })()`,
    );

  it('keeps refining on the session frames: going 644 m down the street loads finer tiles there', async () => {
    expect(await page().evaluate(() => window.cityTwin!.goTo('east'))).toBe(true);
    await page().getByTestId('enter-vr').click();
    await until(`window.cityTwin.walk()?.mode === 'vr'`);
    await page().evaluate(QUEST_FRAMES);
    await settled();
    const before = new Set(tileRequests);
    const frames = await page().evaluate(() => window.cityTwin!.stats().frames);
    expect(await page().evaluate(() => window.cityTwin!.goTo('west'))).toBe(true);
    await until(`window.cityTwin.stats().frames > ${frames + 5}`);
    await settled();
    const fresh = tileRequests.filter((url) => !before.has(url));
    const depth = (url: string) => Number(url.split('/').pop()!.split('-')[0]);
    const deepest = Math.max(...tileRequests.map(depth));
    // New tiles of the finest level, none of which the east end needed.
    expect(fresh.filter((url) => depth(url) === deepest).length).toBeGreaterThan(0);
    const t = await page().evaluate(() => window.cityTwin!.stats().tiles as unknown as Tiles);
    expect(t.loaded).toBeGreaterThan(before.size);
  });

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

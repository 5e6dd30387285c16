import { describe, expect, it } from 'vitest';
import { centrePixel } from '../support/browser.ts';
import { frames, standStill } from '../support/frames.ts';
import { twinSession } from '../support/session.ts';
import { iwerInitScript, setButton } from '../support/xr.ts';

const QUERY =
  '?city=./fixtures/footprints/unsegmented.glb&footprints=./fixtures/footprints/footprints.geojson' +
  '&registry=./fixtures/footprints/registry.json&lang=en';

// In VR (IWER's emulated Quest 3): the controller ray selects a building and its panel appears in the world.
describe('pointing at a building with the controller ray in VR', () => {
  const session = twinSession({ query: QUERY, beforeLoad: iwerInitScript() });
  let before: [number, number, number] = [0, 0, 0];

  const until = (fn: string) => session.page.waitForFunction(fn, undefined, { timeout: 60_000, polling: 16 });

  it('enters VR 20 m south of the middle building, facing it', async () => {
    expect(await session.page.evaluate(() => window.cityTwin!.goTo('south'))).toBe(true);
    await session.page.evaluate(() => window.cityTwin!.enterVR());
    await until(`window.cityTwin.walk()?.mode === 'vr'`);
    await standStill(session.page);
    const pose = await session.page.evaluate(() => window.cityTwin!.pose());
    expect(pose.position[2]).toBeGreaterThan(15);
  });

  it('a trigger press with the controller ray on the building selects it and shows the panel in the world', async () => {
    before = await centrePixel(session.page);
    // IWER's left controller rests pointing ahead (north): its ray meets the middle building's south wall.
    await setButton(session.page, 'left', 'trigger', 1);
    // Held for a few frames: the emulated headset reads its controllers once per frame.
    await frames(session.page, 3);
    await setButton(session.page, 'left', 'trigger', 0);
    await until(`window.cityTwin.selected() === 'fp-middle'`);
    // The panel is drawn on a canvas texture, refreshed twice a second; it stands between the eyes and the building.
    const dimmestChannel = async () => Math.min(...(await centrePixel(session.page)));
    await expect.poll(dimmestChannel, { timeout: 30_000 }).toBeGreaterThan(200);
    const after = await centrePixel(session.page);
    expect(after).not.toEqual(before);
    expect(Math.min(...after)).toBeGreaterThan(200);
  });

  it('closes with select(null), and the building is what shows again', async () => {
    await session.page.evaluate(() => window.cityTwin!.select(null));
    const offBefore = async () =>
      Math.max(...(await centrePixel(session.page)).map((c, i) => Math.abs(c - before[i]!)));
    await expect.poll(offBefore, { timeout: 30_000 }).toBeLessThan(8);
    const pixel = await centrePixel(session.page);
    // The building behind, as before the panel opened (the highlight gone too).
    pixel.forEach((c, i) => expect(Math.abs(c - before[i]!)).toBeLessThan(8));
  });
});

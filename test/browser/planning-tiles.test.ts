import { beforeEach, describe, expect, it } from 'vitest';
import { twinSession } from '../support/session.ts';
import { TILES_LIBRARY_NOTE, makeUnsegmentedTileset, tilesetUrl } from '../support/tiles.ts';
import { holdKey } from '../support/walk.ts';

// A proposal on photogrammetry tiles (one mesh, no building ids): three boxes, the middle one 14 m high at
// x, z -5..5, the west one at -22..-10 x -6..6.
describe('planning on a 3D Tiles city: the mesh flattened under a proposal', () => {
  const session = twinSession({
    server: async () => (await makeUnsegmentedTileset(), {}),
    query: `?city=${tilesetUrl('unsegmented')}`,
  });
  beforeEach(() => session.allowProblems(TILES_LIBRARY_NOTE));
  const heightAt = (x: number, z: number) =>
    session.page.evaluate(([px, pz]) => window.cityTwin!.heightAt(px!, pz!), [x, z]);

  it('presses the mesh under the footprint down to the proposal’s foot, and only there', async () => {
    const page = session.page;
    await page.waitForFunction(
      () => (window.cityTwin!.stats().tiles as { downloading: number }).downloading === 0,
    );
    expect(await heightAt(0, 0)).toBeCloseTo(14, 1);
    const west = await heightAt(-16, 0);
    expect(west).toBeGreaterThan(3);
    await page.evaluate(() =>
      window.cityTwin!.proposals.add({ id: 'new', x: 0, z: 0, width: 12, depth: 12, storeys: 3 }),
    );
    await expect.poll(() => heightAt(0, 0), { timeout: 30_000 }).toBeLessThan(0.5);
    expect(await heightAt(-16, 0)).toBeCloseTo(west!, 3);
  });

  it('moves the cleared ground with the proposal, and gives the mesh back when it goes', async () => {
    const page = session.page;
    const west = await heightAt(-16, 0);
    // 14 m square: the west house's corners (12 m apart) lie inside it, not on its edge.
    const square: [number, number][] = [
      [-7, -7],
      [7, -7],
      [7, 7],
      [-7, 7],
    ];
    await page.evaluate(
      (footprint) => window.cityTwin!.proposals.update('new', { x: -16, z: 0, footprint }),
      square,
    );
    await expect.poll(() => heightAt(-16, 0), { timeout: 30_000 }).toBeLessThan(0.5);
    await expect.poll(() => heightAt(0, 0), { timeout: 30_000 }).toBeCloseTo(14, 1);
    await page.evaluate(() => window.cityTwin!.proposals.remove('new'));
    await expect.poll(() => heightAt(-16, 0), { timeout: 30_000 }).toBeCloseTo(west!, 3);
  });

  it('walks on the ground pressed down under a proposal, not on the roof that stood there', async () => {
    const page = session.page;
    // Put the feet 0.1 m over (0, height, 3), in the middle box (x, z -5..5), and take a step north: what
    // does the walk stand on?
    const stepAt = async (height: number) => {
      await page.waitForFunction(() => {
        const t = window.cityTwin!.stats().tiles as { downloading: number; colliderPending: number };
        return t.downloading === 0 && t.colliderPending === 0;
      });
      await page.evaluate((y) => {
        const eyeHeight = window.cityTwin!.pose().position[1] - window.cityTwin!.walk()!.feet[1];
        window.cityTwin!.lookFrom([0, y + eyeHeight + 0.1, 3], [0, y + eyeHeight + 0.1, -10]);
      }, height);
      await holdKey(page, 'KeyW', 0.5);
      const { feet, grounded } = await page.evaluate(() => window.cityTwin!.walk()!);
      return { y: feet[1], grounded };
    };
    const onRoof = await stepAt(14);
    expect(onRoof.grounded).toBe(true);
    expect(onRoof.y).toBeCloseTo(14, 1);
    await page.evaluate(() =>
      window.cityTwin!.proposals.add({ id: 'walk', x: 0, z: 0, width: 12, depth: 12, storeys: 3 }),
    );
    await expect.poll(() => heightAt(0, 0), { timeout: 30_000 }).toBeLessThan(0.5);
    // The roof has gone from the walk's trees with the mesh: nothing to stand on up there.
    expect((await stepAt(14)).grounded).toBe(false);
    const cleared = await stepAt(0);
    expect(cleared.grounded).toBe(true);
    expect(cleared.y).toBeLessThan(0.5);
    // The proposal goes, the roof comes back, to the walk as well.
    await page.evaluate(() => window.cityTwin!.proposals.remove('walk'));
    await expect.poll(() => heightAt(0, 0), { timeout: 30_000 }).toBeCloseTo(14, 1);
    const back = await stepAt(14);
    expect(back.grounded).toBe(true);
    expect(back.y).toBeCloseTo(14, 1);
  });
});

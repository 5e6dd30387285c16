import { beforeEach, describe, expect, it } from 'vitest';
import { twinSession } from '../support/session.ts';
import { TILES_LIBRARY_NOTE, makeUnsegmentedTileset, tilesetUrl } from '../support/tiles.ts';

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
});

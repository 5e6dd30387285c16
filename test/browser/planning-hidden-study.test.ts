import { describe, expect, it } from 'vitest';
import { twinSession } from '../support/session.ts';

// The walk fixture's tall block (x -20..-8, z -10..10, 12 m high), hidden to clear its site: the study
// "without" the plan is the town as it stands (the block there, shading and with its walls); "with" the
// plan is the cleared site.
describe('planning: a hidden building in the shadow study', () => {
  const session = twinSession({ query: '?city=/fixtures/walk/walk-city.glb&time=2026-12-21T12:00' });
  const page = () => session.page;

  it('casts its shadow and has its walls in the town as it stands, and neither on the cleared site', async () => {
    const result = await page().evaluate(() => {
      window.cityTwin!.hideBuildings(['tall-block']);
      window.cityTwin!.shadowStudy({ x: -14, z: 0, size: 80 });
      return {
        // 3 m north of the block's north wall, and its south wall at 4.5 m.
        ground: window.cityTwin!.studyHoursAt(-14, -13),
        wall: window.cityTwin!.facadeSunHours(-11.5, 4.5, 10),
        hidden: window.cityTwin!.hiddenBuildings(),
      };
    });
    expect(result.hidden).toEqual(['tall-block']);
    // In December the block shades the ground north of it all day; cleared, that ground sees the low sun.
    expect(result.ground!.without).toBeLessThan(1);
    expect(result.ground!.with).toBeGreaterThan(5);
    // Its south wall sees the winter day while it stands, and is no façade once it is gone.
    expect(result.wall!.normal.map(Math.round)).toEqual([0, 0, 1]);
    expect(result.wall!.without).toBeGreaterThan(5);
    expect(result.wall!.with).toBeNaN();
    // The study has put the block away again, as the plan has it.
    await expect.poll(() => page().evaluate(() => window.cityTwin!.heightAt(-14, 0))).toBeLessThan(1);
  });
});

import { describe, expect, it } from 'vitest';
import { twinSession } from '../support/session.ts';
import { colourAt, frames } from '../support/planning.ts';

// The walk fixture's tall block: x -20..-8, z -10..10, 12 m high. A 24 m tower stands 9 m south of it.
const TOWER = {
  id: 'south-tower',
  x: -14,
  z: 22,
  width: 10,
  depth: 6,
  storeys: 8,
  storeyHeight: 3,
  roof: 'flat' as const,
};
const SOUTH_WALL: [number, number, number] = [-11.5, 4.5, 10];
const NORTH_WALL: [number, number, number] = [-14.5, 4.5, -10];

// The shadow study on the walls around a site, on the winter solstice.
describe('planning: the shadow study on façades', () => {
  const session = twinSession({ query: '?city=/fixtures/walk/walk-city.glb&time=2026-12-21T12:00' });
  const page = () => session.page;

  it('counts the hours of sun on the walls around the site, with and without the proposal', async () => {
    const study = await page().evaluate((spec) => {
      window.cityTwin!.proposals.add(spec);
      return window.cityTwin!.shadowStudy({ x: -14, z: 10, size: 80 });
    }, TOWER);
    expect(study.facades).toBeGreaterThan(500);
    const south = await page().evaluate((p) => window.cityTwin!.facadeSunHours(...p), SOUTH_WALL);
    const north = await page().evaluate((p) => window.cityTwin!.facadeSunHours(...p), NORTH_WALL);
    expect(south!.normal.map(Math.round)).toEqual([0, 0, 1]);
    expect(north!.normal.map(Math.round)).toEqual([0, 0, -1]);
    // A south wall in the open sees the whole winter day (about seven hours above 1°); the sun never
    // reaches a north wall in December.
    expect(south!.without).toBeGreaterThan(5.5);
    expect(north!.without).toBe(0);
    // The tower across the way takes most of it: at a 13° noon sun its shadow climbs the block's wall.
    expect(south!.with).toBeLessThan(south!.without - 3);
    expect(north!.with).toBe(0);
  });

  it('agrees with the ground study at the foot of the wall: what the tower shades there, it shades here', async () => {
    const hours = await page().evaluate(() => ({
      ground: window.cityTwin!.sunHours(-11.5, 11),
      wall: window.cityTwin!.facadeSunHours(-11.5, 0.5, 10)!.with,
    }));
    expect(Math.abs(hours.ground - hours.wall)).toBeLessThan(1.5);
  });

  it('colours the shaded wall in the difference view, and shows the legend', async () => {
    await page().evaluate(() => window.cityTwin!.view([10, 40, 40], [-12, 4, 10]));
    await page().getByTestId('planning-open').click();
    await expect.poll(() => page().getByTestId('study-legend').isVisible()).toBe(true);
    await expect.poll(() => page().getByTestId('planning-study').innerText()).toMatch(/\d+ Fassadenflächen/);
    await frames(page(), 3);
    const before = await colourAt(page(), SOUTH_WALL);
    await page().getByTestId('planning-study').getByText('verschattet').click();
    // Hours lost are drawn red over the wall.
    await expect
      .poll(
        async () => {
          const [r, g] = await colourAt(page(), SOUTH_WALL);
          return r - g;
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(before[0] - before[1] + 40);
  });
});

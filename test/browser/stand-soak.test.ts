import { describe, expect, it } from 'vitest';
import { growth, readHoldings, runCycles } from '../support/soak.ts';
import { twinSession } from '../support/session.ts';

// A short soak (the long one, 500 cycles, is `npm run bench -- stand-soak`): the page holds no more after
// many visitors than after the first few.
describe('the stand all day (short)', () => {
  const session = twinSession({ query: '?mode=exhibit' });

  it('heap, DOM nodes, listeners, GPU memory and MQTT subscriptions stay flat over visitor and idle cycles', async () => {
    const { page, twin } = session;
    await page.getByTestId('attract').waitFor();
    const buildings = await page.evaluate(() =>
      [...new Set(window.cityTwin!.sensors().map((s) => s.buildingId))].slice(0, 8),
    );
    expect(buildings.length).toBeGreaterThan(3);
    await runCycles(page, 10, buildings);
    // The page's sensor feed has subscribed: a count that stays at 0 would prove nothing.
    await expect.poll(() => twin.subscriptions(), { timeout: 30_000 }).toBeGreaterThan(0);
    const warm = await readHoldings(page, twin);
    const visitsBefore = (await page.evaluate(() => window.cityTwinStand!.state())).visits;
    await runCycles(page, 40, buildings);
    const after = await readHoldings(page, twin);
    expect((await page.evaluate(() => window.cityTwinStand!.state())).visits).toBe(visitsBefore + 40);
    const g = growth(warm, after);
    for (const [what, ratio] of Object.entries(g))
      expect(ratio, `${what}: ${JSON.stringify({ warm, after })}`).toBeLessThanOrEqual(1.1);
  });
});

import { describe, expect, it } from 'vitest';
import { NO_DATA_HEX, colourFor, toHex } from '../../src/core/colour/colour-scale.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { twinSession } from '../support/session.ts';

// npm start on its embedded defaults: the simulator publishes, the city is coloured by live readings.
describe('the embedded simulator colours the default city', () => {
  const session = twinSession({ server: { simulator: true, seed: 7 }, query: '?colourScale=fixed' });

  it('has nearly every sensor live, a few stale, and each live building in its temperature colour', async () => {
    // The retained readings of the whole city arrive over a few seconds; then nearly all sensors are live.
    await session.page.waitForFunction(
      () => {
        const { live, known } = window.cityTwin!.stats().sensors;
        return known > 1000 && live / known > 0.9;
      },
      undefined,
      { timeout: 60_000 },
    );
    const sensors = await session.page.evaluate(() => window.cityTwin!.sensors());
    const live = sensors.filter((s) => s.state === 'live');
    expect(live.length / sensors.length).toBeGreaterThan(0.9);
    // Plausible Neubrandenburg temperatures, not a constant.
    const values = live.map((s) => s.celsius!);
    expect(Math.min(...values)).toBeGreaterThan(-40);
    expect(Math.max(...values)).toBeLessThan(45);
    expect(new Set(values.map((v) => v.toFixed(1))).size).toBeGreaterThan(20);

    // Readings keep arriving and fading in; each sampled building settles on its temperature's colour.
    const settled = async (id: string): Promise<boolean> => {
      const info = await session.page.evaluate((b) => window.cityTwin!.building(b), id);
      if (info?.state !== 'live' || info.sensors.length !== 1) return true;
      return info.colour === toHex(colourFor(info.temperature!, CONFIG_DEFAULTS.scale));
    };
    for (const s of live.filter((_, i) => i % 97 === 0)) {
      await expect.poll(() => settled(s.buildingId), { timeout: 20_000 }).toBe(true);
    }
    const stale = sensors.filter((s) => s.state === 'stale');
    for (const s of stale.slice(0, 3)) {
      expect((await session.page.evaluate((id) => window.cityTwin!.building(id), s.buildingId))?.colour).toBe(
        NO_DATA_HEX,
      );
    }
  });
});

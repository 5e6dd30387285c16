import { describe, expect, it } from 'vitest';
import { colourFor, toHex } from '../../src/core/colour/colour-scale.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { centrePixel, firstSensor, waitConnected } from '../support/browser.ts';
import { publishReading } from '../support/publish.ts';
import { twinSession } from '../support/session.ts';

// The first vertical slice: the real mosquitto_pub -> embedded broker -> page -> building colour and pixel.
describe('npm start slice: a reading from mosquitto_pub colours its building', () => {
  // The fixed scale, whose colours the test knows in advance.
  const session = twinSession({ query: '?colourScale=fixed' });

  it('loads the city with its buildings and connects to the embedded broker', async () => {
    await waitConnected(session.page);
    const stats = await session.page.evaluate(() => window.cityTwin!.stats());
    expect(stats.buildings).toBeGreaterThan(0);
    expect(stats.drawCalls).toBeGreaterThan(0);
    expect(stats.sensors.known).toBeGreaterThan(0);
    expect(await session.page.getByTestId('hud').getAttribute('data-mqtt')).toBe('connected');
  });

  it('turns the building hot red and then cold blue, read back through building(id) and on screen', async () => {
    const { sensor, building } = await firstSensor(session.page);
    expect(await session.page.evaluate((id) => window.cityTwin!.focus(id), building)).toBe(true);
    const before = await centrePixel(session.page);

    await publishReading(session.twin, sensor, '34.5');
    const hot = toHex(colourFor(34.5, CONFIG_DEFAULTS.scale));
    await session.page.waitForFunction(
      ([id, hex]) => window.cityTwin!.building(id!)?.colour === hex,
      [building, hot],
    );
    const info = await session.page.evaluate((id) => window.cityTwin!.building(id), building);
    expect(info?.temperature).toBeCloseTo(34.5, 5);
    expect(info?.state).toBe('live');
    const hotPixel = await centrePixel(session.page);
    expect(hotPixel).not.toEqual(before);
    expect(hotPixel[0]).toBeGreaterThan(hotPixel[2] + 40);

    await publishReading(session.twin, sensor, JSON.stringify({ value: -8, unit: '°C' }));
    const cold = toHex(colourFor(-8, CONFIG_DEFAULTS.scale));
    await session.page.waitForFunction(
      ([id, hex]) => window.cityTwin!.building(id!)?.colour === hex,
      [building, cold],
    );
    const coldPixel = await centrePixel(session.page);
    expect(coldPixel[2]).toBeGreaterThan(coldPixel[0] + 40);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_DATA_HEX, colourFor, toHex } from '../../src/core/colour/colour-scale.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { waitConnected, waitReady } from '../support/browser.ts';
import { publishReading } from '../support/publish.ts';
import { twinSession } from '../support/session.ts';

const hex = (celsius: number): string => toHex(colourFor(celsius, CONFIG_DEFAULTS.scale));

// Several sensors on one building, and a sensor that falls silent: what the building shows.
describe('aggregation and time-to-live', () => {
  const building = 'gen-hkb';
  const session = twinSession({
    server: () => {
      const dir = mkdtempSync(join(tmpdir(), 'stadtzwilling-registry-'));
      const registryFile = join(dir, 'registry.csv');
      writeFileSync(
        registryFile,
        [
          'sensor;building;unit;label;height',
          `hkb-nord;${building};°C;HKB Nordfassade;3`,
          `hkb-sued;${building};°C;HKB Südfassade;3`,
          'marien-1;osm-way-23559521;°C;Marienkirche;2',
        ].join('\n'),
      );
      return { registryFile };
    },
    query: false,
  });

  const pub = (sensor: string, value: number): Promise<void> =>
    publishReading(session.twin, sensor, String(value));

  it.each([
    ['mean', 24],
    ['max', 30],
    ['min', 18],
  ] as const)('shows the %s of a building’s sensors and lists each', async (aggregate, shown) => {
    const { page } = await session.open(`?aggregate=${aggregate}&colourScale=fixed`);
    await waitReady(page);
    await waitConnected(page);
    await pub('hkb-nord', 18);
    await pub('hkb-sued', 30);
    await page.waitForFunction(([id, c]) => window.cityTwin!.building(id!)?.colour === c, [
      building,
      hex(shown),
    ] as const);
    const info = await page.evaluate((id) => window.cityTwin!.building(id), building);
    expect(info?.temperature).toBe(shown);
    expect(info?.sensors.map((s) => [s.sensorId, s.celsius, s.label])).toEqual([
      ['hkb-nord', 18, 'HKB Nordfassade'],
      ['hkb-sued', 30, 'HKB Südfassade'],
    ]);
    await page.close();
  });

  it('fades a building whose sensor fell silent past its time-to-live to "no current data"', async () => {
    const { page } = await session.open('?ttl=2&colourScale=fixed');
    await waitReady(page);
    await waitConnected(page);
    await pub('marien-1', 33);
    const id = await page.evaluate(
      () => window.cityTwin!.sensors().find((s) => s.sensorId === 'marien-1')!.buildingId,
    );
    await page.waitForFunction(([b, c]) => window.cityTwin!.building(b!)?.colour === c, [
      id,
      hex(33),
    ] as const);
    await page.waitForFunction(([b, c]) => window.cityTwin!.building(b!)?.colour === c, [
      id,
      NO_DATA_HEX,
    ] as const);
    const info = await page.evaluate((b) => window.cityTwin!.building(b), id);
    expect(info?.state).toBe('stale');
    // The last value is kept, marked stale, not shown as if it were live.
    expect(info?.temperature).toBe(33);
    expect(
      (await page.evaluate(() => window.cityTwin!.sensors())).find((s) => s.sensorId === 'marien-1')?.state,
    ).toBe('stale');
    expect(await page.evaluate(() => window.cityTwin!.stats().sensors.stale)).toBeGreaterThanOrEqual(1);
    await page.close();
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRegistry } from '../../src/core/sensors/registry.ts';
import { scaleRegistry } from '../../sensors/simulator/scale-registry.ts';
import { viewerConfigFile } from '../support/config-file.ts';
import { startMosquitto, type RunningMosquitto } from '../support/mosquitto.ts';
import { retainSimulated } from '../support/simulated-broker.ts';
import { twinSession } from '../support/session.ts';

const SENSORS = 10_000;
const cityIds = [
  ...new Set(
    parseRegistry(readFileSync('sensors/registry.default.json', 'utf8'), 'registry').map((e) => e.building),
  ),
];
const registry = scaleRegistry(SENSORS, SENSORS / 2, cityIds);

// The short version of the scale bench: 10,000 retained readings from the simulator on a real Mosquitto, and a
// twin that subscribes afterwards, takes every one of them and colours every building of the city shown.
describe('10,000 sensors retained on a real broker', () => {
  let mosquitto: RunningMosquitto;
  let retained = 0;
  const files = { config: '', registry: '' };

  beforeAll(async () => {
    mosquitto = await startMosquitto({ extraConfig: 'max_queued_messages 0' });
    files.config = viewerConfigFile(mosquitto.wsPort);
    files.registry = join(mkdtempSync(join(tmpdir(), 'stadtzwilling-scale-')), 'registry.json');
    writeFileSync(files.registry, JSON.stringify(registry));
    retained = await retainSimulated(mosquitto.url, registry);
  });
  afterAll(async () => {
    await mosquitto?.dispose();
  });

  const session = twinSession({
    server: () => ({ configFile: files.config, registryFile: files.registry }),
    connected: true,
  });

  it('takes every retained reading, turns away only the faulty ones, and colours every building', async () => {
    const { page } = session;
    expect(retained).toBeGreaterThan(SENSORS * 0.9);
    await page.waitForFunction((n) => window.cityTwin!.stats().messages >= n, retained, { timeout: 120_000 });
    const stats = await page.evaluate(() => window.cityTwin!.stats());
    expect(stats.messages).toBe(retained);
    // The simulator's faulty sensors send -127 °C now and then: those, and only those, are turned away.
    expect(stats.sensors.rejectedBy['out-of-range']).toBe(stats.sensors.rejected);
    expect(stats.sensors.rejected).toBeLessThan(retained * 0.01);
    expect(stats.sensors.known).toBe(SENSORS);
    expect(stats.sensors.live + stats.sensors.stale + stats.sensors.rejected).toBe(retained);
    // Each building of the city with a reading has its colour once the batch after the last message is drawn
    // (one whose sensors were all faulty or silent keeps the model's own).
    const uncoloured = (ids: string[]) =>
      page.evaluate(
        (list) =>
          list.filter((id) => {
            const info = window.cityTwin!.building(id);
            return info && info.colour === null && info.sensors.some((s) => s.celsius !== null);
          }).length,
        ids,
      );
    await expect.poll(() => uncoloured(cityIds), { timeout: 30_000 }).toBe(0);
    const [shown, coloured] = await page.evaluate((ids) => {
      const infos = ids.map((id) => window.cityTwin!.building(id)).filter((b) => b !== null);
      return [infos.length, infos.filter((b) => b.colour !== null).length];
    }, cityIds);
    expect(shown).toBeGreaterThan(100);
    expect(coloured).toBeGreaterThan(shown * 0.95);
  });
});

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

  it('takes every retained reading without a rejection and colours every building it has one for', async () => {
    const { page } = session;
    expect(retained).toBeGreaterThan(SENSORS * 0.9);
    await page.waitForFunction((n) => window.cityTwin!.stats().messages >= n, retained, { timeout: 120_000 });
    const stats = await page.evaluate(() => window.cityTwin!.stats());
    expect(stats.messages).toBe(retained);
    expect(stats.sensors.rejected).toBe(0);
    expect(stats.sensors.known).toBe(SENSORS);
    expect(stats.sensors.live + stats.sensors.stale).toBe(retained);
    // Each building of the city has its colour once the batch after the last message is drawn.
    const uncoloured = (ids: string[]) =>
      page.evaluate(
        (list) => list.filter((id) => window.cityTwin!.building(id)?.colour === null).length,
        ids,
      );
    await expect.poll(() => uncoloured(cityIds), { timeout: 30_000 }).toBe(0);
    const shown = await page.evaluate(
      (ids) => ids.filter((id) => window.cityTwin!.building(id)).length,
      cityIds,
    );
    expect(shown).toBeGreaterThan(100);
  });
});

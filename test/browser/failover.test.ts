import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import registryJson from '../../sensors/registry.default.json' with { type: 'json' };
import { waitConnected } from '../support/browser.ts';
import { viewerConfigFile } from '../support/config-file.ts';
import { startMosquitto, type RunningMosquitto } from '../support/mosquitto.ts';
import { mosquittoPub } from '../support/publish.ts';
import { twinSession } from '../support/session.ts';

const PREFIX = CONFIG_DEFAULTS.topicPrefix;
const [first, second, third] = (registryJson as { sensor: string; building: string }[]).filter((e) =>
  e.building.startsWith('gen-b'),
);

// Two real Mosquitto brokers joined by Mosquitto's own bridge: readings are published to the city's broker
// and viewed through the other; when the viewed one stops, the twin carries on through the first.
describe('failover across two bridged Mosquitto brokers', () => {
  let city: RunningMosquitto;
  let edge: RunningMosquitto;
  let configFile = '';

  beforeAll(async () => {
    city = await startMosquitto();
    // The edge broker bridges the sensor topics both ways with the city's, as the simulator's account.
    edge = await startMosquitto({
      extraConfig: [
        'connection city',
        `address 127.0.0.1:${city.port}`,
        `topic ${PREFIX}/# both 0`,
        `remote_username ${DEFAULT_ACCOUNTS.simulator.username}`,
        `remote_password ${DEFAULT_ACCOUNTS.simulator.password}`,
        'restart_timeout 1',
      ].join('\n'),
    });
    configFile = viewerConfigFile(edge.wsPort, { brokers: [`ws://127.0.0.1:${city.wsPort}`] });
    await mosquittoPub(city.port, `${PREFIX}/${first!.sensor}/temperature`, '12.5', { retain: true });
  });
  afterAll(async () => {
    await edge?.dispose();
    await city?.dispose();
  });

  const session = twinSession({ server: () => ({ configFile }), connected: true });
  const temperature = (id: string) =>
    session.page.evaluate((b) => window.cityTwin!.building(b)?.temperature ?? null, id);

  it('views through the edge broker what was published to the city broker', async () => {
    await expect.poll(() => temperature(first!.building), { timeout: 30_000 }).toBe(12.5);
    await mosquittoPub(city.port, `${PREFIX}/${second!.sensor}/temperature`, '14', { retain: true });
    await expect.poll(() => temperature(second!.building), { timeout: 30_000 }).toBe(14);
  });

  it('carries on through the city broker when the edge stops, with every retained reading', async () => {
    // The browser names the edge's WebSocket while it is down; nothing else may appear.
    session.allowProblems(/WebSocket connection to .* failed/);
    await edge.stop();
    await session.page.waitForFunction(() => window.cityTwin!.stats().mqtt !== 'connected');
    // Published while the twin is between brokers: only the city's broker has it, retained.
    await mosquittoPub(city.port, `${PREFIX}/${third!.sensor}/temperature`, '16', { retain: true });
    await waitConnected(session.page, { timeout: 60_000 });
    await expect.poll(() => temperature(third!.building), { timeout: 30_000 }).toBe(16);
    expect(await temperature(first!.building)).toBe(12.5);
    expect(await temperature(second!.building)).toBe(14);
    await mosquittoPub(city.port, `${PREFIX}/${first!.sensor}/temperature`, '18');
    await expect.poll(() => temperature(first!.building), { timeout: 30_000 }).toBe(18);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstSensor, waitConnected, waitReady } from '../support/browser.ts';
import { publishReading } from '../support/publish.ts';
import { twinSession } from '../support/session.ts';

const PREFIX = 'nb/test/sensors';

// One config file, read by the start script (broker ACL, prefix) and by the built app (language, topics).
describe('the config file, and HTTPS on the LAN', () => {
  const session = twinSession({
    server: () => {
      const dir = mkdtempSync(join(tmpdir(), 'stadtzwilling-config-'));
      const configFile = join(dir, 'stadtzwilling.config.json');
      writeFileSync(configFile, JSON.stringify({ lang: 'en', topicPrefix: PREFIX, ttl: 120 }));
      return { configFile, lan: true };
    },
    query: false,
  });

  it('serves HTTPS with a self-signed certificate, so WebXR has its secure context', async () => {
    expect(session.twin.url).toMatch(/^https:/);
    // Loopback only: the server listens on every interface, the test talks to this machine.
    const url = new URL(session.twin.url);
    url.hostname = '127.0.0.1';
    const { page } = await session.browser.open(url.href);
    await waitReady(page);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
    // The broker's WebSocket is reached on the page's own origin, over wss.
    await waitConnected(page);
    expect(await page.locator('.hud-mqtt').textContent()).toBe('MQTT: connected');

    const { sensor, building } = await firstSensor(page);
    await publishReading(session.twin, sensor, '21.5', { topicPrefix: PREFIX });
    await page.waitForFunction((id) => window.cityTwin!.building(id)?.temperature === 21.5, building);
  });
});

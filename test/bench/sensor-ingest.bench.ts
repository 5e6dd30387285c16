import mqtt from 'mqtt';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { parseRegistry } from '../../src/core/sensors/registry.ts';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import { launchBrowser, waitReady } from '../support/browser.ts';
import { startMosquitto } from '../support/mosquitto.ts';
import { startTestTwin } from '../support/twin.ts';
import type { Figure } from './figure.ts';
import { readFileSync } from 'node:fs';

const MESSAGES = 20_000;

/**
 * Ingest from a real Mosquitto: messages per second parsed and applied by the page while the city renders,
 * against the same messages received by mqtt.js alone over the same WebSocket listener.
 */
export default async function ingest(report: (f: Figure) => void): Promise<void> {
  const mosquitto = await startMosquitto();
  const dir = mkdtempSync(join(tmpdir(), 'stadtzwilling-ingest-'));
  const configFile = join(dir, 'stadtzwilling.config.json');
  const wsUrl = `ws://127.0.0.1:${mosquitto.wsPort}`;
  writeFileSync(configFile, JSON.stringify({ broker: wsUrl, ...DEFAULT_ACCOUNTS.viewer }));
  const twin = await startTestTwin({ configFile });
  const browser = await launchBrowser();
  const publisher = await mqtt.connectAsync(mosquitto.url, DEFAULT_ACCOUNTS.simulator);
  const registry = parseRegistry(
    readFileSync('sensors/registry.default.json', 'utf8'),
    'registry.default.json',
  );
  const start = Date.now() - MESSAGES * 10;
  // Each message a sensor's newer reading, so the reducer applies every one.
  const messages = Array.from({ length: MESSAGES }, (_, i) => ({
    topic: `${CONFIG_DEFAULTS.topicPrefix}/${registry[i % registry.length]!.sensor}/temperature`,
    payload: JSON.stringify({ value: 5 + (i % 20), ts: new Date(start + i * 10).toISOString() }),
  }));
  const send = async (prefix?: string): Promise<void> => {
    for (const m of messages)
      publisher.publish(prefix ? `${prefix}/${m.topic.split('/').at(-2)}` : m.topic, m.payload, { qos: 0 });
    await new Promise<void>((resolve) => publisher.publish('bench/flush', '', { qos: 1 }, () => resolve()));
  };
  try {
    // Baseline: mqtt.js alone, the same messages over the same WebSocket listener.
    const raw = await mqtt.connectAsync(wsUrl, DEFAULT_ACCOUNTS.viewer);
    await raw.subscribeAsync(`${CONFIG_DEFAULTS.topicPrefix}/+/temperature`);
    let count = 0;
    const allRaw = new Promise<number>((resolve) =>
      raw.on('message', () => ++count === MESSAGES && resolve(Date.now())),
    );
    const rawStart = Date.now();
    await send();
    const rawSeconds = ((await allRaw) - rawStart) / 1000;
    await raw.endAsync();

    const { page } = await browser.open(twin.url);
    await waitReady(page);
    await page.waitForFunction(() => window.cityTwin!.stats().mqtt === 'connected');
    // Baseline in the same page while it renders: mqtt.js alone (its browser build) on the main thread,
    // the same messages on topics the twin does not subscribe to, counted as they arrive.
    await page.addScriptTag({ path: 'node_modules/mqtt/dist/mqtt.min.js' });
    await page.evaluate(
      ([url, user]) =>
        new Promise<void>((subscribed) => {
          const w = window as unknown as { mqtt: typeof mqtt; benchCount: number };
          w.benchCount = 0;
          const client = w.mqtt.connect(url!, { username: user!.username, password: user!.password });
          client.on('message', () => w.benchCount++);
          client.on('connect', () => client.subscribe('v1.1/bench/+', () => subscribed()));
        }),
      [wsUrl, DEFAULT_ACCOUNTS.viewer] as const,
    );
    const inPageStart = Date.now();
    await send('v1.1/bench');
    await page.waitForFunction(
      (n) => (window as unknown as { benchCount: number }).benchCount >= n,
      MESSAGES,
      {
        timeout: 300_000,
        polling: 50,
      },
    );
    const inPageSeconds = (Date.now() - inPageStart) / 1000;

    const before = await page.evaluate(() => window.cityTwin!.stats().messages);
    const pageStart = Date.now();
    await send();
    await page.waitForFunction((n) => window.cityTwin!.stats().messages >= n, before + MESSAGES, {
      timeout: 300_000,
      polling: 50,
    });
    const pageSeconds = (Date.now() - pageStart) / 1000;
    const applied = await page.evaluate(() => window.cityTwin!.stats().sensors);
    const name = `page ingest while rendering (${MESSAGES} messages, ${applied.rejected} rejected)`;
    const value = Math.round(MESSAGES / pageSeconds);
    report({
      name,
      value,
      unit: 'messages/s',
      baseline: {
        name: 'mqtt.js alone in the same page, same messages',
        value: Math.round(MESSAGES / inPageSeconds),
      },
    });
    report({
      name,
      value,
      unit: 'messages/s',
      baseline: {
        name: 'mqtt.js alone in Node, same messages and listener',
        value: Math.round(MESSAGES / rawSeconds),
      },
    });
  } finally {
    await publisher.endAsync();
    await browser.dispose();
    await twin.dispose();
    await mosquitto.dispose();
  }
}

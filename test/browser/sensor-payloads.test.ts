import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { colourFor, toHex } from '../../src/core/colour/colour-scale.ts';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import { centrePixel, waitConnected } from '../support/browser.ts';
import { startMosquitto, type RunningMosquitto } from '../support/mosquitto.ts';
import { mosquittoPub } from '../support/publish.ts';
import { twinSession } from '../support/session.ts';

const PREFIX = CONFIG_DEFAULTS.topicPrefix;
const HOUR = 3_600_000;

/** The building's colour read back through the handle and the pixel at its centre on screen. */
async function expectColoured(page: Page, building: string, celsius: number): Promise<void> {
  const hex = toHex(colourFor(celsius, CONFIG_DEFAULTS.scale));
  await page.waitForFunction(([id, c]) => window.cityTwin!.building(id!)?.colour === c, [
    building,
    hex,
  ] as const);
  expect((await page.evaluate((id) => window.cityTwin!.building(id), building))?.temperature).toBeCloseTo(
    celsius,
    5,
  );
  expect(await page.evaluate((id) => window.cityTwin!.focus(id), building)).toBe(true);
  const [r, , b] = await centrePixel(page);
  // Lighting shades the pixel; the hue still tells warm from cold.
  if (celsius > CONFIG_DEFAULTS.scale.comfort) expect(r).toBeGreaterThan(b + 30);
  else expect(b).toBeGreaterThan(r + 30);
}

// Every payload form the issue lists, published with the real mosquitto_pub to a real Mosquitto.
describe('sensor payloads from a real Mosquitto colour the right building', () => {
  let mosquitto: RunningMosquitto;
  let buildings: { sensor: string; building: string }[];
  let configFile = '';

  // The broker and the config that points the page at it; registered before the session, so that
  // the broker stops after the page and the twin have gone (vitest runs after-hooks in reverse).
  beforeAll(async () => {
    mosquitto = await startMosquitto();
    const dir = mkdtempSync(join(tmpdir(), 'stadtzwilling-payloads-'));
    configFile = join(dir, 'stadtzwilling.config.json');
    const registry = (await import('../../sensors/registry.default.json', { with: { type: 'json' } }))
      .default as {
      sensor: string;
      building: string;
    }[];
    // Houses of the default city (generated perimeter blocks), one per payload form.
    buildings = registry.filter((e) => e.building.startsWith('gen-b')).slice(0, 12);
    writeFileSync(
      configFile,
      JSON.stringify({
        broker: `ws://127.0.0.1:${mosquitto.wsPort}`,
        ...DEFAULT_ACCOUNTS.viewer,
        colourScale: 'fixed',
        datastreams: { '42': buildings[4]!.sensor },
        mappings: [
          {
            topic: `${PREFIX}/ttn/{sensor}/up`,
            valuePath: 'uplink_message.decoded_payload.temperature',
            timePath: 'received_at',
          },
          { topic: `${PREFIX}/gateway/+/readings`, each: { path: 'data', sensorKey: 'id', valuePath: 't' } },
        ],
      }),
    );
    // A retained reading that is there before the viewer subscribes.
    await mosquittoPub(mosquitto.port, `${PREFIX}/${buildings[0]!.sensor}/temperature`, '31.5', {
      retain: true,
    });
  });
  afterAll(async () => {
    await mosquitto?.dispose();
  });

  const session = twinSession({ server: () => ({ configFile }), connected: true });

  const pub = (topic: string, message: string): Promise<unknown> =>
    mosquittoPub(mosquitto.port, topic, message);
  const b = (i: number) => buildings[i]!;

  it('takes a retained reading at once on subscribe', async () => {
    await expectColoured(session.page, b(0).building, 31.5);
  });

  it('takes a bare number', async () => {
    await pub(`${PREFIX}/${b(1).sensor}/temperature`, '-7.25');
    await expectColoured(session.page, b(1).building, -7.25);
  });

  it('takes JSON with value and a unit in kelvin', async () => {
    await pub(`${PREFIX}/${b(2).sensor}/temperature`, JSON.stringify({ value: 306.15, unit: 'K' }));
    await expectColoured(session.page, b(2).building, 33);
  });

  it('takes JSON with temperature in °F and an ISO time', async () => {
    const ts = new Date(Date.now() - 1000).toISOString();
    await pub(`${PREFIX}/${b(3).sensor}/temperature`, JSON.stringify({ temperature: 19.4, unit: '°F', ts }));
    await expectColoured(session.page, b(3).building, -7);
    const sensor = await session.page.evaluate(
      (id) => window.cityTwin!.sensors().find((s) => s.sensorId === id),
      b(3).sensor,
    );
    expect(sensor?.time).toBe(Date.parse(ts));
  });

  it('takes a SensorThings Observation with an interval phenomenonTime', async () => {
    const end = new Date(Date.now() - 2000).toISOString();
    const start = new Date(Date.now() - 62_000).toISOString();
    await pub(
      'v1.1/Datastreams(42)/Observations',
      JSON.stringify({ result: 30.5, phenomenonTime: `${start}/${end}`, resultTime: end }),
    );
    await expectColoured(session.page, b(4).building, 30.5);
  });

  it('takes Zigbee2MQTT-style device JSON', async () => {
    await pub(
      `${PREFIX}/${b(5).sensor}`,
      JSON.stringify({ temperature: -4.5, humidity: 71, battery: 88, linkquality: 120 }),
    );
    await expectColoured(session.page, b(5).building, -4.5);
  });

  it('takes a LoRaWAN uplink through a configured mapping', async () => {
    const uplink = {
      received_at: new Date().toISOString(),
      uplink_message: { decoded_payload: { temperature: 29.75 } },
    };
    await pub(`${PREFIX}/ttn/${b(6).sensor}/up`, JSON.stringify(uplink));
    await expectColoured(session.page, b(6).building, 29.75);
  });

  it('maps one gateway message carrying several sensors to each of them', async () => {
    await pub(
      `${PREFIX}/gateway/hof-1/readings`,
      JSON.stringify({
        data: [
          { id: b(7).sensor, t: -9 },
          { id: b(8).sensor, t: 34 },
        ],
      }),
    );
    await expectColoured(session.page, b(7).building, -9);
    await expectColoured(session.page, b(8).building, 34);
  });

  it('rejects and counts every kind of bad input, and keeps the value it had', async () => {
    const sensor = b(9).sensor;
    const topic = `${PREFIX}/${sensor}/temperature`;
    await pub(topic, '27');
    await expectColoured(session.page, b(9).building, 27);
    const before = await session.page.evaluate(() => window.cityTwin!.stats().sensors.rejectedBy);
    await pub(topic, '{"value": ');
    await pub(topic, 'warm');
    await pub(topic, 'NaN');
    await pub(topic, '95');
    await pub(topic, JSON.stringify({ value: 20, note: 'x'.repeat(5000) }));
    await pub(`${PREFIX}/unbekannt-99/temperature`, '20');
    await pub(topic, JSON.stringify({ value: 21, ts: new Date(Date.now() + HOUR).toISOString() }));
    await pub(topic, JSON.stringify({ value: 22, ts: new Date(Date.now() - HOUR).toISOString() }));
    const expected = [
      'malformed',
      'not-a-number',
      'not-finite',
      'out-of-range',
      'too-large',
      'unknown-sensor',
      'future-time',
      'out-of-order',
    ];
    await session.page.waitForFunction(
      ([prev, reasons]) => {
        const now = window.cityTwin!.stats().sensors.rejectedBy;
        return reasons!.every((r) => now[r]! === prev![r]! + 1);
      },
      [before, expected] as const,
    );
    const after = await session.page.evaluate((id) => window.cityTwin!.building(id), b(9).building);
    expect(after?.temperature).toBe(27);
    // The HUD names each reason with its count.
    await session.page.locator('.hud-rejected summary').click();
    await session.page.waitForFunction(
      (n) => document.querySelectorAll('.hud-rejected li').length >= n,
      expected.length,
    );
    const hudReasons = await session.page
      .locator('.hud-rejected li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-reason')));
    expect(hudReasons).toEqual(expect.arrayContaining(expected));
    expect(await session.page.locator('.hud-rejected li[data-reason=too-large]').textContent()).toMatch(
      /^Nachricht über 4 KB: \d+$/,
    );
  });

  it("refuses a fake reading from the viewer's read-only account: no colour changes", async () => {
    const target = b(10);
    await pub(`${PREFIX}/${target.sensor}/temperature`, '-8');
    await expectColoured(session.page, target.building, -8);
    await mosquittoPub(mosquitto.port, `${PREFIX}/${target.sensor}/temperature`, '34', {
      account: DEFAULT_ACCOUNTS.viewer,
    }).catch(() => undefined);
    // A later genuine reading on another building proves the page has seen everything published before it.
    await pub(`${PREFIX}/${b(11).sensor}/temperature`, '33');
    await expectColoured(session.page, b(11).building, 33);
    expect(
      (await session.page.evaluate((id) => window.cityTwin!.building(id), target.building))?.temperature,
    ).toBe(-8);
  });

  it('survives a broker restart: reconnects, resubscribes, keeps the last values', async () => {
    // The browser reports the broker's WebSocket while it is down; nothing else may appear.
    session.allowProblems(/WebSocket connection to .* failed/);
    const temperature = (id: string) =>
      session.page.evaluate((b) => window.cityTwin!.building(b)?.temperature, id);
    const kept = await temperature(b(1).building);
    await mosquitto.stop();
    await session.page.waitForFunction(() =>
      ['reconnecting', 'offline'].includes(window.cityTwin!.stats().mqtt),
    );
    expect(await temperature(b(1).building)).toBe(kept);
    await mosquitto.restart();
    await waitConnected(session.page, { timeout: 60_000 });
    // The restarted broker has kept nothing (no persistence). A reading retained now reaches the page whether
    // it subscribes again before or after it: once it is in, the page is subscribed. Then count: readings in,
    // messages received.
    await mosquittoPub(mosquitto.port, `${PREFIX}/${b(2).sensor}/temperature`, '26', { retain: true });
    await expect.poll(() => temperature(b(2).building), { timeout: 30_000 }).toBe(26);
    const before = await session.page.evaluate(() => window.cityTwin!.stats().messages);
    await pub(`${PREFIX}/${b(1).sensor}/temperature`, '32');
    await expectColoured(session.page, b(1).building, 32);
    // A later reading proves the page has had every copy of the one before it.
    await pub(`${PREFIX}/${b(11).sensor}/temperature`, '30');
    await expect.poll(() => temperature(b(11).building), { timeout: 30_000 }).toBe(30);
    // No subscription was made twice: each reading arrived once.
    expect(await session.page.evaluate(() => window.cityTwin!.stats().messages)).toBe(before + 2);
  });
});

// Bench: 100,000 sensors on 50,000 buildings. Registry load and the worker's memory (its ingest, run in
// Node), and the time from subscribing to every building coloured with 100,000 retained messages on a real
// Mosquitto, driven by the simulator. Each figure with a baseline measured in the same run.
import mqtt from 'mqtt';
import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_DEFAULTS } from '../../src/core/config.ts';
import { createIngest } from '../../src/core/sensors/ingest.ts';
import { PARSE_DEFAULTS } from '../../src/core/sensors/payload.ts';
import { parseRegistry } from '../../src/core/sensors/registry.ts';
import { DEFAULT_ACCOUNTS } from '../../sensors/accounts.ts';
import { scaleRegistry } from '../../sensors/simulator/scale-registry.ts';
import { launchBrowser, waitReady } from '../support/browser.ts';
import { browserBundle } from '../support/browser-bundle.ts';
import { startMosquitto } from '../support/mosquitto.ts';
import { retainSimulated } from '../support/simulated-broker.ts';
import { startTestTwin } from '../support/twin.ts';
import { bareWebSocketScript } from './bare-websocket-worker.ts';
import type { Figure } from './figure.ts';
import { workerHeap } from './worker-heap.ts';

const SENSORS = 100_000;
const BUILDINGS = 50_000;
const MB = 1024 * 1024;
const TOPIC = `${CONFIG_DEFAULTS.topicPrefix}/+/temperature`;

const memory = (): number => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Run the bench and report each figure. */
export default async function run(report: (f: Figure) => void): Promise<void> {
  const cityIds = [
    ...new Set(
      parseRegistry(readFileSync('sensors/registry.default.json', 'utf8'), 'registry').map((e) => e.building),
    ),
  ];
  const registry = scaleRegistry(SENSORS, BUILDINGS, cityIds);
  const text = JSON.stringify(registry);

  let t0 = performance.now();
  const baseline = JSON.parse(text) as unknown[];
  const jsonMs = performance.now() - t0;
  const beforeIngest = memory();
  t0 = performance.now();
  const ingest = createIngest(parseRegistry(text, 'scale.json'), {
    parse: PARSE_DEFAULTS,
    scale: CONFIG_DEFAULTS.scale,
  });
  const loadMs = performance.now() - t0;
  report({
    name: 'scale: 100,000-sensor registry parsed, checked and indexed',
    value: Math.round(loadMs),
    unit: 'ms',
    baseline: { name: 'JSON.parse of the same file', value: Math.round(jsonMs) },
  });
  const now = Date.now();
  registry.forEach((e, i) =>
    ingest.message(`${PARSE_DEFAULTS.topicPrefix}/${e.sensor}/temperature`, String(i % 30), now),
  );
  ingest.setFeatures(registry.slice(0, BUILDINGS).map((e) => e.building));
  const coloured = ingest.takeBatch(now).features.length;
  if (coloured !== BUILDINGS) throw new Error(`scale bench coloured ${coloured} of ${BUILDINGS} buildings`);
  const nodeMb = Math.round((memory() - beforeIngest) / MB);
  report({
    name: `scale: sensor worker memory with 100,000 sensors, each with a reading (history ${ingest.state.bytes() >> 20} MB of it)`,
    value: nodeMb,
    unit: 'MB',
    baseline: { name: 'the registry file as text', value: Math.round((text.length * 2) / MB) },
  });
  if (baseline.length !== SENSORS) throw new Error('scale bench registry lost entries');
  await endToEnd(registry, cityIds, nodeMb, report);
}

/** 100,000 retained readings from the simulator, then a page that subscribes; until every building is coloured. */
async function endToEnd(
  registry: ReturnType<typeof scaleRegistry>,
  cityIds: readonly string[],
  nodeMb: number,
  report: (f: Figure) => void,
): Promise<void> {
  const mosquitto = await startMosquitto({ extraConfig: 'max_queued_messages 0' });
  const dir = mkdtempSync(join(tmpdir(), 'stadtzwilling-scale-'));
  const registryFile = join(dir, 'registry.json');
  const configFile = join(dir, 'stadtzwilling.config.json');
  const wsUrl = `ws://127.0.0.1:${mosquitto.wsPort}`;
  writeFileSync(registryFile, JSON.stringify(registry));
  writeFileSync(configFile, JSON.stringify({ broker: wsUrl, ...DEFAULT_ACCOUNTS.viewer }));
  const retained = await retainSimulated(mosquitto.url, registry);
  const twin = await startTestTwin({ configFile, registryFile });
  const browser = await launchBrowser();
  try {
    // Baseline: mqtt.js alone subscribing and taking every retained message.
    const raw = await mqtt.connectAsync(wsUrl, DEFAULT_ACCOUNTS.viewer);
    const messages: [string, Buffer][] = [];
    const all = new Promise<void>((done) =>
      raw.on('message', (topic, payload) => messages.push([topic, payload]) === retained && done()),
    );
    const rawStart = Date.now();
    await raw.subscribeAsync(TOPIC);
    await all;
    const rawMs = Date.now() - rawStart;
    await raw.endAsync();
    // The buildings the page must colour: those the same ingest colours in Node from the same messages. A
    // building can have none: the simulator's sensors drop out now and then (2 % of its time slots), and a
    // faulty one's -127 °C is turned away, so which ones depends on the hour the bench runs.
    const expected = colouredInNode(registry, cityIds, messages);

    const { page } = await browser.open(twin.url);
    await page.waitForFunction(() => window.cityTwin?.stats().mqtt === 'connected', undefined, {
      timeout: 300_000,
      polling: 10,
    });
    const start = Date.now();
    await page.waitForFunction((n) => window.cityTwin!.stats().messages >= n, retained, {
      timeout: 600_000,
      polling: 20,
    });
    const arrived = Date.now();
    // The batch after the last message: every building of the city with a reading has its colour.
    await waitReady(page);
    await page.waitForFunction(
      (ids) => ids.every((id) => window.cityTwin!.building(id)?.colour != null),
      expected,
      { timeout: 600_000, polling: 20 },
    );
    const coloured = Date.now();
    report({
      name: 'scale: last retained message in to every building coloured',
      value: coloured - arrived,
      unit: 'ms',
      baseline: {
        name: 'one frame of the page (SwiftShader)',
        value: Math.round(await page.evaluate(() => window.cityTwin!.stats().frameMs)),
      },
    });
    report({
      name: `scale: subscribe to every building coloured, ${retained} retained messages`,
      value: coloured - start,
      unit: 'ms',
      baseline: { name: 'mqtt.js alone in Node taking the same retained messages', value: rawMs },
    });
    // The page takes its messages through the twin's /mqtt, which joins the broker's packets into frames, and
    // its worker hands mqtt.js the frames that came meanwhile in one piece (src/sensors/joined-socket.ts).
    const joined = await browserBundle('src/sensors/joined-socket.ts', 'joined');
    const relayUrl = `${twin.url.replace(/^http/, 'ws').replace(/\/$/, '')}/mqtt`;
    const asTwin = await workerAlone(page, relayUrl, retained, joined);
    report({
      name: `scale: subscribe to every building coloured, ${retained} retained messages`,
      value: coloured - start,
      unit: 'ms',
      baseline: {
        name: "mqtt.js alone in a worker of the same page taking them the twin's way (/mqtt, joined socket)",
        value: Math.round(asTwin),
      },
    });
    // What each part gives: mqtt.js's own socket waits a 4 ms timer per frame, ...
    const plainSocket = await workerAlone(page, relayUrl, retained, null);
    report({
      name: `scale: mqtt.js alone in a worker of the page, ${retained} retained messages through /mqtt, joined socket`,
      value: Math.round(asTwin),
      unit: 'ms',
      baseline: { name: "the same with mqtt.js's own browser socket", value: Math.round(plainSocket) },
    });
    // ... and straight from Mosquitto each message is a frame of its own, which Chromium hands a worker one at
    // a time across processes, whatever client reads them.
    const direct = await workerAlone(page, wsUrl, retained, joined);
    report({
      name: `scale: mqtt.js alone in a worker of the page, ${retained} retained messages through /mqtt, joined socket`,
      value: Math.round(asTwin),
      unit: 'ms',
      baseline: {
        name: "the same straight from Mosquitto's WebSocket, a frame per message",
        value: Math.round(direct),
      },
    });
    const [bareRelay, relayFrames] = await inWorker<[number, number]>(
      page,
      bareWebSocketScript(relayUrl, DEFAULT_ACCOUNTS.viewer, TOPIC, retained),
    );
    const [bare, frames] = await inWorker<[number, number]>(
      page,
      bareWebSocketScript(wsUrl, DEFAULT_ACCOUNTS.viewer, TOPIC, retained),
    );
    report({
      name: `scale: ${retained} retained messages as bare WebSocket frames in a worker, no client, through /mqtt (${relayFrames} frames)`,
      value: Math.round(bareRelay),
      unit: 'ms',
      baseline: { name: `the same straight from Mosquitto (${frames} frames)`, value: Math.round(bare) },
    });
    // In the browser: the sensor worker with every sensor's reading in, after a garbage collection.
    const worker = await workerHeap(browser.browser, 'sensor.worker');
    report({
      name: `scale: sensor worker memory in Chromium with 100,000 sensors (typed arrays ${Math.round(worker.buffers / MB)} MB of it)`,
      value: Math.round((worker.heap + worker.buffers) / MB),
      unit: 'MB',
      baseline: { name: 'the same ingest measured in Node', value: nodeMb },
    });
  } finally {
    await browser.dispose();
    await twin.dispose();
    await mosquitto.dispose();
  }
}

/** The city's buildings that the ingest, run in Node on `messages`, gives a colour. */
function colouredInNode(
  registry: ReturnType<typeof scaleRegistry>,
  cityIds: readonly string[],
  messages: readonly [string, Buffer][],
): string[] {
  const ingest = createIngest(registry, { parse: PARSE_DEFAULTS, scale: CONFIG_DEFAULTS.scale });
  const now = Date.now();
  for (const [topic, payload] of messages) ingest.message(topic, payload, now);
  ingest.setFeatures(cityIds);
  const { features, colours } = ingest.takeBatch(now);
  const ids = [...features].filter((_, k) => colours[k * 4 + 3] !== 0).map((f) => cityIds[f]!);
  if (ids.length < cityIds.length * 0.95)
    throw new Error(`only ${ids.length} of ${cityIds.length} coloured in Node`);
  return ids;
}

/**
 * Milliseconds mqtt.js's browser build alone, in a worker of `page`, takes from subscribing to receiving `count`
 * retained messages; `joined`: the sensor worker's socket bundled (src/sensors/joined-socket.ts), to go through.
 */
function workerAlone(page: Page, url: string, count: number, joined: string | null): Promise<number> {
  const source = readFileSync('node_modules/mqtt/dist/mqtt.min.js', 'utf8');
  const { username, password } = DEFAULT_ACCOUNTS.viewer;
  const options = JSON.stringify({ username, password });
  return inWorker<number>(
    page,
    `${source}
${joined ?? ''}
let n = 0;
let start = 0;
const client = mqtt.connect(${JSON.stringify(url)}, { ...${options}, createWebsocket: ${joined === null ? 'undefined' : 'joined.joinedSocket'} });
client.on('connect', () => ((start = performance.now()), client.subscribe(${JSON.stringify(TOPIC)})));
client.on('message', () => ++n === ${count} && (postMessage(performance.now() - start), client.end(true)));`,
  );
}

/** Run `script` in a worker of `page`; what it posts first. */
function inWorker<T>(page: Page, script: string): Promise<T> {
  return page.evaluate(
    (code) =>
      new Promise<T>((done) => {
        const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
        worker.onmessage = (event: MessageEvent<T>) => {
          worker.terminate();
          done(event.data);
        };
      }),
    script,
  );
}

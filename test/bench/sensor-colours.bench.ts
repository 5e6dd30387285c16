// Bench: parsing and applying 10,000 sensor messages per batch, and colouring 10,000 buildings into a
// byte array (what the feature texture receives). Prints figures with a baseline from the same run.
import { pathToFileURL } from 'node:url';
import { colourFor, writeColour } from '../../src/core/colour/colour-scale.ts';
import { createIngest } from '../../src/core/sensors/ingest.ts';
import { PARSE_DEFAULTS } from '../../src/core/sensors/payload.ts';
import type { RegistryEntry } from '../../src/core/sensors/registry.ts';
import type { Figure } from './figure.ts';

const N = 10_000;
const BATCHES = 12;
const WARMUP = 3;

/** Run the bench and report each figure. */
export default async function run(report: (f: Figure) => void): Promise<void> {
  const registry: RegistryEntry[] = Array.from({ length: N }, (_, i) => ({
    sensor: `s${i}`,
    building: `b${i}`,
    unit: '°C',
    label: `Sensor ${i}`,
  }));
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const start = Date.UTC(2025, 10, 25, 12);
  const batch = (k: number): { topic: string; payload: Uint8Array }[] =>
    registry.map((entry, i) => {
      const celsius = Math.round((3 + 10 * Math.sin(i + k)) * 10) / 10;
      const time = start + k * 10_000;
      // Two payload forms, as the simulator sends: JSON with unit and time, and bare numbers.
      const text =
        i % 3 === 0
          ? String(celsius)
          : JSON.stringify({ value: celsius, unit: '°C', ts: new Date(time).toISOString() });
      // The topic as mqtt.js hands it over: text decoded from the packet's bytes.
      const topic = decoder.decode(
        encoder.encode(`${PARSE_DEFAULTS.topicPrefix}/${entry.sensor}/temperature`),
      );
      return { topic, payload: encoder.encode(text) };
    });
  const batches = Array.from({ length: BATCHES }, (_, k) => batch(k));
  // The worker's ingest: parser and reducer, as each MQTT message meets them.
  const ingest = createIngest(registry, { parse: PARSE_DEFAULTS, scale: { min: -10, comfort: 20, max: 35 } });
  const { state } = ingest;

  const parseTimes: number[] = [];
  const rawTimes: number[] = [];
  let sink = 0;
  for (let k = 0; k < BATCHES; k++) {
    const messages = batches[k] ?? [];
    const now = start + k * 10_000 + 1000;
    let t0 = performance.now();
    for (const m of messages) sink += (JSON.parse(decoder.decode(m.payload)) as unknown) === null ? 1 : 0;
    const raw = performance.now() - t0;
    t0 = performance.now();
    for (const m of messages) ingest.message(m.topic, m.payload, now);
    sink += state.takeChanged(now).length;
    const full = performance.now() - t0;
    if (k >= WARMUP) {
      rawTimes.push(raw);
      parseTimes.push(full);
    }
  }
  if (state.counts(start + BATCHES * 10_000).rejected > 0) throw new Error('bench messages were rejected');
  report({
    name: 'sensors: parse + apply 10,000 messages',
    value: median(parseTimes),
    unit: 'ms/batch',
    baseline: { name: 'TextDecoder + JSON.parse only', value: median(rawTimes) },
  });

  const colours = new Uint8Array(N * 4);
  const ids = state.buildingIds();
  const colourTimes: number[] = [];
  const allocatingTimes: number[] = [];
  const lookupTimes: number[] = [];
  const now = start + BATCHES * 10_000;
  for (let k = 0; k < BATCHES; k++) {
    let t0 = performance.now();
    for (let i = 0; i < ids.length; i++) {
      const shown = state.building(ids[i] ?? '', now);
      writeColour(colours, i * 4, shown.celsius ?? Number.NaN);
      colours[i * 4 + 3] = 255;
    }
    const withLookup = performance.now() - t0;
    t0 = performance.now();
    for (let i = 0; i < N; i++) writeColour(colours, i * 4, -10 + (45 * i) / N);
    const colourOnly = performance.now() - t0;
    t0 = performance.now();
    for (let i = 0; i < N; i++) colours.set(colourFor(-10 + (45 * i) / N), i * 4);
    const allocating = performance.now() - t0;
    if (k >= WARMUP) {
      lookupTimes.push(withLookup);
      colourTimes.push(colourOnly);
      allocatingTimes.push(allocating);
    }
  }
  sink += colours[0] ?? 0;
  report({
    name: 'colours: 10,000 temperatures written into a Uint8Array',
    value: median(colourTimes),
    unit: 'ms',
    baseline: { name: 'colourFor returning a new array each time', value: median(allocatingTimes) },
  });
  report({
    name: 'colours: 10,000 buildings read from the reducer and coloured',
    value: median(lookupTimes),
    unit: 'ms',
    baseline: { name: 'the same colours without reading the reducer', value: median(colourTimes) },
  });
  if (sink === -1) console.log(sink);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? NaN) * 1000) / 1000;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run((f) =>
    console.log(
      `${f.name}: ${f.value} ${f.unit}${f.baseline ? ` (baseline ${f.baseline.name}: ${f.baseline.value} ${f.unit})` : ''}`,
    ),
  );
}

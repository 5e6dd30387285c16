// Bench: the main thread's share of the sensor worker, per frame: taking a batch of 10,000 changed buildings
// into the page's copy of the state and the colour texture, and one frame of their fades.
import { createFeatureColours } from '../../src/city/feature-colours.ts';
import { createIngest } from '../../src/core/sensors/ingest.ts';
import { PARSE_DEFAULTS } from '../../src/core/sensors/payload.ts';
import { createSensorView } from '../../src/core/sensors/sensor-view.ts';
import type { Figure } from './figure.ts';

const N = 10_000;
const ROUNDS = 15;
const WARMUP = 3;

/** Run the bench and report each figure. */
export default async function run(report: (f: Figure) => void): Promise<void> {
  const registry = Array.from({ length: N }, (_, i) => ({
    sensor: `s${i}`,
    building: `b${i}`,
    unit: '°C',
    label: '',
  }));
  const scale = { min: -10, comfort: 20, max: 35 };
  const ingest = createIngest(registry, { parse: PARSE_DEFAULTS, scale, scaleMode: 'fixed' });
  const view = createSensorView(registry, { ttlMs: 300_000, aggregate: 'mean' });
  const colours = createFeatureColours(N);
  ingest.setFeatures(registry.map((e) => e.building));
  const plain = new Uint8Array(N * 4);
  const start = Date.UTC(2025, 10, 25, 12);
  const applyTimes: number[] = [];
  const tickTimes: number[] = [];
  const copyTimes: number[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    const now = start + k * 10_000;
    for (let i = 0; i < N; i++)
      ingest.message(`${PARSE_DEFAULTS.topicPrefix}/s${i}/temperature`, String(((i + k) % 40) - 5), now);
    // What the worker posts; its buffers arrive on the page as they are.
    const batch = ingest.takeBatch(now);
    if (batch.features.length !== N) throw new Error(`bench batch has ${batch.features.length} features`);
    let t0 = performance.now();
    view.apply(batch);
    colours.setTargets(batch.features, batch.colours);
    const apply = performance.now() - t0;
    t0 = performance.now();
    colours.tick(1 / 72);
    const tick = performance.now() - t0;
    t0 = performance.now();
    plain.set(batch.colours);
    const copy = performance.now() - t0;
    // Let the fades finish before the next round, as they would between readings.
    colours.tick(1);
    if (k >= WARMUP) {
      applyTimes.push(apply);
      tickTimes.push(tick);
      copyTimes.push(copy);
    }
  }
  const baseline = { name: 'copying the 10,000 RGBA into a byte array', value: median(copyTimes) };
  report({
    name: 'main thread: take a batch of 10,000 changed buildings',
    value: median(applyTimes),
    unit: 'ms/frame',
    baseline,
  });
  report({
    name: 'main thread: one frame of 10,000 fades',
    value: median(tickTimes),
    unit: 'ms/frame',
    baseline,
  });
  colours.dispose();
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? NaN) * 1000) / 1000;
}

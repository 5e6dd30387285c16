import { describe, expect, it } from 'vitest';
import { colourFor } from '../../../../src/core/colour/colour-scale.ts';
import { createIngest } from '../../../../src/core/sensors/ingest.ts';
import { PARSE_DEFAULTS } from '../../../../src/core/sensors/payload.ts';

const registry = ['a', 'b', 'c'].map((s, i) => ({ sensor: s, building: `B${i}`, unit: '°C', label: '' }));
const scale = { min: -10, comfort: 20, max: 35 };
const topic = (s: string) => `${PARSE_DEFAULTS.topicPrefix}/${s}/temperature`;
const T = Date.UTC(2025, 10, 25, 12);

describe('createIngest', () => {
  it('hands out the changed features with their colour, the new sensor values and the counts', () => {
    const ingest = createIngest(registry, { parse: PARSE_DEFAULTS, scale, scaleMode: 'fixed' });
    ingest.setFeatures([null, 'B2', 'B0', 'B1']);
    ingest.message(topic('a'), '30', T);
    ingest.message(topic('c'), 'warm', T);
    const batch = ingest.takeBatch(T);
    expect([...batch.features]).toEqual([2]);
    expect([...batch.colours]).toEqual([...colourFor(30, scale), 255]);
    expect([...batch.sensors]).toEqual([0]);
    expect([...batch.celsius]).toEqual([30]);
    expect(batch.received).toBe(2);
    expect(batch.rejectedBy['not-a-number']).toBe(1);
    expect(batch.scale).toMatchObject({ mode: 'fixed', min: -10 });
    const empty = ingest.takeBatch(T + 10);
    expect(empty.features).toHaveLength(0);
    expect(empty.sensors).toHaveLength(0);
  });

  it('repaints every building with a value after a new city, and greys stale ones', () => {
    const ingest = createIngest(registry, {
      parse: PARSE_DEFAULTS,
      scale,
      scaleMode: 'fixed',
      state: { ttlMs: 1000 },
    });
    ingest.message(topic('a'), '5', T);
    ingest.message(topic('b'), '6', T);
    ingest.takeBatch(T);
    ingest.setFeatures(['B1', 'B0', 'B2']);
    expect([...ingest.takeBatch(T + 1).features].sort()).toEqual([0, 1]);
    const stale = ingest.takeBatch(T + 5000);
    expect([...stale.colours.subarray(0, 4)]).toEqual([0x8a, 0x8a, 0x8a, 255]);
  });

  it('fits the automatic scale to the readings and repaints when it moves', () => {
    const ingest = createIngest(registry, { parse: PARSE_DEFAULTS, scale });
    ingest.setFeatures(['B0', 'B1', 'B2']);
    ingest.message(topic('a'), '0', T);
    ingest.message(topic('b'), '3', T);
    ingest.message(topic('c'), '6', T);
    const batch = ingest.takeBatch(T);
    expect(batch.scale).toEqual({ mode: 'auto', min: 0, comfort: 8, max: 6 });
    expect(batch.features).toHaveLength(3);
    expect(batch.histogram.reduce((a, b) => a + b, 0)).toBe(3);
  });
});

describe('createIngest outliers', () => {
  it('washes out every building but the one far off its neighbours while highlighting', () => {
    const row = Array.from({ length: 6 }, (_, i) => ({
      sensor: `s${i}`,
      building: `H${i}`,
      unit: '°C',
      label: '',
    }));
    const bounds = new Float64Array(6 * 6);
    row.forEach((_, f) => bounds.set([f * 20, 0, 0, f * 20 + 10, 8, 10], f * 6));
    const ingest = createIngest(row, { parse: PARSE_DEFAULTS, scale, scaleMode: 'fixed' });
    ingest.setFeatures(
      row.map((e) => e.building),
      bounds,
    );
    [4, 4.5, 16, 3.5, 4.2, 3.8].forEach((c, i) => ingest.message(topic(`s${i}`), String(c), T));
    expect(ingest.takeBatch(T).outliers).toBe(1);
    ingest.highlightOutliers(true);
    const batch = ingest.takeBatch(T + 1);
    const colourOf = (f: number) => [
      ...batch.colours.subarray(batch.features.indexOf(f) * 4, batch.features.indexOf(f) * 4 + 3),
    ];
    expect(colourOf(2)).toEqual(colourFor(16, scale));
    expect(colourOf(0)).not.toEqual(colourFor(4, scale));
  });
});

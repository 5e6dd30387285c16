import { describe, expect, it } from 'vitest';
import { createIngest } from '../../../../src/core/sensors/ingest.ts';
import { PARSE_DEFAULTS } from '../../../../src/core/sensors/payload.ts';
import { createSensorView } from '../../../../src/core/sensors/sensor-view.ts';

const registry = ['a', 'b'].map((s) => ({ sensor: s, building: 'B', unit: '°C', label: s }));
const scale = { min: -10, comfort: 20, max: 35 };
const T = Date.UTC(2025, 10, 25, 12);
const topic = (s: string) => `${PARSE_DEFAULTS.topicPrefix}/${s}/temperature`;

describe('createSensorView', () => {
  it("answers the reader's questions from the batches alone, as the worker's reducer does", () => {
    const ingest = createIngest(registry, { parse: PARSE_DEFAULTS, scale });
    const view = createSensorView(registry, { ttlMs: 300_000, aggregate: 'mean' });
    ingest.message(topic('a'), '4', T);
    ingest.message(topic('b'), '8', T);
    ingest.message(topic('b'), 'x', T);
    view.apply(ingest.takeBatch(T));
    expect(view.building('B', T)).toEqual(ingest.state.building('B', T));
    expect(view.sensors(T)).toEqual(ingest.state.sensors(T));
    expect(view.counts(T)).toEqual(ingest.state.counts(T));
    expect(view.received()).toBe(3);
    expect(view.scale()).toMatchObject({ mode: 'auto' });
  });

  it('asks for histories it was asked about, and keeps counting across a new worker', () => {
    const view = createSensorView(registry, { ttlMs: 300_000, aggregate: 'mean' });
    expect(view.history('a')).toEqual([]);
    expect(view.takeWanted()).toEqual(['a']);
    view.takeHistories({ a: [{ time: T, celsius: 4 }] });
    expect(view.history('a')).toEqual([{ time: T, celsius: 4 }]);
    const first = createIngest(registry, { parse: PARSE_DEFAULTS, scale });
    first.message(topic('zz'), '1', T);
    view.apply(first.takeBatch(T));
    view.rebase();
    const second = createIngest(registry, { parse: PARSE_DEFAULTS, scale });
    second.message(topic('zz'), '1', T);
    view.apply(second.takeBatch(T));
    expect(view.received()).toBe(2);
    expect(view.counts(T).rejectedBy['unknown-sensor']).toBe(2);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RegistryEntry } from '../../../../src/core/sensors/registry.ts';
import { createSensorState } from '../../../../src/core/sensors/state.ts';

const registry: RegistryEntry[] = [
  { sensor: 'a', building: 'B1', unit: '°C', label: 'North' },
  { sensor: 'b', building: 'B1', unit: '°C', label: 'South' },
  { sensor: 'c', building: 'B2', unit: '°C', label: 'Roof' },
];
const T = 1_000_000;

describe('createSensorState', () => {
  it('shows the mean of live sensors, or max/min when configured', () => {
    const readings = [
      { sensorId: 'a', celsius: 10, time: T },
      { sensorId: 'b', celsius: 14, time: T },
    ];
    const mean = createSensorState(registry);
    mean.apply(readings, T);
    expect(mean.building('B1', T)).toMatchObject({ celsius: 12, state: 'live' });
    const max = createSensorState(registry, { aggregate: 'max' });
    max.apply(readings, T);
    expect(max.building('B1', T).celsius).toBe(14);
    const min = createSensorState(registry, { aggregate: 'min' });
    min.apply(readings, T);
    expect(min.building('B1', T).celsius).toBe(10);
  });

  it('rejects and counts unknown sensors, out-of-range, future and older readings', () => {
    const s = createSensorState(registry);
    s.apply([{ sensorId: 'a', celsius: 5, time: T }], T);
    s.apply(
      [
        { sensorId: 'zz', celsius: 5, time: T },
        { sensorId: 'a', celsius: -61, time: T + 1 },
        { sensorId: 'a', celsius: 81, time: T + 1 },
        { sensorId: 'a', celsius: 5, time: T + 30_001 },
        { sensorId: 'a', celsius: 4, time: T - 1 },
        { sensorId: 'a', celsius: 5, time: T }, // the same reading again: ignored, not an error
      ],
      T,
    );
    s.reject([{ reason: 'malformed', detail: 'x' }]);
    const c = s.counts(T);
    expect(c.rejectedBy).toMatchObject({
      'unknown-sensor': 1,
      'out-of-range': 2,
      'future-time': 1,
      'out-of-order': 1,
      malformed: 1,
    });
    expect(c.rejected).toBe(6);
    expect(s.building('B1', T).celsius).toBe(5);
    expect(s.history('a')).toEqual([{ time: T, celsius: 5 }]);
  });

  it('accepts a reading from the near future within the clock skew', () => {
    const s = createSensorState(registry);
    s.apply([{ sensorId: 'c', celsius: 1, time: T + 29_000 }], T);
    expect(s.building('B2', T)).toMatchObject({ celsius: 1, state: 'live' });
  });

  it('turns stale after the TTL, falls back to the last values, and reports the change once', () => {
    const s = createSensorState(registry, { ttlMs: 1000 });
    s.apply([{ sensorId: 'a', celsius: 10, time: T }], T);
    s.apply([{ sensorId: 'b', celsius: 20, time: T + 500 }], T + 500);
    expect(s.takeChangedBuildings(T + 500)).toEqual(['B1']);
    expect(s.takeChangedBuildings(T + 600)).toEqual([]);
    // At T+1200 only b is live: the value changes from 15 to 20.
    expect(s.takeChangedBuildings(T + 1200)).toEqual(['B1']);
    expect(s.building('B1', T + 1200)).toMatchObject({ celsius: 20, state: 'live' });
    expect(s.takeChangedBuildings(T + 1600)).toEqual(['B1']);
    expect(s.building('B1', T + 1600)).toMatchObject({ celsius: 15, state: 'stale' });
    expect(s.takeChangedBuildings(T + 5000)).toEqual([]);
    expect(s.counts(T + 5000)).toMatchObject({ known: 3, live: 0, stale: 2 });
  });

  it('keeps "none" for buildings without readings and an empty list for buildings without sensors', () => {
    const s = createSensorState(registry);
    expect(s.building('B2', T)).toMatchObject({ celsius: null, state: 'none' });
    expect(s.building('nowhere', T)).toEqual({ celsius: null, state: 'none', sensors: [] });
    expect(s.sensors(T).map((x) => x.label)).toEqual(['North', 'South', 'Roof']);
    expect(s.buildingIds()).toEqual(['B1', 'B2']);
  });

  it('bounds the history per sensor', () => {
    const s = createSensorState(registry, { historyLength: 5 });
    s.apply(
      Array.from({ length: 20 }, (_, i) => ({ sensorId: 'a', celsius: i, time: T + i })),
      T + 100,
    );
    expect(s.history('a').map((h) => h.celsius)).toEqual([15, 16, 17, 18, 19]);
  });

  it('keeps the newest accepted value whatever order readings come in', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            sensorId: fc.constantFrom('a', 'b', 'c', 'x'),
            celsius: fc.double({ min: -100, max: 100 }),
            time: fc.integer({ min: 0, max: 100_000 }),
          }),
        ),
        (readings) => {
          const s = createSensorState(registry, { ttlMs: 1e9 });
          s.apply(readings, 100_000);
          for (const sensor of s.sensors(100_000)) {
            const valid = readings.filter(
              (r) => r.sensorId === sensor.sensorId && r.celsius >= -60 && r.celsius <= 80,
            );
            const newest = Math.max(-Infinity, ...valid.map((r) => r.time));
            expect(sensor.time ?? -Infinity).toBe(newest);
          }
          const c = s.counts(100_000);
          expect(c.rejected).toBeLessThanOrEqual(readings.length);
        },
      ),
    );
  });
});

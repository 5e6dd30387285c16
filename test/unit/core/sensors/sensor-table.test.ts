import { describe, expect, it } from 'vitest';
import {
  LIVE,
  NONE,
  STALE,
  aggregateBuilding,
  countLive,
  createSensorTable,
} from '../../../../src/core/sensors/sensor-table.ts';

const entry = (sensor: string, building: string) => ({ sensor, building, unit: '°C', label: '' });

describe('createSensorTable', () => {
  it('indexes sensors and buildings once each, the first entry winning', () => {
    const t = createSensorTable([entry('a', 'B2'), entry('b', 'B1'), entry('a', 'B1'), entry('c', 'B2')]);
    expect(t.entries.map((e) => e.sensor)).toEqual(['a', 'b', 'c']);
    expect(t.buildingIds).toEqual(['B2', 'B1']);
    const members = (b: number) => [...t.members.subarray(t.memberStart[b], t.memberStart[b + 1])];
    expect(members(0)).toEqual([0, 2]);
    expect(members(1)).toEqual([1]);
  });

  it('aggregates live sensors, falls back to stale ones, and says none without values', () => {
    const t = createSensorTable([entry('a', 'B'), entry('b', 'B'), entry('c', 'C')]);
    const out = { celsius: 0, state: NONE };
    expect(aggregateBuilding(t, 0, 0, 100, 'mean', out)).toMatchObject({ state: NONE });
    t.time[0] = 1000;
    t.celsius[0] = 10;
    t.time[1] = 950;
    t.celsius[1] = 20;
    expect(aggregateBuilding(t, 0, 1000, 100, 'mean', out)).toEqual({ celsius: 15, state: LIVE });
    expect(aggregateBuilding(t, 0, 1060, 100, 'max', out)).toEqual({ celsius: 10, state: LIVE });
    expect(aggregateBuilding(t, 0, 5000, 100, 'min', out)).toEqual({ celsius: 10, state: STALE });
    expect(countLive(t, 1060, 100)).toEqual({ live: 1, stale: 1 });
  });
});

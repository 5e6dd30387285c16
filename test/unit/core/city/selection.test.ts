import { describe, expect, it } from 'vitest';
import { sameSelection } from '../../../../src/core/city/selection.ts';
import { ageOf, describeBuilding, mergeHistories } from '../../../../src/core/city/selection-view.ts';
import { toBuildingRecord } from '../../../../src/core/city/building-table.ts';

describe('sameSelection', () => {
  it('equals the same building at the same point, and null only null', () => {
    const a = { buildingId: 'a', featureIndex: 1, point: [1, 2, 3] as [number, number, number] };
    expect(sameSelection(a, { ...a, point: [1, 2, 3] })).toBe(true);
    expect(sameSelection(a, { ...a, point: [1, 2, 4] })).toBe(false);
    expect(sameSelection(a, { ...a, point: null })).toBe(false);
    expect(sameSelection(a, { ...a, buildingId: 'b' })).toBe(false);
    expect(sameSelection(a, { ...a, featureIndex: 2 })).toBe(false);
    expect(sameSelection(null, null)).toBe(true);
    expect(sameSelection(a, null)).toBe(false);
    expect(sameSelection(null, a)).toBe(false);
  });
});

describe('describeBuilding', () => {
  it('splits ages into readable units', () => {
    expect(ageOf(12_400)).toEqual({ value: 12, unit: 's' });
    expect(ageOf(-5)).toEqual({ value: 0, unit: 's' });
    expect(ageOf(5 * 60_000)).toEqual({ value: 5, unit: 'min' });
    expect(ageOf(3 * 3_600_000)).toEqual({ value: 3, unit: 'h' });
    expect(ageOf(5 * 86_400_000)).toEqual({ value: 5, unit: 'd' });
  });

  it('merges histories by timestamp', () => {
    expect(
      mergeHistories([
        [
          { time: 1, celsius: 10 },
          { time: 2, celsius: 12 },
        ],
        [{ time: 1, celsius: 20 }],
      ]),
    ).toEqual([
      { time: 1, celsius: 15 },
      { time: 2, celsius: 12 },
    ]);
  });

  it('lists each sensor with its age, the newest age for the building, and the sparkline', () => {
    const now = 1_000_000;
    const record = toBuildingRecord({ id: 'b1', name: '', address: 'Markt 1' }, 0);
    const view = describeBuilding(
      record,
      {
        celsius: 21,
        state: 'live',
        sensors: [
          {
            sensorId: 's1',
            buildingId: 'b1',
            label: '<b>x</b>',
            unit: '°C',
            celsius: 21,
            time: now - 12_000,
            state: 'live',
          },
          {
            sensorId: 's2',
            buildingId: 'b1',
            label: '',
            unit: '°C',
            celsius: null,
            time: null,
            state: 'none',
          },
        ],
      },
      (id) => (id === 's1' ? [{ time: now - 12_000, celsius: 21 }] : []),
      now,
    );
    expect(view.name).toBe('b1');
    expect(view.age).toEqual({ value: 12, unit: 's' });
    expect(view.sensors.map((s) => s.label)).toEqual(['<b>x</b>', 's2']);
    expect(view.sensors[1]?.age).toBeNull();
    expect(view.spark.d).not.toBe('');
  });
});

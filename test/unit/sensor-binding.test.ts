import { describe, expect, it } from 'vitest';
import { bindToBuildings, nearestBuilding } from '../../src/core/sensor-binding.ts';

describe('sensor binding', () => {
  it('finds the nearest centre by local metres or by degrees', () => {
    const centres = [
      { id: 'church', x: 0, z: 0, lon: 13.2618, lat: 53.5573 },
      { id: 'station', x: 500, z: 0, lon: 13.2693, lat: 53.5601 },
    ];
    expect(nearestBuilding({ x: 480, z: 10 }, centres)?.id).toBe('station');
    const byDegrees = nearestBuilding({ lon: 13.2619, lat: 53.5574 }, centres);
    expect(byDegrees?.id).toBe('church');
    expect(byDegrees?.distance).toBeGreaterThan(5);
    expect(byDegrees?.distance).toBeLessThan(20);
    expect(nearestBuilding({ x: 1, z: 1 }, [{ id: 'geo-only', lon: 1, lat: 1 }])).toBeNull();
  });

  it('keeps a given building and refuses positions far from any building', () => {
    const rows = [
      { sensor: 's1', building: 'given', line: 2, x: 0, z: 0 },
      { sensor: 's2', line: 3, x: 1000, z: 1000 },
    ];
    expect(() => bindToBuildings(rows, [{ id: 'b', x: 0, z: 0 }], 'r.csv')).toThrow(
      'r.csv line 3: no building within 80 m',
    );
    expect(bindToBuildings(rows.slice(0, 1), [{ id: 'b', x: 0, z: 0 }], 'r.csv')[0]?.building).toBe('given');
  });
});

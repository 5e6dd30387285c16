import { describe, expect, it } from 'vitest';
import {
  gridColours,
  hoursColour,
  legendStops,
  lostColour,
} from '../../../../src/core/planning/study-colours.ts';
import { hoursAt, lostHours, type SunHoursGrid } from '../../../../src/core/planning/sun-hours-grid.ts';

const site = { x: 10, z: 20, size: 4, resolution: 2, y: 0 };
const grid = (hours: number[]): SunHoursGrid => ({ site, cells: 2, hours: Float32Array.from(hours) });

describe('sun hours on a grid and their colours', () => {
  it('finds the cell of a point, row by row from the north-west corner', () => {
    const g = grid([1, 2, 3, 4]);
    expect(hoursAt(g, 8.5, 18.5)).toBe(1);
    expect(hoursAt(g, 11.5, 18.5)).toBe(2);
    expect(hoursAt(g, 8.5, 21.5)).toBe(3);
    expect(hoursAt(g, 20, 20)).toBeNull();
  });

  it('counts the hours a proposal takes away, never negative', () => {
    expect([...lostHours(grid([5, 5, 2, 0]), grid([5, 1, 3, 0])).hours]).toEqual([0, 4, 0, 0]);
  });

  it('runs from night blue to sun yellow, and shows no loss as clear', () => {
    expect(hoursColour(0, 8)).toEqual([32, 38, 94, 200]);
    expect(hoursColour(8, 8)).toEqual([253, 231, 37, 200]);
    expect(hoursColour(99, 8)).toEqual(hoursColour(8, 8));
    expect(lostColour(0, 8)[3]).toBe(0);
    expect(lostColour(8, 8)[3]).toBe(240);
    expect(gridColours(grid([0, 8, 0, 8]), 8, hoursColour).slice(4, 8)).toEqual(
      Uint8Array.from([253, 231, 37, 200]),
    );
    expect(legendStops(8, 5, hoursColour).map((s) => s.hours)).toEqual([0, 2, 4, 6, 8]);
  });
});

import { describe, expect, it } from 'vitest';
import { insideRings } from '../../../../src/core/geo/ring.ts';
import { meetFootprint } from '../../../../src/core/utilities/footprint-clash.ts';

const square = [
  [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
  ],
] as const;

describe('line against footprints', () => {
  it('finds the stretch inside a footprint and the distance of one that passes by', () => {
    const through = meetFootprint([-5, 5], [15, 5], square);
    expect(through.insideAt).toBeCloseTo(0.5, 9);
    const inside = meetFootprint([2, 2], [3, 3], square);
    expect(inside.insideAt).toBeCloseTo(0.5, 9);
    const past = meetFootprint([-5, 12], [15, 12], square);
    expect(past.insideAt).toBeNull();
    expect(past.distance).toBeCloseTo(2, 9);
  });

  it('treats holes as outside (a courtyard)', () => {
    const rings = [
      square[0],
      [
        [4, 4],
        [6, 4],
        [6, 6],
        [4, 6],
      ],
    ] as const;
    expect(insideRings(5, 5, rings)).toBe(false);
    expect(insideRings(1, 5, rings)).toBe(true);
    expect(meetFootprint([4.5, 4.5], [5.5, 5.5], rings).insideAt).toBeNull();
  });
});

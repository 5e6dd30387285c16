import { describe, expect, it } from 'vitest';
import type { Vec2 } from '../../../../src/pipeline/mesh/polygon.ts';
import { findWallGaps } from '../../../../src/pipeline/default-city/wall-gaps.ts';

/** A straight two-point line from (x0, y0) to (x1, y1). */
const seg = (x0: number, y0: number, x1: number, y1: number): Vec2[] => [
  [x0, y0],
  [x1, y1],
];

// Two wall ways on one line, `gap` metres apart.
const apart = (gap: number): Vec2[][] => [seg(0, 0, 50, 0), seg(50 + gap, 0, 120, 0)];

describe('findWallGaps', () => {
  it('closes a gap shorter than the threshold, from the end of the first way to the next way', () => {
    expect(findWallGaps(apart(5), 16)).toEqual([
      {
        way: 0,
        line: [
          [50, 0],
          [55, 0],
        ],
      },
    ]);
  });

  it('leaves a gap at or above the threshold open', () => {
    expect(findWallGaps(apart(16), 16)).toEqual([]);
    expect(findWallGaps(apart(20), 16)).toEqual([]);
    expect(findWallGaps(apart(15.9), 16)).toHaveLength(1);
  });

  it('needs no filler where the ends already meet', () => {
    expect(findWallGaps(apart(0.01), 16)).toEqual([]);
  });

  it('leaves a gap open at a gate footprint and where a road runs through it', () => {
    const gate: Vec2[] = [
      [49, -3],
      [53, -3],
      [53, 3],
      [49, 3],
    ];
    expect(findWallGaps(apart(5), 16, [gate])).toEqual([]);
    const road = seg(52, -20, 52, 20);
    expect(findWallGaps(apart(5), 16, [], [road])).toEqual([]);
    // A road that stops short of the gap does not keep it open.
    expect(findWallGaps(apart(5), 16, [], [[road[0]!, [52, -5]]])).toHaveLength(1);
  });

  it('needs no filler where a way ends on another way (a T-junction)', () => {
    const lines = [seg(0, 0, 100, 0), seg(50, 0.1, 50, 40)];
    expect(findWallGaps(lines, 16)).toEqual([]);
  });

  it('never joins a way to itself and uses each end once, pairing the nearest ends', () => {
    // A square of four ways with a gap of 3 m by 3 m at every corner.
    const lines = [seg(3, 0, 97, 0), seg(100, 3, 100, 97), seg(97, 100, 3, 100), seg(0, 97, 0, 3)];
    const gaps = findWallGaps(lines, 16);
    expect(gaps).toHaveLength(4);
    const ends = gaps.flatMap((g) => g.line.map((p) => p.join(',')));
    expect(new Set(ends).size).toBe(8);
    for (const g of gaps)
      expect(Math.hypot(g.line[1][0] - g.line[0][0], g.line[1][1] - g.line[0][1])).toBeCloseTo(
        Math.hypot(3, 3),
        9,
      );
  });
});

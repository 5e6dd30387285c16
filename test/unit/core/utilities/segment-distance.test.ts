import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closestSegments,
  polylineClearance,
  segmentClearance,
  type Vec3,
} from '../../../../src/core/utilities/segment-distance.ts';

const coord = fc.double({ min: -50, max: 50, noNaN: true });
const point = fc.tuple(coord, coord, coord) as fc.Arbitrary<Vec3>;
const radius = fc.double({ min: 0, max: 1, noNaN: true });

/** The same distance by sampling both segments densely: an upper bound that tends to the exact value. */
function sampled(a0: Vec3, a1: Vec3, b0: Vec3, b1: Vec3, n: number): number {
  let best = Infinity;
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= n; j++) {
      const s = i / n;
      const t = j / n;
      const d = Math.hypot(
        a0[0] + (a1[0] - a0[0]) * s - b0[0] - (b1[0] - b0[0]) * t,
        a0[1] + (a1[1] - a0[1]) * s - b0[1] - (b1[1] - b0[1]) * t,
        a0[2] + (a1[2] - a0[2]) * s - b0[2] - (b1[2] - b0[2]) * t,
      );
      best = Math.min(best, d);
    }
  return best;
}

describe('segment distance', () => {
  it('measures crossing, parallel, skew and degenerate segments', () => {
    // Two pipes crossing one above the other, 1 m apart axis to axis.
    expect(segmentClearance([-5, 0, 0], [5, 0, 0], 0.1, [0, 1, -5], [0, 1, 5], 0.2)).toBeCloseTo(0.7, 12);
    // Side by side, overlapping only in part: the distance of the parallel stretch.
    expect(segmentClearance([0, 0, 0], [10, 0, 0], 0, [5, 0, 2], [20, 0, 2], 0)).toBeCloseTo(2, 12);
    // In a line, end to end.
    expect(segmentClearance([0, 0, 0], [1, 0, 0], 0, [3, 0, 0], [4, 0, 0], 0)).toBeCloseTo(2, 12);
    // A point against a segment, and two points.
    expect(segmentClearance([2, 3, 0], [2, 3, 0], 0, [0, 0, 0], [4, 0, 0], 0)).toBeCloseTo(3, 12);
    expect(segmentClearance([0, 0, 0], [0, 0, 0], 0.5, [3, 4, 0], [3, 4, 0], 0.5)).toBeCloseTo(4, 12);
    // Overlapping pipes: negative.
    expect(segmentClearance([0, 0, 0], [1, 0, 0], 0.5, [0, 0.5, 0], [1, 0.5, 0], 0.5)).toBeCloseTo(-0.5, 12);
  });

  it('finds the closest pair of segments between two polylines and where it is', () => {
    const a: Vec3[] = [
      [0, 0, 0],
      [10, 0, 0],
      [10, 0, 10],
    ];
    const b: Vec3[] = [
      [20, 0, 5],
      [12, 0, 5],
    ];
    const best = polylineClearance(a, 0.1, b, 0.1);
    expect(best.segment).toBe(1);
    expect(best.s).toBeCloseTo(0.5, 12);
    expect(best.clearance).toBeCloseTo(1.8, 12);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(point, point, point, point, radius, radius, (a0, a1, b0, b1, ra, rb) => {
        const ab = segmentClearance(a0, a1, ra, b0, b1, rb);
        // To the micrometre: shorter segments count as points.
        expect(segmentClearance(b0, b1, rb, a0, a1, ra)).toBeCloseTo(ab, 6);
        expect(segmentClearance(a1, a0, ra, b1, b0, rb)).toBeCloseTo(ab, 6);
      }),
    );
  });

  it('agrees with a brute-force sampler within the sampling step', () => {
    fc.assert(
      fc.property(point, point, point, point, (a0, a1, b0, b1) => {
        const exact = segmentClearance(a0, a1, 0, b0, b1, 0);
        const n = 60;
        const brute = sampled(a0, a1, b0, b1, n);
        // Sampling never beats the true minimum (up to rounding: squares of 100 m carry 1e-6 m), and misses it by
        // at most half a step on each segment.
        const step =
          (Math.hypot(a1[0] - a0[0], a1[1] - a0[1], a1[2] - a0[2]) +
            Math.hypot(b1[0] - b0[0], b1[1] - b0[1], b1[2] - b0[2])) /
          n;
        expect(brute).toBeGreaterThanOrEqual(exact - 1e-6);
        expect(brute).toBeLessThanOrEqual(exact + step / 2 + 1e-6);
      }),
      { numRuns: 200 },
    );
  });

  it('gives a clearance of zero exactly where two pipes touch', () => {
    fc.assert(
      fc.property(
        point,
        point,
        fc.double({ min: 0, max: 1, noNaN: true }),
        radius,
        radius,
        (a0, a1, s, ra, rb) => {
          const d: Vec3 = [a1[0] - a0[0], a1[1] - a0[1], a1[2] - a0[2]];
          const length = Math.hypot(...d);
          fc.pre(length > 1e-3);
          // A direction square to the segment: cross it with the axis it is least aligned with.
          const axis: Vec3 = Math.abs(d[0]) < Math.abs(d[1]) ? [1, 0, 0] : [0, 1, 0];
          const n: Vec3 = [
            d[1] * axis[2] - d[2] * axis[1],
            d[2] * axis[0] - d[0] * axis[2],
            d[0] * axis[1] - d[1] * axis[0],
          ];
          const nl = Math.hypot(...n);
          const gap = ra + rb;
          const p: Vec3 = [0, 1, 2].map((k) => a0[k]! + d[k]! * s + (n[k]! / nl) * gap) as unknown as Vec3;
          // A second pipe along the normal through p, just a point long: it touches the first.
          expect(segmentClearance(a0, a1, ra, p, p, rb)).toBeCloseTo(0, 9);
        },
      ),
    );
  });

  it('writes the parameters of the closest points', () => {
    const out = closestSegments(0, 0, 0, 10, 0, 0, 4, 2, -1, 4, 2, 1, { s: 0, t: 0, distanceSq: 0 });
    expect(out.s).toBeCloseTo(0.4, 12);
    expect(out.t).toBeCloseTo(0.5, 12);
    expect(out.distanceSq).toBeCloseTo(4, 12);
  });
});

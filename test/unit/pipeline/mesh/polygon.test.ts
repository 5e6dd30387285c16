import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  distanceToSegment,
  growRect,
  minAreaRect,
  normaliseRing,
  offsetPolyline,
  pointInRing,
  rectCorners,
  rectsOverlap,
  ringArea,
  ringCentroid,
  type OrientedRect,
  type Vec2,
} from '../../../../src/pipeline/mesh/polygon.ts';

const square: Vec2[] = [
  [0, 0],
  [4, 0],
  [4, 4],
  [0, 4],
];

const coord = fc.double({ min: -1000, max: 1000, noNaN: true });
const point = fc.tuple(coord, coord) as fc.Arbitrary<Vec2>;
const rect: fc.Arbitrary<OrientedRect> = fc.record({
  center: point,
  angle: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
  halfLength: fc.double({ min: 0.5, max: 50, noNaN: true }),
  halfWidth: fc.double({ min: 0.5, max: 50, noNaN: true }),
});

describe('ringArea and normaliseRing', () => {
  it('is positive counter-clockwise, negative clockwise', () => {
    expect(ringArea(square)).toBe(16);
    expect(ringArea(square.slice().reverse())).toBe(-16);
  });

  it('drops a repeated closing point and turns the ring counter-clockwise', () => {
    const closedCw = [...square.slice().reverse(), square[3]!];
    const out = normaliseRing(closedCw);
    expect(out).toHaveLength(4);
    expect(ringArea(out)).toBe(16);
    expect(normaliseRing(square)).toEqual(square);
  });
});

describe('pointInRing and ringCentroid', () => {
  it('tells inside from outside, for either winding', () => {
    for (const ring of [square, square.slice().reverse()]) {
      expect(pointInRing([2, 2], ring)).toBe(true);
      expect(pointInRing([5, 2], ring)).toBe(false);
      expect(pointInRing([2, -0.1], ring)).toBe(false);
    }
  });

  it('takes the mean of the vertices', () => {
    expect(ringCentroid(square)).toEqual([2, 2]);
  });
});

describe('rectCorners', () => {
  it('gives four counter-clockwise corners enclosing 4 * halfLength * halfWidth around the centre', () => {
    fc.assert(
      fc.property(rect, (r) => {
        const c = rectCorners(r);
        expect(ringArea(c)).toBeCloseTo(4 * r.halfLength * r.halfWidth, 6);
        const [cx, cy] = ringCentroid(c);
        expect(cx).toBeCloseTo(r.center[0], 6);
        expect(cy).toBeCloseTo(r.center[1], 6);
        expect(pointInRing(r.center, c)).toBe(true);
      }),
    );
  });
});

describe('minAreaRect', () => {
  it('recovers an oriented rectangle from its corners, length along the longer side', () => {
    fc.assert(
      fc.property(rect, (r) => {
        const m = minAreaRect(rectCorners(r));
        expect(m.halfLength).toBeGreaterThanOrEqual(m.halfWidth);
        expect(m.halfLength).toBeCloseTo(Math.max(r.halfLength, r.halfWidth), 6);
        expect(m.halfWidth).toBeCloseTo(Math.min(r.halfLength, r.halfWidth), 6);
        expect(m.center[0]).toBeCloseTo(r.center[0], 6);
        expect(m.center[1]).toBeCloseTo(r.center[1], 6);
      }),
    );
  });

  it('encloses every point of the ring', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 12 }), (ring) => {
        const m = minAreaRect(ring);
        const grown = rectCorners(growRect(m, 1e-6 * (1 + m.halfLength)));
        for (const p of ring) expect(pointInRing(p, grown) || m.halfWidth < 1e-9).toBe(true);
      }),
    );
  });
});

describe('rectsOverlap', () => {
  it('is symmetric, true for a rectangle and itself, false once apart', () => {
    fc.assert(
      fc.property(rect, rect, (a, b) => {
        expect(rectsOverlap(a, b)).toBe(rectsOverlap(b, a));
        expect(rectsOverlap(a, a)).toBe(true);
        const far: OrientedRect = { ...b, center: [a.center[0] + 300, a.center[1]] };
        expect(rectsOverlap(a, far)).toBe(false);
      }),
    );
  });

  it('does not count touching edges as overlap', () => {
    const a: OrientedRect = { center: [0, 0], angle: 0, halfLength: 1, halfWidth: 1 };
    expect(rectsOverlap(a, { ...a, center: [2, 0] })).toBe(false);
    expect(rectsOverlap(a, { ...a, center: [1.99, 0] })).toBe(true);
    // Diamond beside a square: the separating axis is the diamond's, not the square's.
    expect(rectsOverlap(a, { ...a, center: [2.3, 2.3], angle: Math.PI / 4 })).toBe(false);
  });
});

describe('growRect', () => {
  it('adds the same margin to both half extents', () => {
    const r: OrientedRect = { center: [1, 2], angle: 0.3, halfLength: 5, halfWidth: 2 };
    expect(growRect(r, 1.5)).toEqual({ center: [1, 2], angle: 0.3, halfLength: 6.5, halfWidth: 3.5 });
  });
});

describe('distanceToSegment', () => {
  it('measures to the foot of the perpendicular, or to the nearer end', () => {
    expect(distanceToSegment([5, 3], [0, 0], [10, 0])).toBe(3);
    expect(distanceToSegment([13, 4], [0, 0], [10, 0])).toBe(5);
    expect(distanceToSegment([1, 1], [0, 0], [0, 0])).toBeCloseTo(Math.SQRT2);
  });

  it('is never more than the distance to either end', () => {
    fc.assert(
      fc.property(point, point, point, (p, a, b) => {
        const d = distanceToSegment(p, a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(Math.hypot(p[0] - a[0], p[1] - a[1]) + 1e-9);
        expect(d).toBeLessThanOrEqual(Math.hypot(p[0] - b[0], p[1] - b[1]) + 1e-9);
      }),
    );
  });
});

describe('offsetPolyline', () => {
  it('moves a straight segment sideways by d, to the left for positive d', () => {
    fc.assert(
      fc.property(point, point, fc.double({ min: -20, max: 20, noNaN: true }), (a, b, d) => {
        fc.pre(Math.hypot(b[0] - a[0], b[1] - a[1]) > 1);
        const [p, q] = offsetPolyline([a, b], d) as [Vec2, Vec2];
        for (const [o, s] of [
          [p, a],
          [q, b],
        ] as const) {
          expect(Math.hypot(o[0] - s[0], o[1] - s[1])).toBeCloseTo(Math.abs(d), 6);
          const cross = (b[0] - a[0]) * (o[1] - a[1]) - (b[1] - a[1]) * (o[0] - a[0]);
          if (Math.abs(d) > 1e-6) expect(Math.sign(cross)).toBe(Math.sign(d));
        }
      }),
    );
  });

  it('mitres joints: a closed square offset outwards by d is a square of side s + 2d', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        (s, d) => {
          const ring: Vec2[] = [
            [0, 0],
            [s, 0],
            [s, s],
            [0, s],
          ];
          // Left of a counter-clockwise ring is inside, so outwards is a negative offset.
          const out = offsetPolyline(ring, -d, true);
          expect(ringArea(out)).toBeCloseTo((s + 2 * d) ** 2, 6);
        },
      ),
    );
  });

  it('keeps one point per input point, open or closed', () => {
    const line: Vec2[] = [
      [0, 0],
      [10, 0],
      [10, 10],
    ];
    expect(offsetPolyline(line, 1)).toHaveLength(3);
    expect(offsetPolyline(line, 1, true)).toHaveLength(3);
    // The middle joint of an open line is mitred: at sqrt(2) times the offset from the corner.
    const corner = offsetPolyline(line, 1)[1]!;
    expect(Math.hypot(corner[0] - 10, corner[1])).toBeCloseTo(Math.SQRT2, 9);
  });
});

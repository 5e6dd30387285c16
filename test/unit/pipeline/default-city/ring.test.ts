import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ringArea, type Vec2 } from '../../../../src/pipeline/mesh/polygon.ts';
import { createRadialRing } from '../../../../src/pipeline/default-city/ring.ts';

/** Points on an ellipse with semi-axes a (east) and b (north) around `c`, skipping angles `skip` says. */
function ellipse(a: number, b: number, c: Vec2, n = 360, skip = (_angle: number) => false): Vec2[] {
  const out: Vec2[] = [];
  for (let i = 0; i < n; i++) {
    const t = (i / n) * 2 * Math.PI;
    if (!skip(t)) out.push([c[0] + a * Math.cos(t), c[1] + b * Math.sin(t)]);
  }
  return out;
}

describe('createRadialRing', () => {
  it('gives the circle radius in every direction, and depth as radius minus distance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 50, max: 800, noNaN: true }),
        fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (r, angle, f) => {
          const c: Vec2 = [120, -40];
          const ring = createRadialRing(ellipse(r, r, c), c);
          expect(ring.radiusAt(angle)).toBeCloseTo(r, 6);
          const p: Vec2 = [c[0] + Math.cos(angle) * r * f, c[1] + Math.sin(angle) * r * f];
          expect(ring.depthOf(p)).toBeCloseTo(r - r * f, 6);
        },
      ),
    );
  });

  it('is positive inside, zero on the outline and negative outside', () => {
    const ring = createRadialRing(ellipse(300, 200, [0, 0]), [0, 0]);
    expect(ring.depthOf([0, 0])).toBeGreaterThan(190);
    expect(ring.depthOf([300, 0])).toBeCloseTo(0, 0);
    expect(ring.depthOf([0, 210])).toBeLessThan(0);
  });

  it('draws the outline offset outwards as a counter-clockwise ring of `steps` points', () => {
    const ring = createRadialRing(ellipse(100, 100, [10, 10]), [10, 10]);
    const out = ring.ring(5, 72);
    expect(out).toHaveLength(72);
    expect(ringArea(out)).toBeGreaterThan(0);
    for (const p of out) expect(Math.hypot(p[0] - 10, p[1] - 10)).toBeCloseTo(105, 6);
    expect(ring.ring(-8)).toHaveLength(180);
  });

  it('bridges a gap in the samples (a gate, a missing way) between the radii on either side', () => {
    // An ellipse with no samples between 80 and 100 degrees: the gap is filled from its edges.
    const gap = (t: number): boolean => t > (80 * Math.PI) / 180 && t < (100 * Math.PI) / 180;
    const ring = createRadialRing(ellipse(300, 200, [0, 0], 360, gap), [0, 0]);
    const north = ring.radiusAt(Math.PI / 2);
    expect(north).toBeGreaterThan(200);
    expect(north).toBeLessThan(210);
    expect(Number.isFinite(ring.depthOf([0, 100]))).toBe(true);
  });

  it('keeps its centre', () => {
    const c: Vec2 = [5, 6];
    expect(createRadialRing(ellipse(50, 50, c), c).center).toBe(c);
  });
});

import { describe, expect, it } from 'vitest';
import { ARC_DEFAULTS, sampleArc } from '../../../../src/core/walk/arc.ts';

describe('sampleArc', () => {
  it('starts at the origin and follows a parabola', () => {
    const out = new Float32Array(64 * 3);
    const n = sampleArc(out, [0, 1.5, 0], [0, 0, -1], { ...ARC_DEFAULTS, speed: 10 });
    expect(n).toBeGreaterThan(10);
    expect([out[0], out[1], out[2]]).toEqual([0, 1.5, 0]);
    const t = 10 * ARC_DEFAULTS.step;
    expect(out[10 * 3 + 2]).toBeCloseTo(-10 * t, 4);
    expect(out[10 * 3 + 1]).toBeCloseTo(1.5 - 0.5 * 9.81 * t * t, 4);
  });
  it('stops below the floor and never overruns the buffer', () => {
    const out = new Float32Array(5 * 3);
    expect(sampleArc(out, [0, 0, 0], [0, 1, 0])).toBe(5);
    const deep = new Float32Array(64 * 3);
    const n = sampleArc(deep, [0, 0, 0], [0, -1, 0], { ...ARC_DEFAULTS, floorY: -2 });
    expect(deep[(n - 1) * 3 + 1]).toBeLessThan(-2);
    expect(deep[(n - 2) * 3 + 1]).toBeGreaterThanOrEqual(-2);
  });
});

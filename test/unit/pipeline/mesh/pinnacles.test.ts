import { describe, expect, it } from 'vitest';
import { createLayer, triangleCount, type Rgb } from '../../../../src/pipeline/mesh/mesh.ts';
import type { Vec2 } from '../../../../src/pipeline/mesh/polygon.ts';
import { addGablePinnacles, PINNACLE_DEFAULTS } from '../../../../src/pipeline/mesh/pinnacles.ts';
import { addSteppedGable } from '../../../../src/pipeline/mesh/roofs.ts';
import { DARK, expectWindingMatchesNormals, layerPoints } from './layer-triangles.ts';

describe('addGablePinnacles', () => {
  // A gable 10 m wide across an east-west axis (angle 0), from the eave at 6 m to 12 m, in 4 steps.
  const gable: [Vec2, number, number, number, number, Rgb, number, number] = [
    [0, 0],
    0,
    10,
    6,
    12,
    DARK,
    2,
    4,
  ];

  it('stands a pinnacle on both ends of every step but the top one, which carries one taller in its middle', () => {
    const layer = createLayer('building', true);
    addGablePinnacles(layer, ...gable);
    // Each pinnacle is a box (12 triangles: no floor, so 10) and a four-sided cap.
    const perPinnacle = 4 * 2 + 2 + 4;
    expect(triangleCount(layer)).toBe((2 * 3 + 1) * perPinnacle);
    expectWindingMatchesNormals(layer);
    const pts = layerPoints(layer);
    const { shaft, cap } = PINNACLE_DEFAULTS;
    // The top slab ends 0.9 m over the ridge (12.9); the middle pinnacle rises from there.
    expect(Math.max(...pts.map((p) => p[1]))).toBeCloseTo(12.9 + shaft + cap * 1.6, 9);
    // The apexes: over each step's top (6 + 1.5 (i + 1) + 0.9) a pair mirrored across the axis (the width
    // runs along -Z at angle 0), the outer pair on the lowest step's ends (half its width plus the 0.3 m it
    // juts out), each pair closer in; over the top step one, on the axis.
    const above = (p: readonly number[]): boolean =>
      pts.some((q) => q[0] === p[0] && q[2] === p[2] && q[1]! > p[1]!);
    const apexAcross = (y: number): number[] => {
      const tips = pts.filter((p) => Math.abs(p[1] - y) < 1e-9 && !above(p));
      return [...new Set(tips.map((p) => Math.round(p[2] * 1e6) / 1e6))].sort((a, b) => a - b);
    };
    let outer = Infinity;
    for (let i = 0; i < 3; i++) {
      const z = apexAcross(6 + 1.5 * (i + 1) + 0.9 + shaft + cap);
      expect(z).toHaveLength(2);
      expect(z[0]).toBeCloseTo(-z[1]!, 9);
      expect(z[1]).toBeLessThan(outer);
      outer = z[1]!;
      if (i === 0) expect(z[1]).toBeCloseTo(5 + 0.3, 6);
    }
    expect(apexAcross(12.9 + shaft + cap * 1.6)).toEqual([0]);
  });

  it('stands every pinnacle on the top of its step', () => {
    const steps = createLayer('building', true);
    addSteppedGable(steps, ...gable);
    const tops = new Set(layerPoints(steps).map((p) => Math.round(p[1] * 1000) / 1000));
    const layer = createLayer('building', true);
    addGablePinnacles(layer, ...gable);
    const feet = new Set(layerPoints(layer).map((p) => Math.round(p[1] * 1000) / 1000));
    const lowest = Math.min(...feet);
    expect(tops.has(lowest)).toBe(true);
  });

  it('refuses sizes that are not positive', () => {
    const layer = createLayer('building', true);
    expect(() => addGablePinnacles(layer, ...gable, { side: 0 })).toThrow(/positive sizes/);
  });
});

import { BoxGeometry } from 'three';
import { describe, expect, it } from 'vitest';
import { facadeSamples } from '../../../../src/core/planning/facade-samples.ts';
import { openPatches } from '../../../../src/features/planning/study/facade-cover.ts';

/** The triangles of a box (x0..x1, 0..h, -5..5), 9 numbers each, outward faces. */
function box(x0: number, x1: number, h: number): number[] {
  const g = new BoxGeometry(x1 - x0, h, 10).toNonIndexed().translate((x0 + x1) / 2, h / 2, 0);
  return [...(g.getAttribute('position').array as Float32Array)];
}

const AREA = { x: 0, z: 0, size: 100 };
const count = (triangles: number[]) => {
  const all = Float32Array.from(triangles);
  return openPatches(facadeSamples(all, AREA), all);
};

describe('openPatches', () => {
  it('leaves out the walls of two houses that stand 5 cm apart, and keeps the rest', () => {
    const apart = count([...box(-10, 0, 6), ...box(20, 30, 6)]);
    const terraced = count([...box(-10, 0, 6), ...box(0.05, 10.05, 6)]);
    // Apart, every wall is open: 4 walls per house (10 x 6 m), 240 patches each.
    expect(apart.count).toBe(480);
    // Terraced, the two walls in the gap (60 patches each) are nobody's façade.
    expect(terraced.count).toBe(480 - 120);
    for (let i = 0; i < terraced.count; i++) {
      const x = terraced.positions[i * 3]!;
      expect(x > -0.01 && x < 0.06).toBe(false);
    }
  });

  it('keeps a wall across a street', () => {
    expect(count([...box(-10, 0, 6), ...box(1, 11, 6)]).count).toBe(480);
  });
});

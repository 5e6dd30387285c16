import { describe, expect, it } from 'vitest';
import { facadeSamples, nearestSample } from '../../../../src/core/planning/facade-samples.ts';
import { facadeColours, facadeQuads } from '../../../../src/core/planning/facade-quads.ts';

/** A box's four walls and its roof as triangles (two per face), outward facing. */
function box(min: [number, number, number], max: [number, number, number]): Float32Array {
  const [x0, y0, z0] = min;
  const [x1, y1, z1] = max;
  const quad = (a: number[], b: number[], c: number[], d: number[]) => [...a, ...b, ...c, ...a, ...c, ...d];
  return Float32Array.from([
    ...quad([x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1]), // south (+z)
    ...quad([x1, y0, z0], [x0, y0, z0], [x0, y1, z0], [x1, y1, z0]), // north (-z)
    ...quad([x1, y0, z1], [x1, y0, z0], [x1, y1, z0], [x1, y1, z1]), // east (+x)
    ...quad([x0, y0, z0], [x0, y0, z1], [x0, y1, z1], [x0, y1, z0]), // west (-x)
    ...quad([x0, y1, z1], [x1, y1, z1], [x1, y1, z0], [x0, y1, z0]), // roof
  ]);
}

describe('façade samples', () => {
  const walls = box([0, 0, 0], [10, 6, 4]);

  it('covers each wall with one patch per square metre, none on the roof, normals outward', () => {
    const s = facadeSamples(walls, { x: 5, z: 2, size: 100 });
    // 2 x (10 m x 6 m) + 2 x (4 m x 6 m): the shared diagonal counts each patch once.
    expect(s.count).toBe(2 * 60 + 2 * 24);
    expect(s.truncated).toBe(false);
    const south = nearestSample(s, 5.5, 3.5, 4, 0.01);
    expect(south).toBeGreaterThanOrEqual(0);
    expect([...s.normals.subarray(south * 3, south * 3 + 3)].map((v) => Math.round(v))).toEqual([0, 0, 1]);
    for (let i = 0; i < s.count; i++) expect(s.positions[i * 3 + 1]).toBeLessThan(6);
  });

  it('keeps only patches inside the area, and stops at maxSamples saying so', () => {
    const west = facadeSamples(walls, { x: 0, z: 2, size: 3 });
    expect(west.count).toBeGreaterThan(0);
    for (let i = 0; i < west.count; i++) expect(Math.abs(west.positions[i * 3]!)).toBeLessThanOrEqual(1.5);
    const few = facadeSamples(walls, { x: 5, z: 2, size: 100 }, { maxSamples: 10 });
    expect(few).toMatchObject({ count: 10, truncated: true });
    expect(() => facadeSamples(walls, { x: 0, z: 0, size: 1 }, { resolution: 0 })).toThrow(/resolution/);
  });

  it('leaves out triangles without area (a hidden, folded building)', () => {
    expect(facadeSamples(new Float32Array(18).fill(3), { x: 3, z: 3, size: 10 }).count).toBe(0);
  });

  it('draws each patch as a square lifted off its wall, in its colour', () => {
    const s = facadeSamples(walls, { x: 5, z: 2, size: 100 }, { resolution: 2 });
    const quads = facadeQuads(s, 0.1);
    expect(quads.positions.length).toBe(s.count * 12);
    expect(quads.indices.length).toBe(s.count * 6);
    const south = nearestSample(s, 5, 3, 4, 0.01);
    const corners = quads.positions.subarray(south * 12, south * 12 + 12);
    for (let k = 0; k < 4; k++) expect(corners[k * 3 + 2]).toBeCloseTo(4.1, 5);
    const xs = [0, 1, 2, 3].map((k) => corners[k * 3]!);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(2, 5);
    const colours = facadeColours(Float32Array.from([1, 2]), 2, (h) => [h, 0, 0, 255]);
    expect([...colours.subarray(0, 4)]).toEqual([1, 0, 0, 255]);
    expect([...colours.subarray(28, 32)]).toEqual([2, 0, 0, 255]);
  });
});

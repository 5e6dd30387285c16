import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  rasterLookup,
  rasteriseFootprints,
  type GroundPoint,
} from '../../../../src/core/geo/footprint-raster.ts';

const square = (x: number, y: number, size: number): GroundPoint[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
];

describe('rasteriseFootprints', () => {
  it('fills a square with its feature index and leaves the rest empty', () => {
    const raster = rasteriseFootprints([{ index: 3, rings: [square(0, 0, 10)] }], { cell: 1, margin: 2 });
    expect(raster.minX).toBe(-2);
    expect(raster.width).toBe(14);
    expect(rasterLookup(raster, 5, 5)).toBe(3);
    expect(rasterLookup(raster, 0.4, 9.6)).toBe(3);
    expect(rasterLookup(raster, -1, 5)).toBe(-1);
    expect(rasterLookup(raster, 11, 5)).toBe(-1);
    expect(rasterLookup(raster, 500, 5)).toBe(-1);
    expect(raster.data.filter((v) => v === 4).length).toBe(100);
  });

  it('keeps a hole empty (even-odd rule) and tells buildings apart', () => {
    const courtyard = { index: 0, rings: [square(0, 0, 20), square(5, 5, 10)] };
    const neighbour = { index: 1, rings: [square(30, 0, 10)] };
    const raster = rasteriseFootprints([courtyard, neighbour], { cell: 0.5 });
    expect(rasterLookup(raster, 2, 2)).toBe(0);
    expect(rasterLookup(raster, 10, 10)).toBe(-1);
    expect(rasterLookup(raster, 35, 5)).toBe(1);
    expect(rasterLookup(raster, 25, 5)).toBe(-1);
    // 400 m² minus the 100 m² courtyard, in quarter-metre cells.
    expect(raster.data.filter((v) => v === 1).length).toBe(300 * 4);
  });

  it('handles concave (L-shaped) and triangular outlines', () => {
    const l: GroundPoint[] = [
      [0, 0],
      [10, 0],
      [10, 4],
      [4, 4],
      [4, 10],
      [0, 10],
    ];
    const raster = rasteriseFootprints(
      [
        { index: 0, rings: [l] },
        {
          index: 1,
          rings: [
            [
              [20, 0],
              [30, 0],
              [20, 10],
            ],
          ],
        },
      ],
      { cell: 0.25 },
    );
    expect(rasterLookup(raster, 8, 2)).toBe(0);
    expect(rasterLookup(raster, 2, 8)).toBe(0);
    expect(rasterLookup(raster, 8, 8)).toBe(-1);
    expect(rasterLookup(raster, 22, 2)).toBe(1);
    expect(rasterLookup(raster, 28, 8)).toBe(-1);
  });

  it('coarsens cells to stay within the largest grid side', () => {
    const raster = rasteriseFootprints([{ index: 0, rings: [square(0, 0, 4000)] }], { maxSize: 1000 });
    expect(raster.width).toBeLessThanOrEqual(1000);
    expect(raster.cell).toBeGreaterThan(4);
    expect(rasterLookup(raster, 2000, 2000)).toBe(0);
  });

  it('gives an empty 1x1 grid for no footprints and ignores non-finite points', () => {
    const raster = rasteriseFootprints([{ index: 0, rings: [[[NaN, 1]]] }]);
    expect(raster.width * raster.height).toBe(1);
    expect(rasterLookup(raster, 0, 0)).toBe(-1);
  });

  it('covers a rectangle with exactly its area, wherever it lies (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: -500, max: 500 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (x, y, w, h) => {
          const ring: GroundPoint[] = [
            [x, y],
            [x + w, y],
            [x + w, y + h],
            [x, y + h],
          ];
          const raster = rasteriseFootprints([{ index: 7, rings: [ring] }], { cell: 1, margin: 1 });
          expect(raster.data.filter((v) => v === 8).length).toBe(w * h);
          expect(rasterLookup(raster, x + w / 2, y + h / 2)).toBe(7);
        },
      ),
      { numRuns: 60 },
    );
  });
});

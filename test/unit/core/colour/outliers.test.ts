import { describe, expect, it } from 'vitest';
import { createFeatureBounds, extendFeatureBounds } from '../../../../src/core/city/feature-bounds.ts';
import { OUTLIER_DEFAULTS, findNeighbours, markOutliers } from '../../../../src/core/colour/outliers.ts';

/** A row of ten 10 m houses 20 m apart along x, and one far away. */
function street() {
  const bounds = createFeatureBounds(11);
  for (let f = 0; f < 10; f++) {
    extendFeatureBounds(bounds, f, f * 20, 0, 0);
    extendFeatureBounds(bounds, f, f * 20 + 10, 8, 10);
  }
  extendFeatureBounds(bounds, 10, 5000, 0, 5000);
  return bounds;
}

describe('outliers', () => {
  it('finds the nearest neighbours within the radius, nearest first', () => {
    const n = findNeighbours(street(), { ...OUTLIER_DEFAULTS, neighbours: 1 });
    expect([...n.list.subarray(n.start[0], n.start[1])]).toEqual([1, 2, 3, 4]);
    expect(n.start[11]! - n.start[10]!).toBe(0);
  });

  it('marks a building far off its neighbours, not one within their spread, nor one without neighbours', () => {
    const values = [3, 3.5, 4, 15, 3.2, 4.4, 3.8, 2.9, 3.6, 4.1, 40];
    const out = new Uint8Array(11);
    expect(markOutliers(values, findNeighbours(street()), out)).toBe(1);
    expect(out[3]).toBe(1);
    expect(out[10]).toBe(0);
    const noisy = [0, 9, 1, 8, 2, 7, 3, 6, 4, 5, Number.NaN];
    expect(markOutliers(noisy, findNeighbours(street()), out)).toBe(0);
  });
});

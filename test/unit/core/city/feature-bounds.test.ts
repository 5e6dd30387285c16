import { describe, expect, it } from 'vitest';
import {
  createFeatureBounds,
  extendFeatureBounds,
  featureBox,
} from '../../../../src/core/city/feature-bounds.ts';

describe('feature bounds', () => {
  it('grows each feature by its own points only', () => {
    const bounds = createFeatureBounds(3);
    extendFeatureBounds(bounds, 0, 1, 2, 3);
    extendFeatureBounds(bounds, 0, -1, 5, 0);
    extendFeatureBounds(bounds, 2, 10, 10, 10);
    extendFeatureBounds(bounds, 9, 0, 0, 0);
    extendFeatureBounds(bounds, 1.5, 0, 0, 0);
    expect(featureBox(bounds, 0)).toEqual({ min: [-1, 2, 0], max: [1, 5, 3] });
    expect(featureBox(bounds, 1)).toBeNull();
    expect(featureBox(bounds, 2)).toEqual({ min: [10, 10, 10], max: [10, 10, 10] });
    expect(featureBox(bounds, 3)).toBeNull();
  });
});

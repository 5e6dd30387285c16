import { describe, expect, it } from 'vitest';
import { standpointFor } from '../../../../src/core/exhibit/guide-standpoint.ts';

describe('standpointFor', () => {
  const min = [0, 2, 0] as const;
  const max = [20, 30, 10] as const;

  it('stands in front of the building on the side the visitor comes from, looking at its middle', () => {
    const s = standpointFor(min, max, [10, 0, 200]);
    expect(s.target).toEqual([10, 16, 5]);
    expect(s.eye[0]).toBeCloseTo(10);
    expect(s.eye[1]).toBeCloseTo(3.6);
    // Outside the box, with the clearance to see the front.
    expect(s.eye[2]).toBeGreaterThan(10 + 10);
    const west = standpointFor(min, max, [-500, 0, 5]);
    expect(west.eye[0]).toBeLessThan(-10);
    expect(west.eye[2]).toBeCloseTo(5);
  });

  it('takes the south side from the very centre', () => {
    const s = standpointFor(min, max, [10, 50, 5]);
    expect(s.eye[0]).toBeCloseTo(10);
    expect(s.eye[2]).toBeGreaterThan(10);
  });
});

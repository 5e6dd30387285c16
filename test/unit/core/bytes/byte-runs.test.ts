import { describe, expect, it } from 'vitest';
import { joinRun, runLength } from '../../../../src/core/bytes/byte-runs.ts';

const parts = [3, 4, 5, 20, 1].map((n, i) => new Uint8Array(n).fill(i + 1));

describe('byte runs', () => {
  it('takes as many parts as fit, and always at least one', () => {
    expect(runLength(parts, 0, 12)).toEqual({ count: 3, bytes: 12 });
    expect(runLength(parts, 0, 11)).toEqual({ count: 2, bytes: 7 });
    // A part larger than the limit goes alone.
    expect(runLength(parts, 3, 10)).toEqual({ count: 1, bytes: 20 });
    expect(runLength(parts, 5, 10)).toEqual({ count: 0, bytes: 0 });
  });

  it('joins a run in order, and hands a part alone back as itself', () => {
    expect([...joinRun(parts, 1, 2, 9)]).toEqual([2, 2, 2, 2, 3, 3, 3, 3, 3]);
    expect(joinRun(parts, 3, 1, 20)).toBe(parts[3]);
  });
});

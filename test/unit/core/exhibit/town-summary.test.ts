import { describe, expect, it } from 'vitest';
import { summariseTown } from '../../../../src/core/exhibit/town-summary.ts';

describe('the town summary', () => {
  it('averages the live sensors only, to one decimal', () => {
    expect(
      summariseTown([
        { celsius: 10, state: 'live' },
        { celsius: 11.25, state: 'live' },
        { celsius: 40, state: 'stale' },
        { celsius: null, state: 'none' },
      ]),
    ).toEqual({ celsius: 10.6, live: 2 });
  });

  it('says nothing when no sensor is live', () => {
    expect(summariseTown([{ celsius: 3, state: 'stale' }])).toEqual({ celsius: null, live: 0 });
  });
});

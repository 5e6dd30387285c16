import { describe, expect, it } from 'vitest';
import { followedHeadset, hearHeadset, liveHeadsets } from '../../../../src/core/exhibit/headset-list.ts';
import { PRESENCE_BYE, type PresenceMessage } from '../../../../src/core/exhibit/presence-message.ts';

const pose: PresenceMessage = { ...PRESENCE_BYE, bye: false };

describe('the headsets the spectator hears', () => {
  it('lists live headsets, drops silent ones and those that said goodbye', () => {
    let list = hearHeadset(new Map(), 'quest-b', pose, 1000);
    list = hearHeadset(list, 'quest-a', pose, 2000);
    expect(liveHeadsets(list, 2500)).toEqual(['quest-a', 'quest-b']);
    expect(liveHeadsets(list, 4500)).toEqual(['quest-a']);
    list = hearHeadset(list, 'quest-a', PRESENCE_BYE, 4600);
    expect(liveHeadsets(list, 4600)).toEqual([]);
  });

  it('follows the chosen headset while it is live, else the first', () => {
    expect(followedHeadset(['a', 'b'], 'b')).toBe('b');
    expect(followedHeadset(['a'], 'b')).toBe('a');
    expect(followedHeadset([], 'b')).toBeNull();
    expect(followedHeadset(['a', 'b'], null)).toBe('a');
  });
});

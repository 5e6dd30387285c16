import { describe, expect, it } from 'vitest';
import {
  guideTopic,
  headsetOfTopic,
  isHeadsetId,
  presenceTopic,
  standTopicRoot,
} from '../../../../src/core/exhibit/stand-topics.ts';

describe('stand topics', () => {
  it('live beside the sensor topics, never under them', () => {
    expect(standTopicRoot('city/neubrandenburg/sensors')).toBe('city/neubrandenburg/stand');
    expect(standTopicRoot('sensors')).toBe('stand');
    expect(standTopicRoot('a/b/')).toBe('a/stand');
  });

  it('name a headset by one topic level', () => {
    const root = 'city/neubrandenburg/stand';
    expect(presenceTopic(root, 'quest-1')).toBe('city/neubrandenburg/stand/presence/quest-1');
    expect(guideTopic(root, 'quest-1')).toBe('city/neubrandenburg/stand/guide/quest-1');
    expect(headsetOfTopic(root, 'presence', presenceTopic(root, 'quest-1'))).toBe('quest-1');
    expect(headsetOfTopic(root, 'guide', presenceTopic(root, 'quest-1'))).toBeNull();
    expect(headsetOfTopic(root, 'presence', `${root}/presence/a/b`)).toBeNull();
    expect(headsetOfTopic(root, 'presence', `${root}/presence/`)).toBeNull();
  });

  it('accepts only short plain ids', () => {
    expect(isHeadsetId('quest-7f3a')).toBe(true);
    expect(isHeadsetId('a+b')).toBe(false);
    expect(isHeadsetId('x'.repeat(33))).toBe(false);
  });
});

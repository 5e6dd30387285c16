import { describe, expect, it } from 'vitest';
import {
  PRESENCE_BYE,
  encodePresence,
  parsePresence,
  type PresenceMessage,
} from '../../../../src/core/exhibit/presence-message.ts';

const message: PresenceMessage = {
  position: [1.23456, 1.6, -20],
  orientation: [0, 0.7071068, 0, 0.7071068],
  building: 'marienkirche',
  point: [10, 12.5, -40],
  prompt: { id: 'g1', state: 'shown' },
  bye: false,
};

describe('presence messages', () => {
  it('round-trip, rounded to millimetres', () => {
    const back = parsePresence(encodePresence(message))!;
    expect(back.position).toEqual([1.235, 1.6, -20]);
    expect(back.orientation[1]).toBeCloseTo(0.7071, 3);
    expect(back.building).toBe('marienkirche');
    expect(back.point).toEqual([10, 12.5, -40]);
    expect(back.prompt).toEqual({ id: 'g1', state: 'shown' });
    expect(encodePresence(message).length).toBeLessThan(200);
  });

  it('say goodbye', () => {
    expect(parsePresence(encodePresence(PRESENCE_BYE))).toBe(PRESENCE_BYE);
  });

  it('normalise the orientation and drop what is not known', () => {
    const back = parsePresence(
      '{"p":[0,0,0],"q":[0,0,0,1.2],"b":5,"g":"x","prompt":{"id":"a","state":"?"}}',
    )!;
    expect(back.orientation).toEqual([0, 0, 0, 1]);
    expect(back.building).toBeNull();
    expect(back.point).toBeNull();
    expect(back.prompt).toBeNull();
  });

  it('turn down malformed messages', () => {
    for (const bad of [
      'not json',
      'null',
      '[]',
      '{"p":[0,0],"q":[0,0,0,1]}',
      '{"p":[0,0,"x"],"q":[0,0,0,1]}',
      '{"p":[0,0,0],"q":[0,0,0,0]}',
      '{"p":[0,0,0],"q":[0,0,0,1e400]}',
      `{"p":[0,0,0],"q":[0,0,0,1],"pad":"${'x'.repeat(2000)}"}`,
    ])
      expect(parsePresence(bad), bad.slice(0, 40)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { mayPublishAs, maySubscribeAs } from '../../../../sensors/accounts.ts';
import {
  followReplay,
  followsReplay,
  formatReplayClock,
  parseReplayClock,
  readReplayClock,
  replayClockTopic,
  REPLAY_CLOCK_DEFAULTS,
} from '../../../../src/core/exhibit/replay-clock.ts';
import { clockTime, LIVE_CLOCK, setClock } from '../../../../src/core/planning/clock.ts';
import { subscriptionTopics } from '../../../../src/core/sensors/payload.ts';
import { createSensorState } from '../../../../src/core/sensors/state.ts';
import { topicMatches } from '../../../../src/core/sensors/topic.ts';

const prefix = 'city/neubrandenburg/sensors';
const noon = Date.UTC(2026, 5, 21, 11, 0);
const now = Date.UTC(2026, 11, 1, 13, 0);

describe('the replay clock', () => {
  it('is told beside the sensor topics, where no reader of the prefix takes it for a reading', () => {
    const topic = replayClockTopic(prefix);
    expect(topic).toBe('city/neubrandenburg/stand/replay');
    const filters = subscriptionTopics({ topicPrefix: prefix, datastreams: {}, mappings: [] });
    expect(filters.some((filter) => topicMatches(filter, topic))).toBe(false);
    expect(topicMatches(`${prefix}/#`, topic)).toBe(false);
    expect(replayClockTopic('/a/b/')).toBe('a/stand/replay');
  });

  it('may be told by the simulator account and read by the viewer, written by no viewer', () => {
    const topic = replayClockTopic(prefix);
    expect(mayPublishAs('publish', topic, prefix)).toBe(true);
    expect(maySubscribeAs('read', topic, prefix)).toBe(true);
    expect(mayPublishAs('read', topic, prefix)).toBe(false);
    expect(mayPublishAs('presence', topic, prefix)).toBe(false);
    expect(maySubscribeAs('presence', topic, prefix)).toBe(false);
  });

  it('reads back what it wrote, an empty payload as the end, and says what is wrong otherwise', () => {
    const clock = { time: noon, sent: now, speed: 60 };
    expect(parseReplayClock(formatReplayClock(clock))).toEqual(clock);
    expect(parseReplayClock('')).toBeNull();
    expect(parseReplayClock('{"time":')).toEqual({ error: 'not valid JSON' });
    expect(parseReplayClock('[]')).toEqual({ error: '"time" is not a time in ms' });
    expect(parseReplayClock('{"time":1,"speed":60}')).toEqual({ error: '"sent" is not a time in ms' });
    expect(parseReplayClock('{"time":1,"sent":2,"speed":0}')).toEqual({
      error: '"speed" is not a number above 0',
    });
    expect(parseReplayClock('{"time":"noon","sent":2,"speed":60}')).toMatchObject({ error: /time/ });
  });

  it('turns an unreadable clock into a rejection the sensor state counts beside the readings', () => {
    const clock = { time: noon, sent: now, speed: 60 };
    expect(readReplayClock(formatReplayClock(clock))).toEqual(clock);
    expect(readReplayClock('')).toBeNull();
    const bad = readReplayClock('{"time":1,"sent":2,"speed":-1}');
    expect(bad).toEqual({
      reason: 'bad-replay-clock',
      detail: 'replay clock message: "speed" is not a number above 0',
    });
    const state = createSensorState([{ sensor: 's1', building: 'B1', unit: '°C', label: 'S1' }]);
    if (bad === null || !('reason' in bad)) throw new Error('expected a rejection');
    state.reject([bad, bad]);
    expect(state.counts(now)).toMatchObject({ rejected: 2, rejectedBy: { 'bad-replay-clock': 2 } });
  });
});

describe('the twin clock following a replay', () => {
  const replay = { time: noon, sent: now, speed: 60 };

  it('takes the replayed time while live, and runs on at the replay speed between messages', () => {
    const clock = followReplay(LIVE_CLOCK, replay, now);
    expect(followsReplay(clock)).toBe(true);
    expect(clockTime(clock, now)).toBe(noon);
    expect(clockTime(clock, now + 10_000)).toBe(noon + 600_000);
  });

  it('carries a retained time on from when it was sent, unless the wall clocks plainly disagree', () => {
    expect(clockTime(followReplay(LIVE_CLOCK, replay, now + 3000), now + 3000)).toBe(noon + 180_000);
    const late = now + REPLAY_CLOCK_DEFAULTS.carryMs + 1;
    expect(clockTime(followReplay(LIVE_CLOCK, replay, late), late)).toBe(noon);
    expect(clockTime(followReplay(LIVE_CLOCK, replay, now - 5000), now - 5000)).toBe(noon);
  });

  it('moves with each new message of the replay', () => {
    const first = followReplay(LIVE_CLOCK, replay, now);
    const next = followReplay(first, { time: noon + 3_600_000, sent: now + 1000, speed: 600 }, now + 1000);
    expect(clockTime(next, now + 1000)).toBe(noon + 3_600_000);
    expect(next.speed).toBe(600);
  });

  it('returns to live when the replay ends', () => {
    const following = followReplay(LIVE_CLOCK, replay, now);
    expect(followReplay(following, null, now + 1)).toBe(LIVE_CLOCK);
    expect(followReplay(LIVE_CLOCK, null, now)).toBe(LIVE_CLOCK);
  });

  it('leaves a clock set by hand (or by ?time=) alone, and its end too', () => {
    const following = followReplay(LIVE_CLOCK, replay, now);
    const byHand = setClock(following, Date.UTC(2026, 11, 21, 13, 0), now + 5, 0);
    expect(followsReplay(byHand)).toBe(false);
    expect(followReplay(byHand, replay, now + 10)).toBe(byHand);
    expect(followReplay(byHand, null, now + 10)).toBe(byHand);
    // Set back to live by hand, the clock follows the replay's next message again.
    expect(followsReplay(followReplay(setClock(byHand, 'live', now + 20), replay, now + 20))).toBe(true);
  });
});

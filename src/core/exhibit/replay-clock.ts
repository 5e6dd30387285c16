import { LIVE_CLOCK, type TwinClock } from '../planning/clock.ts';
import type { Rejection } from '../sensors/reading.ts';
import { standTopicRoot } from './stand-topics.ts';

/** A replay's clock: the recorded day's time (ms since 1970, UTC) at the real time `sent`, and its speed. */
export interface ReplayClock {
  readonly time: number;
  /** The replay's wall clock (ms) when it sent this: a retained message read later runs on from there. */
  readonly sent: number;
  /** Replayed seconds per real second. */
  readonly speed: number;
}

/**
 * Where a replay tells its clock, retained: beside the sensor topics, never under them (the viewer reads
 * everything under the prefix as readings). `city/neubrandenburg/sensors` gives `city/neubrandenburg/stand/replay`.
 */
export function replayClockTopic(topicPrefix: string): string {
  return `${standTopicRoot(topicPrefix)}/replay`;
}

/** The payload of a replay clock message. */
export function formatReplayClock(clock: ReplayClock): string {
  return JSON.stringify({ time: clock.time, sent: clock.sent, speed: clock.speed });
}

/** A replay clock message read back: the clock, null for an empty payload (the replay ended), or why not. */
export function parseReplayClock(payload: string): ReplayClock | null | { error: string } {
  if (payload === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return { error: 'not valid JSON' };
  }
  const { time, sent, speed } = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  if (!isTime(time)) return { error: '"time" is not a time in ms' };
  if (!isTime(sent)) return { error: '"sent" is not a time in ms' };
  if (typeof speed !== 'number' || !(speed > 0) || !Number.isFinite(speed))
    return { error: '"speed" is not a number above 0' };
  return { time, sent, speed };
}

/**
 * A replay clock message as the sensor worker takes it: the clock, null (the replay ended), or a rejection
 * counted beside the readings' (the twin's clock runs on as it was, and the HUD shows that something was wrong).
 */
export function readReplayClock(payload: string): ReplayClock | null | Rejection {
  const clock = parseReplayClock(payload);
  if (clock === null || !('error' in clock)) return clock;
  return { reason: 'bad-replay-clock', detail: `replay clock message: ${clock.error}` };
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The clock's follower of a replay: the replayed time it takes over, and that it is a replay's. */
export interface FollowedClock extends TwinClock {
  readonly replay: true;
}

/** Whether the clock is following a replay (not live, not set by hand or by `?time=`). */
export function followsReplay(clock: TwinClock): clock is FollowedClock {
  return (clock as Partial<FollowedClock>).replay === true;
}

/** How long after it was sent a replay's time is carried forward: beyond it, the two wall clocks disagree. */
export const REPLAY_CLOCK_DEFAULTS = { carryMs: 60_000 };

/**
 * The twin's clock after a replay clock message at real time `now`: a live or following clock takes the
 * replayed time (carried on from when it was sent) and runs on at its speed; an ended replay (null) returns
 * a following clock to live; a clock set by hand stays as it is.
 */
export function followReplay(clock: TwinClock, replay: ReplayClock | null, now: number): TwinClock {
  const mine = clock.base === null || followsReplay(clock);
  if (!mine) return clock;
  if (replay === null) return clock.base === null ? clock : LIVE_CLOCK;
  const age = now - replay.sent;
  const carried = age > 0 && age < REPLAY_CLOCK_DEFAULTS.carryMs ? age * replay.speed : 0;
  const next: FollowedClock = { base: replay.time + carried, since: now, speed: replay.speed, replay: true };
  return next;
}

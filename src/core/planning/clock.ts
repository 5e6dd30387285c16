/** The twin's clock: live (the wall clock), or a set time that stands or runs at a chosen speed. */
export interface TwinClock {
  /** null: live; otherwise the twin's time (ms since 1970, UTC) at the real instant `since`. */
  readonly base: number | null;
  /** Real time (ms) when `base` was set. */
  readonly since: number;
  /** Twin seconds per real second for a set time: 0 stands still, 60 plays an hour a minute. */
  readonly speed: number;
}

/** The live clock. */
export const LIVE_CLOCK: TwinClock = { base: null, since: 0, speed: 1 };

/** The twin's time at real time `now`. */
export function clockTime(clock: TwinClock, now: number): number {
  return clock.base === null ? now : clock.base + (now - clock.since) * clock.speed;
}

/** The clock set to `time` ('live', or ms) at real time `now`, keeping or changing the play speed. */
export function setClock(
  clock: TwinClock,
  time: number | 'live',
  now: number,
  speed: number = clock.base === null ? 0 : clock.speed,
): TwinClock {
  if (time === 'live') return LIVE_CLOCK;
  if (!Number.isFinite(time)) throw new Error(`clock: not a time: ${String(time)}`);
  if (!Number.isFinite(speed)) throw new Error(`clock: not a speed: ${String(speed)}`);
  return { base: time, since: now, speed };
}

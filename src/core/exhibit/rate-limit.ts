/** A gate that lets at most `maxPerSecond` events through, by the caller's clock (ms). */
export interface RateLimiter {
  /** Whether an event at `nowMs` may pass; if so, it counts as the last one. */
  take(nowMs: number): boolean;
  /** Forget the last event: the next one passes at once (a new session). */
  reset(): void;
}

/**
 * A limiter for a stream driven by frames: a frame passes when at least 1/maxPerSecond has gone by since the
 * last one that passed. Slots are not carried over, so a burst after a stall is still one message.
 */
export function createRateLimiter(maxPerSecond: number): RateLimiter {
  if (!(maxPerSecond > 0) || !Number.isFinite(maxPerSecond))
    throw new Error(`rate limiter: Requires a rate above 0 per second, not ${maxPerSecond}`);
  const gapMs = 1000 / maxPerSecond;
  let last = -Infinity;
  return {
    take(nowMs) {
      // A clock that went back (a new session's frame times start again) starts afresh.
      if (nowMs < last) last = -Infinity;
      if (nowMs - last < gapMs) return false;
      last = nowMs;
      return true;
    },
    reset() {
      last = -Infinity;
    },
  };
}

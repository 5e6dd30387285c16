/** Messages per second over a short sliding window, cheap enough to call per message. */
export interface MessageRate {
  count(now: number): void;
  perSecond(now: number): number;
}

/** Count into one-second buckets and average the last `windowSeconds` full ones. */
export function createMessageRate(windowSeconds = 5): MessageRate {
  const buckets = new Float64Array(windowSeconds + 1);
  let lastSecond = 0;
  const advance = (now: number): number => {
    const second = Math.floor(now / 1000);
    if (second - lastSecond > windowSeconds) buckets.fill(0);
    else for (let s = lastSecond + 1; s <= second; s++) buckets[s % buckets.length] = 0;
    lastSecond = Math.max(lastSecond, second);
    return second;
  };
  return {
    count(now) {
      const second = advance(now);
      buckets[second % buckets.length]! += 1;
    },
    perSecond(now) {
      const second = advance(now);
      let sum = 0;
      for (let s = second - windowSeconds; s < second; s++)
        sum += buckets[((s % buckets.length) + buckets.length) % buckets.length]!;
      return sum / windowSeconds;
    },
  };
}

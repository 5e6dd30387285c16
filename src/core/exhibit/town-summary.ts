/** What the attract loop says about the town's temperature: the mean of the sensors that are current. */
export interface TownSummary {
  /** Mean of the live sensors in °C, one decimal; null when none is live. */
  celsius: number | null;
  live: number;
}

/** Average the live sensors; stale and silent ones are left out (the loop speaks of now). */
export function summariseTown(
  sensors: readonly { celsius: number | null; state: 'live' | 'stale' | 'none' }[],
): TownSummary {
  let sum = 0;
  let live = 0;
  for (const s of sensors) {
    if (s.state !== 'live' || s.celsius === null) continue;
    sum += s.celsius;
    live++;
  }
  return { celsius: live === 0 ? null : Math.round((sum / live) * 10) / 10, live };
}

/** One temperature reading after parsing: which sensor, how warm in °C, and when (epoch ms). */
export interface Reading {
  sensorId: string;
  celsius: number;
  time: number;
}

/** Every reason a message or reading can be turned away, in the order the HUD lists them. */
export const REJECT_REASONS = [
  'malformed',
  'not-a-number',
  'not-finite',
  'out-of-range',
  'too-large',
  'unknown-sensor',
  'future-time',
  'out-of-order',
  'bad-replay-clock',
] as const;

/** One of {@link REJECT_REASONS}. */
export type RejectReason = (typeof REJECT_REASONS)[number];

/** Why something was turned away; `detail` is plain English words for a log or tooltip, never markup. */
export interface Rejection {
  reason: RejectReason;
  detail: string;
}

/** A fresh counter with zero for every reject reason. */
export function emptyRejectCounts(): Record<RejectReason, number> {
  const counts = {} as Record<RejectReason, number>;
  for (const reason of REJECT_REASONS) counts[reason] = 0;
  return counts;
}

import type { PresenceMessage } from './presence-message.ts';

/** The headsets the spectator has heard from: each one's last message and when it came (ms). */
export type HeadsetList = ReadonlyMap<string, { message: PresenceMessage; at: number }>;

/** Seconds of silence after which a headset counts as gone (taken off without a goodbye, out of Wi-Fi). */
export const HEADSET_STALE_MS = 3000;

/** The list with this headset's newest message; a goodbye takes it off. Returns a new list. */
export function hearHeadset(
  list: HeadsetList,
  id: string,
  message: PresenceMessage,
  at: number,
): HeadsetList {
  const next = new Map(list);
  if (message.bye) next.delete(id);
  else next.set(id, { message, at });
  return next;
}

/** The headsets heard from within `staleMs`, by id. */
export function liveHeadsets(list: HeadsetList, now: number, staleMs = HEADSET_STALE_MS): string[] {
  return [...list]
    .filter(([, entry]) => now - entry.at <= staleMs)
    .map(([id]) => id)
    .sort();
}

/** The headset to follow: the one chosen while it is live, else the first live one, else none. */
export function followedHeadset(live: readonly string[], chosen: string | null): string | null {
  return chosen !== null && live.includes(chosen) ? chosen : (live[0] ?? null);
}

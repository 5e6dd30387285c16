/** One account of the stand's own parts on the broker. */
export interface StandAccount {
  readonly username: string;
  readonly password: string;
}

/**
 * The headsets' and the guide's accounts on the embedded broker. Their passwords are public, like the viewer's:
 * `presence` may publish only poses (and read suggestions), `guide` only suggestions (and read poses).
 */
export const STAND_ACCOUNTS = {
  presence: { username: 'presence', password: 'presence' },
  guide: { username: 'guide', password: 'guide' },
} as const satisfies Record<string, StandAccount>;

/**
 * Where the stand's own topics live: beside the sensor topics, never under them (the viewer reads everything
 * under the prefix as readings). `city/neubrandenburg/sensors` gives `city/neubrandenburg/stand`.
 */
export function standTopicRoot(topicPrefix: string): string {
  const levels = topicPrefix.split('/').filter((level) => level !== '');
  return [...levels.slice(0, -1), 'stand'].join('/');
}

/** The topic a headset publishes its pose on. */
export function presenceTopic(root: string, headset: string): string {
  return `${root}/presence/${headset}`;
}

/** The topic the guide sends a headset its suggestions on. */
export function guideTopic(root: string, headset: string): string {
  return `${root}/guide/${headset}`;
}

/** The headset a presence or guide topic is about, or null if the topic is not one. */
export function headsetOfTopic(root: string, kind: 'presence' | 'guide', topic: string): string | null {
  const head = `${root}/${kind}/`;
  if (!topic.startsWith(head)) return null;
  const id = topic.slice(head.length);
  return isHeadsetId(id) ? id : null;
}

/** A headset id: 1 to 32 letters, digits, `-` or `_` (one topic level, no wildcards). */
export function isHeadsetId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,32}$/.test(id);
}

import { parseJsonObject } from './json-object.ts';
/** Where the guide suggests a visitor go: a named viewpoint, or a building by its id. */
export type GuideTarget = { kind: 'viewpoint'; id: string } | { kind: 'building'; id: string };

/** A suggestion from the guide's screen to one headset; the visitor takes it with the trigger, or not. */
export interface GuideMessage {
  /** Tells one suggestion from the next (the headset reports it back with its state). */
  id: string;
  target: GuideTarget;
  /** The place's name in both languages, for the prompt ("Zum Marktplatz gehen?"). */
  name: { de: string; en: string };
}

const MAX_BYTES = 2048;
const text = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max;

/** The JSON the guide publishes. */
export function encodeGuide(m: GuideMessage): string {
  return JSON.stringify({ id: m.id, target: m.target, name: m.name });
}

/** Read a guide message; anything malformed is null and shows no prompt. */
export function parseGuide(payload: string): GuideMessage | null {
  const raw = parseJsonObject(payload, MAX_BYTES);
  if (!raw) return null;
  const { id, target, name } = raw;
  if (!text(id, 64) || target === null || typeof target !== 'object') return null;
  const t = target as Record<string, unknown>;
  if ((t.kind !== 'viewpoint' && t.kind !== 'building') || !text(t.id, 200)) return null;
  const n = (name ?? {}) as Record<string, unknown>;
  const de = text(n.de, 80) ? n.de : t.id;
  const en = text(n.en, 80) ? n.en : de;
  return { id, target: { kind: t.kind, id: t.id }, name: { de, en } };
}

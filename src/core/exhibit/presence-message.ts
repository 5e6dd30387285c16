import { parseJsonObject } from './json-object.ts';

type Vec3 = [number, number, number];
type Quat = [number, number, number, number];

/** What a guide suggestion is at on the headset: shown, taken, or turned down. */
export type PromptState = 'shown' | 'accepted' | 'dismissed';

/** What a headset says about itself, at most 20 times a second while its visitor is in VR. */
export interface PresenceMessage {
  /** Head position in the twin's local metres. */
  position: Vec3;
  /** Head orientation, a unit quaternion (x, y, z, w). */
  orientation: Quat;
  /** The building the visitor looks at, if any. */
  building: string | null;
  /** The point the gaze meets (a building or the ground), if any. */
  point: Vec3 | null;
  /** The last guide suggestion and what became of it. */
  prompt: { id: string; state: PromptState } | null;
  /** The headset's session ended: it stops publishing. */
  bye: boolean;
}

/** A headset that has left: what it publishes as its session ends. */
export const PRESENCE_BYE: PresenceMessage = {
  position: [0, 0, 0],
  orientation: [0, 0, 0, 1],
  building: null,
  point: null,
  prompt: null,
  bye: true,
};

const MAX_BYTES = 1024;
const STATES: readonly PromptState[] = ['shown', 'accepted', 'dismissed'];
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const vector = <T extends number[]>(v: unknown, length: number): T | null =>
  Array.isArray(v) && v.length === length && v.every(finite) ? (v.slice() as T) : null;
const round = (v: number): number => Math.round(v * 1000) / 1000;

/** The JSON a headset publishes (millimetres and thousandths are plenty, and keep it short). */
export function encodePresence(m: PresenceMessage): string {
  if (m.bye) return '{"bye":true}';
  return JSON.stringify({
    p: m.position.map(round),
    q: m.orientation.map(round),
    b: m.building,
    g: m.point?.map(round) ?? null,
    prompt: m.prompt,
  });
}

/** Read a presence message from the broker; anything malformed is null (the spectator keeps its last view). */
export function parsePresence(payload: string): PresenceMessage | null {
  const o = parseJsonObject(payload, MAX_BYTES);
  if (!o) return null;
  if (o.bye === true) return PRESENCE_BYE;
  const position = vector<Vec3>(o.p, 3);
  const q = vector<Quat>(o.q, 4);
  const length = q ? Math.hypot(...q) : 0;
  if (!position || !q || !(length > 0.5 && length < 1.5)) return null;
  const building = typeof o.b === 'string' && o.b.length <= 200 ? o.b : null;
  return {
    position,
    orientation: q.map((v) => v / length) as Quat,
    building,
    point: vector<Vec3>(o.g, 3),
    prompt: parsePromptState(o.prompt),
    bye: false,
  };
}

function parsePromptState(v: unknown): PresenceMessage['prompt'] {
  if (v === null || typeof v !== 'object') return null;
  const { id, state } = v as Record<string, unknown>;
  if (typeof id !== 'string' || id.length > 64 || !STATES.includes(state as PromptState)) return null;
  return { id, state: state as PromptState };
}

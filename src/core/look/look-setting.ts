/** One effect of the city's look: the sky dome, distance fog, and ambient occlusion (street-canyon shading). */
export type LookEffect = 'sky' | 'fog' | 'ao';

/** Every effect, in the order they are listed. */
export const LOOK_EFFECTS: readonly LookEffect[] = ['sky', 'fog', 'ao'];

/** Named qualities: `high` is everything, `low` the sky and fog, `off` the plain scene. */
export const LOOK_QUALITIES: Readonly<Record<'off' | 'low' | 'high', readonly LookEffect[]>> = {
  off: [],
  low: ['sky', 'fog'],
  high: ['sky', 'fog', 'ao'],
};

/**
 * The effects that fit the VR frame budget (each eye is drawn separately; an effect may add at most a tenth to
 * the plain scene's frame): in `npm run bench -- look` the sky costs about 3 %, the fog 1 %, the occlusion
 * nothing measurable (VR, both eyes), so all three are drawn there.
 */
export const LOOK_VR: readonly LookEffect[] = ['sky', 'fog', 'ao'];

/**
 * The `look` setting: a quality (`off`, `low`, `high`) or a list of effects (`sky,fog`, or an array in the
 * config file); undefined for anything else (the config names the bad value).
 */
export function parseLook(raw: unknown): LookEffect[] | undefined {
  if (typeof raw === 'string' && raw in LOOK_QUALITIES) return [...LOOK_QUALITIES[raw as 'off']];
  const parts = typeof raw === 'string' ? raw.split(',').map((p) => p.trim()) : raw;
  if (!Array.isArray(parts) || parts.length === 0) return undefined;
  if (!parts.every((p): p is LookEffect => LOOK_EFFECTS.includes(p as LookEffect))) return undefined;
  return LOOK_EFFECTS.filter((e) => parts.includes(e));
}

/** The effects drawn now: the setting's, and in VR only those that fit its budget. */
export function lookEffectsFor(setting: readonly LookEffect[], vr: boolean): LookEffect[] {
  return setting.filter((e) => !vr || LOOK_VR.includes(e));
}

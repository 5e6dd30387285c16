import type { TwinConfig } from '../../../core/config.ts';

/** A shadow map's resolution and the side of the square around the viewer it covers. */
export interface ShadowQuality {
  mapSize: number;
  extent: number;
}

/** Sharpness against reach: about 16 cm, 16 cm and 15 cm per texel, over a street, a quarter, the old town. */
export const SHADOW_QUALITIES: Record<Exclude<TwinConfig['shadows'], 'off'>, ShadowQuality> = {
  low: { mapSize: 1024, extent: 160 },
  medium: { mapSize: 2048, extent: 320 },
  high: { mapSize: 4096, extent: 600 },
};

/** The quality for this frame: VR draws every eye, so it takes the next lower one to keep its frame budget. */
export function shadowQuality(setting: TwinConfig['shadows'], vr: boolean): ShadowQuality | null {
  if (setting === 'off') return null;
  const lower = { high: 'medium', medium: 'low', low: 'low' } as const;
  return SHADOW_QUALITIES[vr ? lower[setting] : setting];
}

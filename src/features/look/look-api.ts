import { lookEffectsFor, parseLook, type LookEffect } from '../../core/look/look-setting.ts';
import type { Look } from './look.ts';

/** What `cityTwin.look()` tells: the effects asked for and drawn now, the sky's colours and the fog's. */
export interface LookReport {
  effects: LookEffect[];
  drawn: LookEffect[];
  zenith: string;
  horizon: string;
  /** The fog's colour while it is drawn, else null. */
  fog: string | null;
  sunAltitudeDeg: number;
  /** The sky light's strength on the city while the sky is drawn (dimmed at night), else null. */
  skyLight: number | null;
}

/** The look's fields on `window.cityTwin`. */
export interface LookApi {
  look(): LookReport;
  /** Draw these effects from now on (`off`, `low`, `high`, or a list); throws on anything else. */
  setLook(setting: string | string[]): LookEffect[];
}

/** The handle over the look. */
export function createLookApi(look: Look): LookApi {
  return {
    look() {
      const effects = [...look.store.getState().effects];
      return {
        effects,
        drawn: lookEffectsFor(effects, look.runtime.xr.getState().session !== undefined),
        ...look.colours(),
        fog: look.fog ? `#${look.fog.color.getHexString('srgb')}` : null,
        skyLight: look.skyLight ? look.skyLight.light.intensity : null,
      };
    },
    setLook(setting) {
      const effects = parseLook(setting);
      if (!effects) throw new Error(`setLook: not a look: ${String(setting)} (off, low, high or sky,fog,ao)`);
      look.store.setState({ effects });
      return effects;
    },
  };
}

declare module '../../app/twin-api.ts' {
  // The look feature's fields on `window.cityTwin` (its part's `api`).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface CityTwinExtensions extends LookApi {}
}

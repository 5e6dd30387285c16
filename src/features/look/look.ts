import { Fog, Vector3, type HemisphereLight } from 'three';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LookEffect } from '../../core/look/look-setting.ts';
import { skyColours, srgbHex, type SkyColours } from '../../core/look/sky-colours.ts';
import { cityLocation, sunDirection, sunPosition } from '../../core/planning/sun-position.ts';
import type { TwinRuntime } from '../../twin/twin-runtime.ts';
import type { SkyDome } from './sky-dome.ts';

/** Options of the distance fog (metres from the eye). */
export interface FogOptions {
  near: number;
  far: number;
}

/** Clear across the old town (about 500 m from the HKB tower to the wall), the edge of the ground (1.2 km) gone. */
export const FOG_DEFAULTS: FogOptions = { near: 250, far: 1800 };

/** The look's own state: the effects asked for (VR draws those of them that fit its budget). */
export interface LookState {
  effects: readonly LookEffect[];
}

/** The look of the city: its state, and the sky and fog as they are drawn now, for the scene and the API. */
export interface Look {
  readonly runtime: TwinRuntime;
  readonly store: StoreApi<LookState>;
  readonly fogOptions: FogOptions;
  /** The dome while the sky is drawn. */
  dome: SkyDome | null;
  /** The scene's fog while it is drawn. */
  fog: Fog | null;
  /** The sky's light on the city while the sky is drawn, and its daytime strength, dimmed at night. */
  skyLight: { light: HemisphereLight; day: number } | null;
  /** The sky of the last computed time. */
  readonly sky: SkyColours;
  /** Towards the sun, model frame. */
  readonly sun: Vector3;
  /** Follow the twin's clock: recompute the sky when it moved half a second; allocates nothing otherwise. */
  tick(): void;
  /** The sky's colours as hex, for the automation handle. */
  colours(): { zenith: string; horizon: string; sunAltitudeDeg: number };
}

/** Create the look with the config's effects; `fog` overrides the fog's distances. */
export function createLook(runtime: TwinRuntime, fog: Partial<FogOptions> = {}): Look {
  const fogOptions = { ...FOG_DEFAULTS, ...fog };
  if (!(fogOptions.near >= 0 && fogOptions.far > fogOptions.near))
    throw new Error(`look: Requires 0 <= fog near < far, not ${fogOptions.near} and ${fogOptions.far}`);
  const store = createStore<LookState>()(() => ({ effects: runtime.config.look }));
  let last = NaN;
  let altitude = 0;
  const look: Look = {
    runtime,
    store,
    fogOptions,
    dome: null,
    fog: null,
    skyLight: null,
    sky: skyColours(0),
    sun: new Vector3(0, 1, 0),
    tick() {
      const time = runtime.time();
      if (!(Math.abs(time - last) < 500)) {
        last = time;
        const sun = sunPosition(time, cityLocation(runtime.store.getState().city?.extras.origin ?? null));
        altitude = sun.altitudeDeg;
        Object.assign(look.sky, skyColours(altitude));
        look.sun.set(...sunDirection(sun));
      }
      look.dome?.update(look.sky, look.sun);
      look.fog?.color.setRGB(...look.sky.horizon, 'srgb');
      if (look.skyLight) look.skyLight.light.intensity = look.skyLight.day * look.sky.light;
    },
    colours: () => ({
      zenith: srgbHex(look.sky.zenith),
      horizon: srgbHex(look.sky.horizon),
      sunAltitudeDeg: altitude,
    }),
  };
  return look;
}

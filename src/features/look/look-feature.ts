import { createElement } from 'react';
import type { TwinFeature } from '../../twin/twin-runtime.ts';
import { createLook, type FogOptions } from './look.ts';
import { createLookApi } from './look-api.ts';
import { LookScene } from './LookScene.tsx';

/**
 * The city's look, the entry point of this feature: a sky for the twin's clock (day, dusk, night with stars),
 * distance fog in the horizon's colour, and street-canyon occlusion on the buildings (`look` in the config).
 */
export function createLookFeature(fog: Partial<FogOptions> = {}): TwinFeature {
  const removers: (() => void)[] = [];
  return {
    name: 'look',
    init(runtime) {
      const look = createLook(runtime, fog);
      const scene = () => createElement(LookScene, { look });
      removers.push(runtime.addPart({ name: 'look', scene, api: { ...createLookApi(look) } }));
    },
    dispose() {
      for (const remove of removers.splice(0).reverse()) remove();
    },
  };
}

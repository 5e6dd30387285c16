import { createElement } from 'react';
import type { TwinFeature } from '../../twin/twin-runtime.ts';
import type { TilesCity } from './tiles-city.ts';
import { TilesCityScene } from './TilesCityScene.tsx';
import { TilesLoading } from './TilesLoading.tsx';
import { expandTilesOptions, isTilesetUrl, type TilesOptions } from './tiles-options.ts';

/**
 * 3D Tiles as a city, the entry point of this feature: a `city` URL ending in `.json` is streamed as an OGC
 * 3D Tiles tileset (1.0 b3dm/i3dm/pnts/cmpt and 1.1 glTF), coloured, picked and walked like a GLB city.
 */
export function createTilesFeature(options: Partial<TilesOptions> = {}): TwinFeature {
  const o = expandTilesOptions(options);
  const removers: (() => void)[] = [];
  let current: TilesCity | null = null;
  const onOpen = (city: TilesCity | null): void => void (current = city);
  const stats = () => current?.stats() ?? null;
  const scene = ({ url }: { url: string }) => createElement(TilesCityScene, { url, options: o, onOpen });
  const overlay = () => createElement(TilesLoading, { stats });
  return {
    name: 'tiles',
    init(runtime) {
      removers.push(runtime.addCitySource({ name: 'tiles', accepts: isTilesetUrl, scene }));
      removers.push(runtime.addPart({ name: 'tiles', overlay }));
    },
    dispose() {
      for (const remove of removers.splice(0).reverse()) remove();
      current = null;
    },
  };
}

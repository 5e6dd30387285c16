import type { ComponentType } from 'react';

/**
 * Another kind of city than a glTF/GLB (a 3D Tiles tileset): for the URLs it `accepts`, its `scene` loads and
 * shows the city in place of the GLB loader, and reports to `runtime.loads` as the GLB loader does.
 */
export interface CitySource {
  readonly name: string;
  accepts(url: string): boolean;
  readonly scene: ComponentType<{ url: string }>;
}

/** The first source that accepts `url`, the last one added first; undefined: the GLB loader's. */
export function citySourceFor(sources: readonly CitySource[], url: string): CitySource | undefined {
  for (let i = sources.length - 1; i >= 0; i--) if (sources[i]!.accepts(url)) return sources[i];
  return undefined;
}

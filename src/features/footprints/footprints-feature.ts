import type { TwinFeature } from '../../twin/twin-runtime.ts';
import { withConfiguredFootprints } from './footprint-city.ts';

/**
 * The footprint layer, the entry point of this feature: a city model without building ids (a photogrammetry
 * mesh) is identified, coloured and picked by the GeoJSON footprints at `url`.
 */
export function createFootprintsFeature(url: string): TwinFeature {
  let remove = (): void => undefined;
  return {
    name: 'footprints',
    init(runtime) {
      remove = runtime.addCityPreparer((model, signal) =>
        withConfiguredFootprints(model, url, (notice) => runtime.addNotice(notice), signal),
      );
    },
    dispose() {
      remove();
    },
  };
}

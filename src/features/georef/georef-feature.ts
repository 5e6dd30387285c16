import type { GeoOrigin } from '../../core/geo/geo-frame.ts';
import type { TwinFeature } from '../../twin/twin-runtime.ts';
import { placeModel } from './place-model.ts';

declare module '../../app/twin-api.ts' {
  interface CityTwinExtensions {
    /** The shown city's origin in EPSG:25833 (its own, or from its georeference), or null. */
    cityOrigin(): GeoOrigin | null;
  }
}

/**
 * Georeferenced models from elsewhere, the entry point of this feature: a glTF whose extras name its CRS
 * (BlenderGIS, `crs`/`epsg` with an offset) or which carries CESIUM_RTC is placed in the twin's frame before it
 * is shown, through the same EPSG set as the drop import. Registered before the features that read the origin.
 */
export function createGeorefFeature(): TwinFeature {
  const removers: (() => void)[] = [];
  return {
    name: 'georef',
    init(runtime) {
      removers.push(runtime.addCityPreparer((model) => placeModel(model)));
      const cityOrigin = (): GeoOrigin | null => runtime.store.getState().city?.extras.origin ?? null;
      removers.push(runtime.addPart({ name: 'georef', api: { cityOrigin } }));
    },
    dispose() {
      for (const remove of removers.splice(0).reverse()) remove();
    },
  };
}

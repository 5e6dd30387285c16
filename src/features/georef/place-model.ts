import { Box3, Matrix4 } from 'three';
import type { CityModel } from '../../city/city-model.ts';
import { createBrowserCrsRegistry } from '../../city/browser-epsg.ts';
import { placeGeoref } from '../../core/geo/georef-placement.ts';

/**
 * A model from elsewhere that says where it lies (a CRS in its extras, CESIUM_RTC) but carries no origin of the
 * twin's own is turned into the twin's frame and given that origin; any other model is returned as it is.
 * Throws, naming the place in the file, when its CRS is not in the EPSG set.
 */
export async function placeModel(model: CityModel): Promise<CityModel> {
  const georef = model.extras.georef;
  if (model.extras.origin || !georef) return model;
  // The EPSG set is loaded only for a model that needs it.
  const registry = await createBrowserCrsRegistry();
  model.scene.updateMatrixWorld(true);
  const box = new Box3().setFromObject(model.scene);
  let placement;
  try {
    placement = placeGeoref(georef, registry, { min: box.min.toArray(), max: box.max.toArray() });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw Object.assign(new Error(reason), { reason });
  }
  model.scene.applyMatrix4(new Matrix4().fromArray(placement.matrix));
  model.scene.updateMatrixWorld(true);
  return { ...model, extras: { ...model.extras, origin: placement.origin } };
}

// A dropped model that says nothing about where it lies is shown in the twin's frame as it is; the page can
// then give it a place, with the meaning of the pipeline's `--crs` and `--origin`: the CRS, and the point in it
// of the model's 0,0,0. The place is written into the GLB's root extras, where the georef feature reads it.
import { readCityExtras } from '../../core/city/city-extras.ts';
import { readGltfGeoref } from '../../core/city/gltf-georef.ts';
import { editGlbJson, splitGlb } from '../../pipeline/gltf/glb-merge.ts';

/** Where to put a model: an EPSG code and the point of its 0,0,0 in that CRS (easting, northing, height). */
export interface ModelPlace {
  crs: string;
  origin: [number, number, number];
}

/** True for a GLB with neither the twin's own origin nor a georeference of its own (extras, CESIUM_RTC). */
export function needsPlacing(glb: Uint8Array): boolean {
  try {
    const { json } = splitGlb(glb);
    const own = readCityExtras((json as { extras?: unknown }).extras).origin;
    return own === null && readGltfGeoref(json) === null;
  } catch {
    // Not a GLB we can read: the viewer says why when it loads it.
    return false;
  }
}

/** The GLB placed at `place`: its root extras name the CRS and the offset of its 0,0,0. */
export function placedGlb(glb: Uint8Array, place: ModelPlace): Uint8Array {
  return editGlbJson(glb, (json) => {
    const extras = json.extras && typeof json.extras === 'object' ? json.extras : {};
    json.extras = { ...extras, crs: place.crs, offset: place.origin };
  });
}

/** The coordinates typed in the form as numbers: easting and northing required, height 0 when left empty. */
export function parseOrigin(e: string, n: string, h: string): [number, number, number] | null {
  const num = (s: string): number => (s.trim() ? Number(s.trim().replace(',', '.')) : NaN);
  const xyz: [number, number, number] = [num(e), num(n), h.trim() ? num(h) : 0];
  return xyz.every(Number.isFinite) ? xyz : null;
}

/** Where a glTF says it lies: a CRS (with the CRS point of its 0,0,0 when given), or a CESIUM_RTC centre. */
export type GltfGeoref =
  | { kind: 'crs'; crs: string; offset: [number, number, number] | null; place: string }
  | { kind: 'ecef'; center: [number, number, number]; place: string };

type Json = Record<string, unknown>;

const obj = (v: unknown): Json | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null;
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

// The keys tools write for the reference system: BlenderGIS `crs` (with `crsx`/`crsy`), `epsg` as a number or
// text, `srsName` as in GML, `referenceSystem` as in CityJSON.
const CRS_KEYS = ['crs', 'epsg', 'srsName', 'srs', 'referenceSystem'] as const;

/**
 * Reads the georeference of a glTF's JSON, looking in the root `extras`, `asset.extras` and the default
 * scene's `extras` (BlenderGIS writes its scene properties there), each also under `georeference`, then in
 * CESIUM_RTC. Returns null when the file says nothing about where it lies.
 */
export function readGltfGeoref(json: unknown): GltfGeoref | null {
  const root = obj(json);
  if (!root) return null;
  const scenes = Array.isArray(root.scenes) ? root.scenes : [];
  const sceneIndex = num(root.scene) ?? 0;
  const places: [string, unknown][] = [
    ['extras', root.extras],
    ['asset.extras', obj(root.asset)?.extras],
    [`scenes[${sceneIndex}].extras`, obj(scenes[sceneIndex])?.extras],
  ];
  for (const [place, extras] of places) {
    for (const [at, e] of [
      [place, obj(extras)],
      [`${place}.georeference`, obj(obj(extras)?.georeference)],
    ] as const) {
      const found = e && crsIn(e, at);
      if (found) return found;
    }
  }
  const rtc = obj(obj(root.extensions)?.CESIUM_RTC)?.center;
  if (Array.isArray(rtc) && rtc.length === 3 && rtc.every((v) => num(v) !== null))
    return { kind: 'ecef', center: rtc as [number, number, number], place: 'extensions.CESIUM_RTC.center' };
  return null;
}

function crsIn(e: Json, place: string): GltfGeoref | null {
  for (const key of CRS_KEYS) {
    const v = e[key];
    const text = typeof v === 'number' ? `EPSG:${v}` : typeof v === 'string' ? v.trim() : '';
    if (text) return { kind: 'crs', crs: text, offset: offsetIn(e), place: `${place}.${key}` };
  }
  return null;
}

/** The CRS coordinates of the model's 0,0,0: BlenderGIS `crsx`/`crsy`, else `offset`/`origin` as [x, y, z]. */
function offsetIn(e: Json): [number, number, number] | null {
  const [x, y] = [num(e.crsx), num(e.crsy)];
  if (x !== null && y !== null) return [x, y, num(e.crsz) ?? 0];
  for (const key of ['offset', 'origin'] as const) {
    const v = e[key];
    const o = obj(v);
    const xyz = Array.isArray(v) ? v.map(num) : o ? [num(o.x), num(o.y), num(o.z) ?? 0] : [];
    if ((xyz.length === 2 || xyz.length === 3) && xyz.every((n) => n !== null))
      return [xyz[0]!, xyz[1]!, xyz[2] ?? 0];
  }
  return null;
}

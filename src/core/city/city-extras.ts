import type { GeoOrigin } from '../geo/geo-frame.ts';
import type { GltfGeoref } from './gltf-georef.ts';

/** A named place to stand, in the model's local metres (x east, y up, z south). */
export interface Viewpoint {
  id: string;
  name: { de: string; en: string };
  position: [number, number, number];
  /** Compass heading in degrees, 0 = north, 90 = east. */
  headingDeg: number;
}

/** What the city model says about itself in its root `extras.stadtzwilling`. */
export interface CityExtras {
  origin: GeoOrigin | null;
  attribution: string;
  viewpoints: Viewpoint[];
  /** A model from elsewhere: where its own extras or CESIUM_RTC say it lies (placed by the georef feature). */
  georef?: GltfGeoref | null;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Read the model's extras defensively: a model from elsewhere may have none, or odd ones. */
export function readCityExtras(extras: unknown): CityExtras {
  const root = (extras as { stadtzwilling?: Record<string, unknown> } | null)?.stadtzwilling ?? {};
  const o = root.origin as Record<string, unknown> | undefined;
  const origin =
    o && num(o.easting) !== undefined && num(o.northing) !== undefined
      ? {
          epsg: String(o.epsg ?? ''),
          easting: num(o.easting)!,
          northing: num(o.northing)!,
          height: num(o.height) ?? 0,
          lon: num(o.lon) ?? NaN,
          lat: num(o.lat) ?? NaN,
        }
      : null;
  const viewpoints = Array.isArray(root.viewpoints) ? root.viewpoints.flatMap(toViewpoint) : [];
  return { origin, attribution: typeof root.attribution === 'string' ? root.attribution : '', viewpoints };
}

function toViewpoint(raw: unknown): Viewpoint[] {
  const v = raw as Record<string, unknown> | null;
  const p = Array.isArray(v?.position) ? v.position.map(num) : [];
  if (!v || typeof v.id !== 'string' || p.length !== 3 || p.some((x) => x === undefined)) return [];
  const de = typeof v.name_de === 'string' ? v.name_de : v.id;
  const en = typeof v.name_en === 'string' ? v.name_en : de;
  return [
    {
      id: v.id,
      name: { de, en },
      position: p as [number, number, number],
      headingDeg: num(v.headingDeg) ?? 0,
    },
  ];
}

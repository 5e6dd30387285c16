import type { FootprintPolygon, GroundPoint } from './footprint-raster.ts';

/** How the file's coordinates are read: the model's local metres [east, north], WGS84 lon/lat, or UTM 33N. */
export type FootprintFrame = 'local' | 'lonlat' | 'utm';

/** Converters into local [east, north] metres, from the model's origin; absent when the model has none. */
export interface FootprintProjection {
  /** The model origin's WGS84 position, to recognise lon/lat files by their closeness to it. */
  origin?: { lon: number; lat: number };
  lonLat?: (lon: number, lat: number) => [number, number];
  utm?: (easting: number, northing: number) => [number, number];
}

/** Footprints ready to rasterise, with each building's properties (index = feature index). */
export interface FootprintSet {
  frame: FootprintFrame;
  properties: Record<string, unknown>[];
  polygons: FootprintPolygon[];
  /** Features left out: no polygon geometry, or coordinates that could not be read. */
  skipped: number;
}

type Position = readonly number[];

/** Read a GeoJSON FeatureCollection of Polygon/MultiPolygon footprints; throws with the reason if it is none. */
export function parseFootprints(json: unknown, projection: FootprintProjection = {}): FootprintSet {
  const collection = json as { type?: unknown; features?: unknown; crs?: unknown } | null;
  if (!collection || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features))
    throw new Error('not a GeoJSON FeatureCollection');
  const features = collection.features as { geometry?: unknown; properties?: unknown }[];
  const geometries = features.map((f) => polygonsOf(f?.geometry));
  const frame = detectFrame(collection, geometries, projection);
  const project = projector(frame, projection);
  const set: FootprintSet = { frame, properties: [], polygons: [], skipped: 0 };
  features.forEach((feature, i) => {
    const polygons = geometries[i] ?? [];
    const rings = polygons.flat().map((ring) => ring.map((p) => project(p)));
    if (rings.length === 0 || rings.some((r) => r.length < 3 || r.some((p) => !p.every(Number.isFinite)))) {
      set.skipped++;
      return;
    }
    const props = feature.properties;
    set.properties.push(props && typeof props === 'object' ? { ...(props as Record<string, unknown>) } : {});
    // Every ring of every part in one even-odd fill: parts side by side stay filled, holes stay empty.
    set.polygons.push({ index: set.polygons.length, rings });
  });
  return set;
}

function polygonsOf(geometry: unknown): Position[][][] {
  const g = geometry as { type?: unknown; coordinates?: unknown } | null;
  const ok = (ring: unknown): ring is Position[] =>
    Array.isArray(ring) &&
    ring.every((p) => Array.isArray(p) && p.length >= 2 && p.every((c) => typeof c === 'number'));
  const polygon = (rings: unknown): Position[][] =>
    Array.isArray(rings) && rings.every(ok) ? (rings as Position[][]) : [];
  if (g?.type === 'Polygon') return [polygon(g.coordinates)].filter((p) => p.length > 0);
  if (g?.type === 'MultiPolygon' && Array.isArray(g.coordinates))
    return g.coordinates.map(polygon).filter((p) => p.length > 0);
  return [];
}

/** Which frame a file's coordinates are in: from its `crs`, else from their size and closeness to the origin. */
export function detectFrame(
  collection: { crs?: unknown },
  geometries: readonly Position[][][][],
  projection: FootprintProjection,
): FootprintFrame {
  const crs = JSON.stringify(collection.crs ?? '');
  if (/25833/.test(crs)) return 'utm';
  if (/4326|CRS84|4258/i.test(crs)) return 'lonlat';
  let far = false;
  let nearOrigin = projection.origin !== undefined;
  for (const polygons of geometries)
    for (const ring of polygons.flat())
      for (const [x = 0, y = 0] of ring) {
        if (Math.abs(x) > 100_000 || Math.abs(y) > 1_000_000) far = true;
        const o = projection.origin;
        if (!o || Math.abs(x - o.lon) > 0.5 || Math.abs(y - o.lat) > 0.5) nearOrigin = false;
      }
  // Local metres of a model are small numbers; UTM ones are six and seven digits; lon/lat lie near the origin.
  if (far) return 'utm';
  return nearOrigin ? 'lonlat' : 'local';
}

/** A converter from a file's coordinates in `frame` into local [east, north]; throws if the model has no origin. */
export function projector(
  frame: FootprintFrame,
  projection: FootprintProjection,
): (p: Position) => GroundPoint {
  const lonLat = projection.lonLat;
  const utm = projection.utm;
  if (frame === 'lonlat') {
    if (!lonLat) throw new Error('lon/lat footprints need a city model with a georeferenced origin');
    return ([x = NaN, y = NaN]) => lonLat(x, y);
  }
  if (frame === 'utm') {
    if (!utm) throw new Error('UTM footprints need a city model with a georeferenced origin');
    // Eastings with the zone number in front (EPSG:5650, as MV publishes): 33384780 is 384780 in zone 33.
    return ([x = NaN, y = NaN]) => utm(x >= 10_000_000 ? x % 1_000_000 : x, y);
  }
  return ([x = NaN, y = NaN]) => [x, y];
}

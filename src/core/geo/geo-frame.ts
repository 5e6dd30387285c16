import proj4 from 'proj4';
import utm33 from 'epsg-index/s/25833.json' with { type: 'json' };

/** The projected CRS of Mecklenburg-Vorpommern's geodata and of the model's origin. */
export const UTM33N = 'EPSG:25833';

// proj4 ships only WGS84 and Web Mercator; the model's own CRS comes from the EPSG definition set, the
// others an import needs are defined on demand (crs.ts).
proj4.defs(UTM33N, utm33.proj4);

/** The origin of a local frame: a UTM 33N point and its WGS84 twin, documented in the glTF. */
export interface GeoOrigin {
  epsg: string;
  easting: number;
  northing: number;
  height: number;
  lon: number;
  lat: number;
}

/** A local east-north-up frame in metres around an origin in EPSG:25833. */
export interface GeoFrame {
  readonly origin: GeoOrigin;
  /** WGS84 lon/lat to local [east, north] metres. */
  lonLatToEN(lon: number, lat: number): [number, number];
  /** Local [east, north] metres back to WGS84 [lon, lat]. */
  enToLonLat(east: number, north: number): [number, number];
  /** UTM 33N easting/northing to local [east, north]. */
  utmToEN(easting: number, northing: number): [number, number];
}

/** Projects WGS84 lon/lat to ETRS89 / UTM 33N [easting, northing]. */
export function lonLatToUtm33(lon: number, lat: number): [number, number] {
  const [e, n] = proj4('EPSG:4326', UTM33N, [lon, lat]);
  return [e ?? NaN, n ?? NaN];
}

/** Inverse of lonLatToUtm33. */
export function utm33ToLonLat(easting: number, northing: number): [number, number] {
  const [lon, lat] = proj4(UTM33N, 'EPSG:4326', [easting, northing]);
  return [lon ?? NaN, lat ?? NaN];
}

/** Builds a frame whose origin is the given UTM 33N point (usually rounded to whole metres). */
export function createGeoFrame(easting: number, northing: number, height = 0): GeoFrame {
  const [lon, lat] = utm33ToLonLat(easting, northing);
  const origin: GeoOrigin = { epsg: UTM33N, easting, northing, height, lon, lat };
  return {
    origin,
    lonLatToEN(lo, la) {
      const [e, n] = lonLatToUtm33(lo, la);
      return [e - easting, n - northing];
    },
    enToLonLat(e, n) {
      return utm33ToLonLat(e + easting, n + northing);
    },
    utmToEN(e, n) {
      return [e - easting, n - northing];
    },
  };
}

/** A frame around a WGS84 point, its origin rounded to whole UTM metres. */
export function createGeoFrameAt(lon: number, lat: number, height = 0): GeoFrame {
  const [e, n] = lonLatToUtm33(lon, lat);
  return createGeoFrame(Math.round(e), Math.round(n), height);
}

/** Local [east, north, up] to glTF axes: +X east, +Y up, -Z north. */
export function enuToGltf(east: number, north: number, up: number): [number, number, number] {
  return [east, up, -north];
}

/** glTF [x, y, z] back to local [east, north, up]. */
export function gltfToEnu(x: number, y: number, z: number): [number, number, number] {
  return [x, -z, y];
}

/** Compass heading in degrees (0 north, 90 east) of a local [east, north] direction. */
export function headingOf(dEast: number, dNorth: number): number {
  const deg = (Math.atan2(dEast, dNorth) * 180) / Math.PI;
  return (deg + 360) % 360;
}

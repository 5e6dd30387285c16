import { utm33ToLonLat, type GeoOrigin } from './geo-frame.ts';

/** A 4x4 affine matrix, column-major as glTF, 3D Tiles and three.js store it. */
export type Matrix16 = number[];

// WGS84 (GRS80 differs by 0.1 mm in the semi-minor axis: nothing a city model can show).
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const RAD = Math.PI / 180;

/** WGS84 longitude, latitude (degrees) and ellipsoidal height (m) to Earth-centred Earth-fixed metres. */
export function geodeticToEcef(lon: number, lat: number, height: number): [number, number, number] {
  const l = lon * RAD;
  const p = lat * RAD;
  const n = A / Math.sqrt(1 - E2 * Math.sin(p) ** 2);
  return [
    (n + height) * Math.cos(p) * Math.cos(l),
    (n + height) * Math.cos(p) * Math.sin(l),
    (n * (1 - E2) + height) * Math.sin(p),
  ];
}

/** ECEF metres back to [lon, lat] degrees and ellipsoidal height (Bowring's iteration, sub-millimetre). */
export function ecefToGeodetic(x: number, y: number, z: number): [number, number, number] {
  const lon = Math.atan2(y, x);
  const r = Math.hypot(x, y);
  let lat = Math.atan2(z, r * (1 - E2));
  let height = 0;
  for (let i = 0; i < 6; i++) {
    const n = A / Math.sqrt(1 - E2 * Math.sin(lat) ** 2);
    height = r / Math.cos(lat) - n;
    lat = Math.atan2(z, r * (1 - (E2 * n) / (n + height)));
  }
  return [lon / RAD, lat / RAD, height];
}

/**
 * The affine map from a local grid frame (x east and y north in EPSG:25833 metres from the origin, z up) to
 * ECEF, exact at the origin: its columns are where one grid metre east, north and up lead, so meridian
 * convergence and the projection's scale are both in it. The tiler writes it, the viewer inverts it.
 */
export function gridToEcef(origin: GeoOrigin): Matrix16 {
  const at = (de: number, dn: number, up: number): [number, number, number] => {
    const [lon, lat] = utm33ToLonLat(origin.easting + de, origin.northing + dn);
    return geodeticToEcef(lon, lat, origin.height + up);
  };
  const o = at(0, 0, 0);
  // Central differences over ±1 m: the map's curvature over a metre is far below a millimetre.
  const column = (de: number, dn: number, up: number): number[] => {
    const p = at(de, dn, up);
    const q = at(-de, -dn, -up);
    return [(p[0] - q[0]) / 2, (p[1] - q[1]) / 2, (p[2] - q[2]) / 2, 0];
  };
  const east = column(1, 0, 0);
  const north = column(0, 1, 0);
  // Up takes the grid's scale too (UTM is conformal: east and north share it), so the map stays a similarity:
  // renderers measure screen-space error by one scale. Over a 100 m tower that shortens heights by 2 cm.
  const scale = (Math.hypot(east[0]!, east[1]!, east[2]!) + Math.hypot(north[0]!, north[1]!, north[2]!)) / 2;
  const up = column(0, 0, 1).map((v, i) => (i < 3 ? v * scale : 0));
  return [...east, ...north, ...up, o[0], o[1], o[2], 1];
}

/** The inverse of an affine column-major matrix (a general 3x3 part and a translation). */
export function invertAffine(m: Matrix16): Matrix16 {
  const v = (k: number): number => m[k] ?? 0;
  const [a, b, c, d, e, f, g, h, i] = [v(0), v(1), v(2), v(4), v(5), v(6), v(8), v(9), v(10)];
  const det = a * (e * i - f * h) - d * (b * i - c * h) + g * (b * f - c * e);
  if (Math.abs(det) < 1e-12) throw new Error('invertAffine: the matrix is singular');
  // The adjugate over the determinant, column by column.
  const r = [
    (e * i - f * h) / det,
    (c * h - b * i) / det,
    (b * f - c * e) / det,
    (f * g - d * i) / det,
    (a * i - c * g) / det,
    (c * d - a * f) / det,
    (d * h - e * g) / det,
    (b * g - a * h) / det,
    (a * e - b * d) / det,
  ];
  const w = (k: number): number => r[k] ?? 0;
  const [tx, ty, tz] = [v(12), v(13), v(14)];
  return [
    ...[w(0), w(1), w(2), 0],
    ...[w(3), w(4), w(5), 0],
    ...[w(6), w(7), w(8), 0],
    -(w(0) * tx + w(3) * ty + w(6) * tz),
    -(w(1) * tx + w(4) * ty + w(7) * tz),
    -(w(2) * tx + w(5) * ty + w(8) * tz),
    1,
  ];
}

/** Whether a point lies on or near the Earth's surface in ECEF (not a small local frame). */
export function isEarthCentred(x: number, y: number, z: number): boolean {
  const r = Math.hypot(x, y, z);
  return r > 6.3e6 && r < 6.45e6;
}

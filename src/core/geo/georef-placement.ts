import type { GltfGeoref } from '../city/gltf-georef.ts';
import { createToUtm33, normaliseCrs, type CrsRegistry, type ToUtm33 } from './crs.ts';
import { ecefToGeodetic, gridToEcef, invertAffine, type Matrix16 } from './ecef.ts';
import { createGeoFrame, lonLatToUtm33, type GeoOrigin } from './geo-frame.ts';

/** Where a georeferenced model lands: the twin's origin for it and the matrix from its glTF frame to the twin's. */
export interface GeorefPlacement {
  origin: GeoOrigin;
  /** Column-major, applied to the model's scene: its glTF coordinates to local EPSG:25833 metres (y up). */
  matrix: Matrix16;
}

/** A model's bounds in its own glTF coordinates. */
export interface ModelBounds {
  min: [number, number, number];
  max: [number, number, number];
}

// A glTF is y-up; ECEF and map grids are z-up.
const Y_UP_TO_Z_UP: Matrix16 = [1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1];
const Z_UP_TO_Y_UP: Matrix16 = [1, 0, 0, 0, 0, 0, -1, 0, 0, 1, 0, 0, 0, 0, 0, 1];

/**
 * Places a model whose glTF x runs east, -z north and y up in a CRS (`toUtm`). With an `offset` (the CRS point
 * of its 0,0,0) the origin is that point in whole UTM metres, so a model in local metres keeps its frame;
 * without one its coordinates are the CRS's own and the origin is its centre on its lowest point. The map from
 * the CRS's grid to UTM 33's (meridian convergence, scale) is linear over a city, taken at the origin.
 */
export function placeInCrs(
  toUtm: ToUtm33,
  offset: readonly [number, number, number] | null,
  bounds: ModelBounds,
): GeorefPlacement {
  const cx = offset ? 0 : (bounds.min[0] + bounds.max[0]) / 2;
  const cz = offset ? 0 : (bounds.min[2] + bounds.max[2]) / 2;
  const [ox, oy, oz] = offset ?? [0, 0, 0];
  const ax = ox + cx;
  const ay = oy - cz;
  const [e0, n0] = toUtm(ax, ay);
  const d = 10;
  const [ee1, en1] = toUtm(ax + d, ay);
  const [ee0, en0] = toUtm(ax - d, ay);
  const [ne1, nn1] = toUtm(ax, ay + d);
  const [ne0, nn0] = toUtm(ax, ay - d);
  // J maps a CRS metre east/north to UTM metres east/north.
  const [j00, j10] = [(ee1 - ee0) / (2 * d), (en1 - en0) / (2 * d)];
  const [j01, j11] = [(ne1 - ne0) / (2 * d), (nn1 - nn0) / (2 * d)];
  if (![e0, n0, j00, j01, j10, j11].every(Number.isFinite))
    throw new Error(`the model's centre (${ax.toFixed(1)}, ${ay.toFixed(1)}) does not project to UTM 33N`);
  const height = offset ? oz : Math.floor(bounds.min[1]);
  const origin = createGeoFrame(Math.round(e0), Math.round(n0), height).origin;
  const [te, tn] = [e0 - origin.easting, n0 - origin.northing];
  return {
    origin,
    matrix: [
      ...[j00, 0, -j10, 0],
      ...[0, 1, 0, 0],
      ...[-j01, 0, j11, 0],
      ...[te - j00 * cx + j01 * cz, oz - height, -tn + j10 * cx - j11 * cz, 1],
    ],
  };
}

/** Places a model whose glTF coordinates are offsets from an ECEF centre (CESIUM_RTC), turned into the twin's frame. */
export function placeAtEcef(center: readonly [number, number, number]): GeorefPlacement {
  const [lon, lat, h] = ecefToGeodetic(center[0], center[1], center[2]);
  const [e, n] = lonLatToUtm33(lon, lat);
  const origin = createGeoFrame(Math.round(e), Math.round(n), Math.round(h)).origin;
  const translate: Matrix16 = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, center[0], center[1], center[2], 1];
  const toLocal = invertAffine(gridToEcef(origin));
  return { origin, matrix: [Z_UP_TO_Y_UP, toLocal, translate, Y_UP_TO_Z_UP].reduce(multiplyMatrices) };
}

/** The product a * b of two column-major 4x4 matrices. */
export function multiplyMatrices(a: Matrix16, b: Matrix16): Matrix16 {
  const out: number[] = [];
  for (let col = 0; col < 4; col++)
    for (let row = 0; row < 4; row++) {
      let s = 0;
      for (let k = 0; k < 4; k++) s += (a[k * 4 + row] ?? 0) * (b[col * 4 + k] ?? 0);
      out.push(s);
    }
  return out;
}

/**
 * Places a model by its georeference, the CRS defined through the EPSG set (`registry`); throws, saying where
 * the file named it, when the CRS is not an EPSG code the set has.
 */
export function placeGeoref(georef: GltfGeoref, registry: CrsRegistry, bounds: ModelBounds): GeorefPlacement {
  if (georef.kind === 'ecef') return placeAtEcef(georef.center);
  const code = normaliseCrs(georef.crs);
  if (!code) throw new Error(`${georef.place}: "${georef.crs}" names no EPSG code`);
  let geographic: boolean;
  try {
    geographic = registry.define(code).geographic;
  } catch (err) {
    throw new Error(`${georef.place}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (geographic)
    throw new Error(
      `${georef.place}: ${code} is geographic (degrees); a model's metres need a projected CRS`,
    );
  return placeInCrs(createToUtm33(code), georef.offset, bounds);
}

import { Matrix4, Sphere } from 'three';
import type { TilesRenderer } from '3d-tiles-renderer/three';
import { readCityExtras, type CityExtras } from '../../core/city/city-extras.ts';
import { ecefToGeodetic, gridToEcef, invertAffine, isEarthCentred } from '../../core/geo/ecef.ts';
import { createGeoFrameAt, lonLatToUtm33, type GeoOrigin } from '../../core/geo/geo-frame.ts';
import type { TilesOptions } from './tiles-options.ts';

/** Where a tileset lands in the twin's frame, and what it says about itself. */
export interface TilesPlacement {
  extras: CityExtras;
  /** Whether the tileset is Earth-centred (ECEF root transform or region volumes). */
  georeferenced: boolean;
}

// Tiles are z-up; the twin is y-up with -z north.
const Z_UP_TO_Y_UP = new Matrix4().makeRotationX(-Math.PI / 2);

/**
 * Put the tiles group so that a georeferenced tileset lands in the twin's local frame (EPSG:25833 metres
 * around the tileset's own stated origin, else the twin's origin when it is near, else its own centre), and a
 * local one simply turns from z-up to y-up. Returns the extras with the origin actually used.
 */
export function placeTileset(
  tiles: TilesRenderer,
  extrasJson: unknown,
  options: TilesOptions,
): TilesPlacement {
  const extras = readCityExtras(extrasJson);
  const sphere = new Sphere();
  tiles.getBoundingSphere(sphere);
  const { x, y, z } = sphere.center;
  const group = tiles.group;
  group.matrixAutoUpdate = false;
  if (!isEarthCentred(x, y, z)) {
    group.matrix.copy(Z_UP_TO_Y_UP);
    group.updateMatrixWorld(true);
    return { extras, georeferenced: false };
  }
  const origin = extras.origin ?? originNear(x, y, z, options);
  const toGrid = new Matrix4().fromArray(invertAffine(gridToEcef(origin)));
  group.matrix.copy(Z_UP_TO_Y_UP).multiply(toGrid);
  group.updateMatrixWorld(true);
  return { extras: { ...extras, origin }, georeferenced: true };
}

function originNear(x: number, y: number, z: number, options: TilesOptions): GeoOrigin {
  const [lon, lat, height] = ecefToGeodetic(x, y, z);
  const [easting, northing] = lonLatToUtm33(lon, lat);
  const o = options.origin;
  if (Math.hypot(easting - o.easting, northing - o.northing) <= options.nearOrigin) return o;
  // Far from the twin's origin (another town): the tileset's own centre, on the ground, in whole metres.
  return createGeoFrameAt(lon, lat, Math.round(height)).origin;
}

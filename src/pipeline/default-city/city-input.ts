import type { GeoFrame } from '../../core/geo/geo-frame.ts';
import type { Vec2 } from '../mesh/polygon.ts';
import type { LonLat, OsmData, OsmWay } from './osm.ts';

/** Converts a WGS84 position to local east/north metres. */
export type ToEN = (lon: number, lat: number) => Vec2;

/** The OSM data sorted by what the phases of the default city take from it, with the local frame. */
export interface CityInput {
  /** The local frame every position is expressed in. */
  frame: GeoFrame;
  toEN: ToEN;
  /** `barrier=city_wall` ways. */
  wallWays: OsmWay[];
  /** `historic=city_gate` footprints. */
  gateWays: OsmWay[];
  /** The Marienkirche's footprint (`building=church`), when the extract holds it. */
  church: OsmWay | undefined;
  /** Every `highway` way (streets, paths, the passage ways through the gates). */
  roads: OsmWay[];
  /** Car parks (`amenity=parking`). */
  parking: OsmWay[];
  /** The green belt's outline in local metres. */
  outline: Vec2[];
}

// Fewer wall vertices than this cannot outline a town: the extract is not the old town's.
const MIN_WALL_POINTS = 10;

/** Sorts the OSM ways by role and brings the outline into the local frame; throws when there is no wall. */
export function prepareCityInput(osm: OsmData, outline: readonly LonLat[], frame: GeoFrame): CityInput {
  const toEN: ToEN = (lon, lat) => frame.lonLatToEN(lon, lat);
  const wallWays = osm.ways.filter((w) => w.tags.barrier === 'city_wall');
  if (wallWays.reduce((n, w) => n + w.geometry.length, 0) < MIN_WALL_POINTS)
    throw new Error('the OSM data holds no city wall (barrier=city_wall)');
  return {
    frame,
    toEN,
    wallWays,
    gateWays: osm.ways.filter((w) => w.tags.historic === 'city_gate'),
    church: osm.ways.find((w) => w.tags.building === 'church'),
    roads: osm.ways.filter((w) => w.tags.highway),
    parking: osm.ways.filter((w) => w.tags.amenity === 'parking'),
    outline: outline.map(([lo, la]) => toEN(lo, la)),
  };
}

/** A way's geometry in local east/north. */
export function wayToEN(way: OsmWay, toEN: ToEN): Vec2[] {
  return way.geometry.map(([lo, la]) => toEN(lo, la));
}

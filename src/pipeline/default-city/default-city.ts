import { createGeoFrame } from '../../core/geo/geo-frame.ts';
import { createRandom } from '../../core/random.ts';
import { FeatureTable, type BuiltCity } from '../mesh/city-features.ts';
import { GRID_DEFAULTS, type GridOptions } from './blocks.ts';
import { prepareCityInput } from './city-input.ts';
import { createCityLayers, orderedLayers } from './city-layers.ts';
import { addHouses } from './houses.ts';
import type { LonLat, OsmData } from './osm.ts';
import { addSquaresAndLandmarks } from './squares-and-landmarks.ts';
import { addStreets } from './streets.ts';
import { addSurroundings } from './surfaces.ts';
import { createViewpoints } from './viewpoints.ts';
import { addWallAndGates } from './wall-and-gates.ts';

/** Options for buildDefaultCity. */
export interface DefaultCityOptions {
  seed: number;
  /** The local frame's origin in EPSG:25833 (the Marktplatz, rounded to 10 m). */
  easting: number;
  northing: number;
  /** Ground height of the origin above sea level (DHHN2016, approximate). */
  height: number;
  grid: GridOptions;
}

/** Defaults for buildDefaultCity: origin at the Marktplatz (53.5565 N, 13.2606 E). */
export const DEFAULT_CITY_DEFAULTS: DefaultCityOptions = {
  seed: 1248,
  easting: 384780,
  northing: 5935590,
  height: 19,
  grid: GRID_DEFAULTS,
};

/** The attribution the OSM-derived city must show. */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors';

/**
 * Builds the default Neubrandenburg old town from OSM data, the green-belt outline and the generator.
 * The phases run in this order because each layer's triangles and the feature ids follow it.
 */
export function buildDefaultCity(
  osm: OsmData,
  outline: readonly LonLat[],
  opts: Partial<DefaultCityOptions> = {},
): BuiltCity {
  const o = { ...DEFAULT_CITY_DEFAULTS, ...opts };
  const frame = createGeoFrame(o.easting, o.northing, o.height);
  const input = prepareCityInput(osm, outline, frame);
  const layers = createCityLayers();
  const table = new FeatureTable();
  const town = addWallAndGates(layers.wall, table, input);
  addSurroundings(layers, town.wall, town.outline);
  const streets = addStreets(layers, o.grid, input, town);
  const sites = addSquaresAndLandmarks(layers, table, o.grid, input);
  addHouses(layers.building, table, createRandom(o.seed), { grid: o.grid, town, sites, streets });
  const viewpoints = createViewpoints({
    gates: town.gates,
    center: town.center,
    markt: sites.markt,
    kirchplatz: sites.kirchplatz,
    hkbTower: sites.hkbTower,
    churchWay: input.church,
    toEN: input.toEN,
    connectors: streets.connectors,
  });
  return {
    layers: orderedLayers(layers),
    features: table.rows,
    viewpoints,
    origin: frame.origin,
    attribution: OSM_ATTRIBUTION,
  };
}

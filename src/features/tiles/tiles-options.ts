import type { GeoOrigin } from '../../core/geo/geo-frame.ts';

/** How a 3D Tiles city is streamed and identified. */
export interface TilesOptions {
  /** Screen-space error to refine to, in pixels (3d-tiles-renderer's `errorTarget`). */
  errorTarget: number;
  /** Bytes of tile content kept in memory (GPU and CPU); older unseen tiles are freed beyond this. */
  maxBytes: number;
  /** Feature properties that name a building, the first one present wins. */
  idProperties: readonly string[];
  /** Most buildings shown at once (texels of the colour lookup). */
  maxFeatures: number;
  /** The twin's local frame: a georeferenced tileset without an origin of its own is placed around this. */
  origin: GeoOrigin;
  /** A tileset whose centre is farther than this from `origin` (metres) is placed around its own centre. */
  nearOrigin: number;
  /** Milliseconds per frame for building walk trees of newly loaded tiles. */
  colliderBudgetMs: number;
}

/** The Marktplatz origin of the default city, a Quest-sized cache, 16 px error. */
export const TILES_DEFAULTS: TilesOptions = {
  errorTarget: 16,
  maxBytes: 400e6,
  idProperties: ['id', 'gml_id', 'building', 'osm_id', 'name'],
  maxFeatures: 65_536,
  origin: { epsg: 'EPSG:25833', easting: 384780, northing: 5935590, height: 19, lon: NaN, lat: NaN },
  nearOrigin: 30_000,
  colliderBudgetMs: 4,
};

/** Merge and check options: `expandTilesOptions` throws naming the option that cannot work. */
export function expandTilesOptions(options: Partial<TilesOptions> = {}): TilesOptions {
  const o = { ...TILES_DEFAULTS, ...options };
  if (!(o.errorTarget > 0)) throw new Error(`tiles: Requires errorTarget > 0, not ${o.errorTarget}`);
  if (!(o.maxBytes >= 1e6)) throw new Error(`tiles: Requires maxBytes of at least 1 MB, not ${o.maxBytes}`);
  if (!(o.maxFeatures >= 2)) throw new Error(`tiles: Requires maxFeatures >= 2, not ${o.maxFeatures}`);
  if (o.idProperties.length === 0) throw new Error('tiles: Requires at least one id property');
  return o;
}

/** Whether a city URL names a 3D Tiles tileset (a `.json` file) rather than a glTF/GLB. */
export function isTilesetUrl(url: string): boolean {
  return /\.json$/i.test(url.split(/[?#]/)[0] ?? '');
}

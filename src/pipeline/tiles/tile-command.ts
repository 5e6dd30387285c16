import { resolve } from 'node:path';
import type { CliArgs } from '../cli-args.ts';
import { createGeoFrame } from '../../core/geo/geo-frame.ts';
import { DEFAULT_CITY_DEFAULTS } from '../default-city/default-city.ts';
import { SYNTHETIC_TOWN_DEFAULTS, SYNTHETIC_TOWN_VIEWPOINTS, syntheticTown } from './synthetic-town.ts';
import {
  TILE_CITY_DEFAULTS,
  tileCity,
  tileLayers,
  type TileCityOptions,
  type TileCityReport,
} from './tile-city.ts';

/** `npm run city -- tile <mesh> --out <dir>`: print the tiling's report; 2 for a wrong command line. */
export async function runTileCommand(args: CliArgs, usage: string): Promise<number> {
  const file = args.positional[0];
  const out = args.options.out;
  const synthetic = args.options['synthetic-town'] === 'true';
  if ((!file && !synthetic) || !out) {
    console.error(usage);
    return 2;
  }
  const count = (name: string, fallback: number): number => {
    const raw = args.options[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name}: "${raw}" is not a whole number`);
    return n;
  };
  const options = {
    leafTriangles: count('leaf-triangles', TILE_CITY_DEFAULTS.leafTriangles),
    maxDepth: count('max-depth', TILE_CITY_DEFAULTS.maxDepth),
    log: (line: string) => console.log(line),
    crs: args.options.crs,
    origin: args.options.origin,
  };
  const report = synthetic
    ? await tileSyntheticTown(resolve(out), count('seed', SYNTHETIC_TOWN_DEFAULTS.seed), options)
    : await tileCity(resolve(file!), resolve(out), options);
  console.log(
    `wrote ${resolve(out, 'tileset.json')}: ${report.tiles} tiles in ${report.levels} levels, ` +
      `${report.bytes} bytes, ${report.triangles.leaves} triangles at full detail, ${report.triangles.root} in the root`,
  );
  return 0;
}

/** The whole-town synthetic model (85 km² of blocks around the default city's origin), tiled into `out`. */
export async function tileSyntheticTown(
  out: string,
  seed: number,
  options: Partial<TileCityOptions>,
): Promise<TileCityReport> {
  const { layers, features } = syntheticTown({ seed });
  const d = DEFAULT_CITY_DEFAULTS;
  const origin = createGeoFrame(d.easting, d.northing, d.height).origin;
  const extras = {
    stadtzwilling: { origin, viewpoints: SYNTHETIC_TOWN_VIEWPOINTS, attribution: 'synthetic' },
  };
  return tileLayers(layers, features, extras, out, options);
}

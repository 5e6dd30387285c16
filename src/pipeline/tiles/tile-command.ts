import { resolve } from 'node:path';
import type { CliArgs } from '../cli-args.ts';
import { TILE_CITY_DEFAULTS, tileCity } from './tile-city.ts';

/** `npm run city -- tile <mesh> --out <dir>`: print the tiling's report; 2 for a wrong command line. */
export async function runTileCommand(args: CliArgs, usage: string): Promise<number> {
  const file = args.positional[0];
  const out = args.options.out;
  if (!file || !out) {
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
  const report = await tileCity(resolve(file), resolve(out), {
    leafTriangles: count('leaf-triangles', TILE_CITY_DEFAULTS.leafTriangles),
    maxDepth: count('max-depth', TILE_CITY_DEFAULTS.maxDepth),
    log: (line) => console.log(line),
  });
  console.log(
    `wrote ${resolve(out, 'tileset.json')}: ${report.tiles} tiles in ${report.levels} levels, ` +
      `${report.bytes} bytes, ${report.triangles.leaves} triangles at full detail, ${report.triangles.root} in the root`,
  );
  return 0;
}

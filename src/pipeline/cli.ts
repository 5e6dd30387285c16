// Command line of the city pipeline: `npm run city -- build | import | bind`. See src/pipeline/README.md.
import { resolve } from 'node:path';
import { InputError } from '../core/input/input-error.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { BIND_REGISTRY_DEFAULTS, bindRegistryFile } from './bind/bind-registry.ts';
import { DEFAULT_DATA_DIR, buildCityFromData, sensorRegistry } from './build-city.ts';
import { parseCliArgs } from './cli-args.ts';
import { validateGlb } from './gltf/validate.ts';
import { importFile } from './import/import-file.ts';
import { cityToGlb } from './write-city.ts';
import { triangleCount } from './mesh/mesh.ts';
import { runTileCommand } from './tiles/tile-command.ts';

const USAGE = `usage:
  npm run city -- build [--data <dir>] [--out assets/neubrandenburg.glb] [--sensors sensors/registry.default.json]
  npm run city -- import <file> --out <glb> [--crs EPSG:n] [--origin E,N[,H]] [--lod 2.2] [--grid BETA2007.gsb] [--footprints-out <geojson>]
  npm run city -- bind <registry.csv|json> --city <glb> --out <registry.json> [--max-distance 30]
  npm run city -- tile <mesh.glb|.gltf|.obj> --out <dir> [--crs EPSG:n --origin E,N[,H]] [--leaf-triangles 16000] [--max-depth 8]
  npm run city -- tile --synthetic-town --out <dir> [--seed 1]`;

async function main(argv: readonly string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.command === 'build') {
    const out = resolve(args.options.out ?? 'assets/neubrandenburg.glb');
    const sensors = resolve(args.options.sensors ?? 'sensors/registry.default.json');
    const city = await buildCityFromData(resolve(args.options.data ?? DEFAULT_DATA_DIR));
    const glb = await cityToGlb(city);
    const report = await validateGlb(glb);
    if (report.errors > 0) {
      console.error(report.messages.slice(0, 10));
      throw new Error(`the built city has ${report.errors} validation errors; nothing written`);
    }
    await writeFileAtomic(out, glb);
    await writeFileAtomic(sensors, `${JSON.stringify(sensorRegistry(city), null, 2)}\n`);
    const tris = city.layers.reduce((n, l) => n + triangleCount(l), 0);
    console.log(
      `wrote ${out}: ${glb.byteLength} bytes, ${city.features.length} features, ${tris} triangles, ` +
        `${city.layers.filter((l) => l.indices.length).length} primitives, validator ${report.errors} errors / ${report.warnings} warnings`,
    );
    console.log(`wrote ${sensors}`);
    return 0;
  }
  if (args.command === 'import') {
    const file = args.positional[0];
    const out = args.options.out;
    if (!file || !out) {
      console.error(USAGE);
      return 2;
    }
    const result = await importFile(resolve(file), resolve(out), {
      crs: args.options.crs,
      origin: args.options.origin,
      lod: args.options.lod,
      grids: args.options.grid ? args.options.grid.split(',').map((g) => resolve(g)) : [],
      footprintsOut: args.options['footprints-out'] ? resolve(args.options['footprints-out']) : undefined,
      displayName: file,
    });
    for (const line of result.notes) console.log(line);
    return 0;
  }
  if (args.command === 'bind') {
    const file = args.positional[0];
    const { city, out } = args.options;
    if (!file || !city || !out) {
      console.error(USAGE);
      return 2;
    }
    const raw = args.options['max-distance'];
    const maxDistance = raw === undefined ? BIND_REGISTRY_DEFAULTS.maxDistance : Number(raw);
    if (!(maxDistance > 0) || !Number.isFinite(maxDistance))
      throw new Error(`--max-distance: "${raw}" is not a positive number of metres`);
    for (const line of await bindRegistryFile(file, city, resolve(out), { maxDistance })) console.log(line);
    return 0;
  }
  if (args.command === 'tile') return runTileCommand(args, USAGE);
  console.log(USAGE);
  return args.command === 'help' ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(
      err instanceof InputError
        ? `error: ${err.message}`
        : `error: ${err instanceof Error ? err.message : String(err)}`,
    );
    process.exitCode = 1;
  },
);

// 3D Tiles test data, made by the city pipeline at test time into an ignored folder served at /fixtures/.
import { cp, mkdir, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGeoFrame } from '../../src/core/geo/geo-frame.ts';
import { syntheticTown } from '../../src/pipeline/tiles/synthetic-town.ts';
import { tileCity, tileLayers } from '../../src/pipeline/tiles/tile-city.ts';
import { writeTexturedObj } from './textured-obj.ts';
import { writeFormatsTileset } from './tiles-formats.ts';
import { writeImplicitTileset } from './tiles-implicit.ts';

const ROOT = join(import.meta.dirname, '../..');
const GENERATED = join(ROOT, 'test/fixtures/tiles/generated');

/** The library's own console note on every 3D Tiles 1.1 tileset: no fault of the tileset or of the twin. */
export const TILES_LIBRARY_NOTE = /tiles versions at 1\.1 or higher have limited support/;

/** The URL (page-relative) of a generated tileset folder's tileset.json. */
export const tilesetUrl = (name: string): string => `./fixtures/tiles/generated/${name}/tileset.json`;

/** Tile the default city (assets/neubrandenburg.glb) into `generated/town`: three levels, 13 tiles. */
export async function makeTownTileset(): Promise<string> {
  const dir = join(GENERATED, 'town');
  await rm(dir, { recursive: true, force: true });
  await tileCity(join(ROOT, 'assets/neubrandenburg.glb'), dir, { leafTriangles: 16_000 });
  return dir;
}

/**
 * A synthetic town of 1.5 km (256 blocks, 3,072 houses) in small tiles whose detail depends on the distance
 * (leaves of one block, about 300 triangles, a tile's error an eightieth of its edge): only the leaves around the
 * walker load, so 200 m up the street needs leaves the start did not. The twin starts at viewpoint `east`, on the
 * north-south street through the town's centre, looking east.
 */
export async function makeFineTileset(): Promise<string> {
  const dir = join(GENERATED, 'fine');
  await rm(dir, { recursive: true, force: true });
  const { layers, features } = syntheticTown({ extent: 1500, groundCells: 2 });
  const origin = createGeoFrame(384780, 5935590, 19).origin;
  const viewpoints = [
    { id: 'east', name_de: 'Ost', name_en: 'East', position: [0, 1.6, 46], headingDeg: 90 },
  ];
  await tileLayers(layers, features, { stadtzwilling: { origin, viewpoints } }, dir, {
    leafTriangles: 300,
    errorPerMetre: 1 / 80,
  });
  return dir;
}

/**
 * The textured OBJ (test/support/textured-obj.ts: 36 houses `Haus_<i>_<j>` in blue plaster) cut into tiles of
 * 40 triangles in `generated/textured`, with a registry binding sensor `putz-t1` to `Haus_1_1`.
 */
export async function makeTexturedTileset(): Promise<string> {
  const dir = join(GENERATED, 'textured');
  await rm(dir, { recursive: true, force: true });
  const obj = await writeTexturedObj(join(GENERATED, 'textured-obj'));
  // An OBJ names no CRS: its 0,0,0 is put at the Marktplatz, as `--crs` and `--origin` would.
  await tileCity(obj, dir, { leafTriangles: 40, crs: 'EPSG:25833', origin: '384780,5935590,19' });
  const registry = [{ sensor: 'putz-t1', building: 'Haus_1_1', unit: '°C', label: 'Haus 1/1' }];
  await writeFile(join(dir, 'registry.json'), JSON.stringify(registry));
  return dir;
}

/** The implicit-tiling tileset (test/support/tiles-implicit.ts) around the default origin, in `generated/implicit`. */
export async function makeImplicitTileset(): Promise<string> {
  const dir = join(GENERATED, 'implicit');
  await rm(dir, { recursive: true, force: true });
  await writeImplicitTileset(dir, createGeoFrame(384780, 5935590, 19).origin);
  return dir;
}

/** The region-only tileset of a composite (b3dm + i3dm) and a point cloud (test/support/tiles-formats.ts). */
export async function makeFormatsTileset(): Promise<string> {
  const dir = join(GENERATED, 'formats');
  await rm(dir, { recursive: true, force: true });
  await writeFormatsTileset(dir, createGeoFrame(384780, 5935590, 19).origin);
  return dir;
}

/** The footprint test's unsegmented mesh (no ids, as photogrammetry comes) cut into tiles of 12 triangles. */
export async function makeUnsegmentedTileset(): Promise<string> {
  const dir = join(GENERATED, 'unsegmented');
  await rm(dir, { recursive: true, force: true });
  await tileCity(join(ROOT, 'test/fixtures/footprints/unsegmented.glb'), dir, { leafTriangles: 12 });
  return dir;
}

/**
 * The town with faults: one leaf tile missing (404), one truncated to 200 bytes, one that is not a GLB at
 * all, a tile of an unknown content type (`odd.xyz`) and an external tileset that is the tileset itself;
 * returns the names of the first three broken files.
 */
export async function makeBrokenTileset(
  town: string,
): Promise<{ missing: string; truncated: string; garbage: string }> {
  const dir = join(GENERATED, 'broken');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(town, dir, { recursive: true });
  const leaves = (await readdir(join(dir, 'tiles'))).filter((f) => f.startsWith('2-')).sort();
  const [missing, truncated, garbage] = [leaves[0]!, leaves[1]!, leaves[2]!];
  await rm(join(dir, 'tiles', missing));
  await truncate(join(dir, 'tiles', truncated), 200);
  await writeFile(join(dir, 'tiles', garbage), 'this is not a tile');
  await writeFile(join(dir, 'tiles', 'odd.xyz'), 'no format anyone knows');
  const tileset = JSON.parse(await readFile(join(dir, 'tileset.json'), 'utf8'));
  const { boundingVolume } = tileset.root;
  tileset.root.children.push(
    { boundingVolume, geometricError: 0, content: { uri: 'tiles/odd.xyz' } },
    { boundingVolume, geometricError: 0, content: { uri: 'tileset.json' } },
  );
  await writeFile(join(dir, 'tileset.json'), JSON.stringify(tileset));
  return { missing, truncated, garbage };
}

import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { readCityExtras } from '../../core/city/city-extras.ts';
import { gridToEcef } from '../../core/geo/ecef.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { createCityIO } from '../gltf/io.ts';
import { featuresOf } from '../gltf/read-glb.ts';
import { createNodeCrsRegistry } from '../geo/epsg-set.ts';
import type { GltfPlaceOptions } from '../import/gltf-place.ts';
import { importObjFile } from '../import/obj-file.ts';
import type { BuildingFeature } from '../mesh/city-features.ts';
import type { MeshLayer } from '../mesh/mesh.ts';
import { buildQuadtree, QUADTREE_DEFAULTS, type Cell } from './quadtree.ts';
import { readLayers } from './read-layers.ts';
import { joinWalkable, mergeSubsets, subsetLayers, type LayerSubset } from './subset.ts';
import { CONTENT_DEFAULTS, makeTileContent } from './tile-content.ts';
import { textureScaleOf } from './tile-textures.ts';
import { boxOf, layerBounds, unionBounds, type Bounds, type TileJson } from './tileset-json.ts';

/** Options of `npm run city -- tile`. */
export interface TileCityOptions {
  /** Triangles in a leaf tile; a cell with more is split. */
  leafTriangles: number;
  maxDepth: number;
  /** A tile's geometric error is its cell's edge times this (leaves: 0). */
  errorPerMetre: number;
  /** Simplification error limit of coarser levels, as a fraction of the tile's radius. */
  simplifyError: number;
  /** Reports progress, one line per written tile. */
  log: (line: string) => void;
  /** For an OBJ (which names no CRS), as `import` takes them: `EPSG:n`, and `E,N[,H]` of its 0,0,0. */
  crs?: string;
  origin?: string;
}

/** Defaults: 16k-triangle leaves, a tile's error a twentieth of its edge. */
export const TILE_CITY_DEFAULTS: TileCityOptions = {
  leafTriangles: QUADTREE_DEFAULTS.leafTriangles,
  maxDepth: QUADTREE_DEFAULTS.maxDepth,
  errorPerMetre: 1 / 20,
  simplifyError: CONTENT_DEFAULTS.error,
  log: () => undefined,
};

/** What was written. */
export interface TileCityReport {
  tiles: number;
  bytes: number;
  levels: number;
  triangles: { leaves: number; root: number };
}

/**
 * Cut a glTF/GLB/OBJ city or mesh into a 3D Tiles 1.1 tileset in `outDir`: a quadtree by ground position,
 * each coarser level simplified from its cell's triangles with its textures halved per level, every content
 * file a validated GLB with EXT_mesh_features. An OBJ is converted and placed as the city import does it (one
 * building per named object; `crs` and `origin` say where it lies). A model georeferenced in `extras.stadtzwilling.origin` gets an ECEF root
 * transform.
 */
export async function tileCity(
  input: string,
  outDir: string,
  options: Partial<TileCityOptions> = {},
): Promise<TileCityReport> {
  const o = { ...TILE_CITY_DEFAULTS, ...options };
  const io = await createCityIO();
  const doc =
    extname(input).toLowerCase() === '.obj'
      ? await io.readBinary((await importObjFile(input, basename(input), objPlace(o))).glb)
      : await io.read(input);
  const extras = doc.getRoot().getExtras() as { stadtzwilling?: Record<string, unknown> };
  return tileLayers(readLayers(doc), featuresOf(doc), extras, outDir, options);
}

/** Where an OBJ is placed: the CRS and origin given, read with the pipeline's EPSG set. */
const objPlace = (o: TileCityOptions): GltfPlaceOptions => ({
  registry: createNodeCrsRegistry(),
  crs: o.crs,
  origin: o.origin,
});

/**
 * Tile layers (glTF axes) and their feature rows; `rootExtras.stadtzwilling` (origin, viewpoints) goes into
 * the tileset, and its origin into the ECEF root transform.
 */
export async function tileLayers(
  layers: MeshLayer[],
  features: BuildingFeature[],
  rootExtras: { stadtzwilling?: Record<string, unknown> },
  outDir: string,
  options: Partial<TileCityOptions> = {},
): Promise<TileCityReport> {
  const o = { ...TILE_CITY_DEFAULTS, ...options };
  if (!(o.errorPerMetre > 0)) throw new Error('tileCity: Requires errorPerMetre > 0');
  const { origin } = readCityExtras(rootExtras);
  const tree = buildQuadtree(layers, { leafTriangles: o.leafTriangles, maxDepth: o.maxDepth });
  await mkdir(join(outDir, 'tiles'), { recursive: true });
  const report: TileCityReport = { tiles: 0, bytes: 0, levels: 0, triangles: { leaves: 0, root: 0 } };

  const writeCell = async (
    cell: Cell,
  ): Promise<{ tile: TileJson; bounds: Bounds | null; geometry: LayerSubset; height: number }> => {
    const children = [];
    for (const child of cell.children) children.push(await writeCell(child));
    const leaf = children.length === 0;
    // Levels above the finest under this cell: each halves the textures.
    const height = leaf ? 0 : 1 + Math.max(...children.map((c) => c.height));
    // A coarser level is simplified from its children's simplified geometry, never from all the raw triangles.
    const subset = joinWalkable(
      leaf ? subsetLayers(layers, cell.triangles, features) : mergeSubsets(children.map((c) => c.geometry)),
    );
    const name = `tiles/${cell.depth}-${cell.col}-${cell.row}.glb`;
    const count = subset.layers.reduce((n, l) => n + l.indices.length / 3, 0);
    const ratio = leaf ? 1 : Math.min(1, o.leafTriangles / Math.max(1, count));
    const content = await makeTileContent(subset, name, {
      ratio,
      error: o.simplifyError,
      textureScale: textureScaleOf(height),
    });
    await writeFileAtomic(join(outDir, name), content.glb);
    report.tiles++;
    report.bytes += content.glb.byteLength;
    report.levels = Math.max(report.levels, cell.depth + 1);
    if (leaf) report.triangles.leaves += content.triangles;
    if (cell.depth === 0) report.triangles.root = content.triangles;
    o.log(`${name}: ${content.triangles} triangles, ${content.glb.byteLength} bytes`);
    const bounds = unionBounds([layerBounds(subset.layers), ...children.map((c) => c.bounds)]);
    const tile: TileJson = {
      boundingVolume: { box: boxOf(bounds ?? { min: [0, 0, 0], max: [0, 0, 0] }) },
      geometricError: leaf ? 0 : cell.size * o.errorPerMetre,
      refine: 'REPLACE',
      content: { uri: name },
      ...(children.length > 0 ? { children: children.map((c) => c.tile) } : {}),
    };
    return { tile, bounds, geometry: content.geometry, height };
  };

  const { tile: root } = await writeCell(tree);
  if (origin) root.transform = gridToEcef(origin);
  const tileset = {
    asset: { version: '1.1', generator: 'Stadtzwilling city pipeline (npm run city -- tile)' },
    geometricError: tree.size * o.errorPerMetre * 2,
    root,
    // The twin reads its viewpoints, origin and attribution here, as it does from a GLB's root extras.
    ...(rootExtras.stadtzwilling ? { extras: { stadtzwilling: rootExtras.stadtzwilling } } : {}),
  };
  await writeFileAtomic(join(outDir, 'tileset.json'), `${JSON.stringify(tileset, null, 1)}\n`);
  return report;
}

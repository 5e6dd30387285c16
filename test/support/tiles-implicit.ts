// A 3D Tiles 1.1 tileset with implicit tiling (a quadtree of two levels in one subtree file), written at test time.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gridToEcef } from '../../src/core/geo/ecef.ts';
import type { GeoOrigin } from '../../src/core/geo/geo-frame.ts';
import type { MeshLayer } from '../../src/pipeline/mesh/mesh.ts';
import { subsetLayers } from '../../src/pipeline/tiles/subset.ts';
import { syntheticTown } from '../../src/pipeline/tiles/synthetic-town.ts';
import { cityToGlb } from '../../src/pipeline/write-city.ts';

/** Half the edge of the town (4 by 4 blocks of 92 m), metres: the root box reaches this far from the centre. */
export const IMPLICIT_HALF = 184;

/** A subtree file whose tiles and contents are all there and that has no child subtrees. */
function fullSubtree(): Buffer {
  const text = JSON.stringify({
    tileAvailability: { constant: 1 },
    contentAvailability: [{ constant: 1 }],
    childSubtreeAvailability: { constant: 0 },
  });
  const json = Buffer.from(text + ' '.repeat((8 - (text.length % 8)) % 8));
  const header = Buffer.alloc(24);
  header.write('subt', 0, 'ascii');
  header.writeUInt32LE(1, 4);
  header.writeBigUInt64LE(BigInt(json.length), 8);
  header.writeBigUInt64LE(0n, 16);
  return Buffer.concat([header, json]);
}

/** The triangles of each layer whose centroid lies in the east/north quadrant `x`, `y` (0: west/south). */
function quadrant(layers: readonly MeshLayer[], x: number, y: number): Uint32Array[] {
  return layers.map((layer) => {
    const keep: number[] = [];
    for (let t = 0; t < layer.indices.length / 3; t++) {
      let east = 0;
      let north = 0;
      for (let k = 0; k < 3; k++) {
        const v = layer.indices[t * 3 + k]!;
        east += layer.positions[v * 3]! / 3;
        north -= layer.positions[v * 3 + 2]! / 3;
      }
      if (east >= 0 === (x === 1) && north >= 0 === (y === 1)) keep.push(t);
    }
    return Uint32Array.from(keep);
  });
}

/**
 * Write `tileset.json`, `subtrees/0.0.0.subtree` and `content/{level}/{x}/{y}.glb` into `dir`: a synthetic town
 * of 4 by 4 blocks around `origin` (ECEF root transform), level 0 the whole town, level 1 its four quadrants,
 * every content a GLB with EXT_mesh_features.
 */
export async function writeImplicitTileset(dir: string, origin: GeoOrigin): Promise<void> {
  const { layers, features } = syntheticTown({ extent: 2 * IMPLICIT_HALF, groundCells: 1 });
  const glb = (subset: { layers: MeshLayer[]; features: typeof features }) =>
    cityToGlb({ ...subset, viewpoints: [], origin, attribution: '' });
  await mkdir(join(dir, 'subtrees'), { recursive: true });
  await writeFile(join(dir, 'subtrees/0.0.0.subtree'), fullSubtree());
  await mkdir(join(dir, 'content/0/0'), { recursive: true });
  await writeFile(join(dir, 'content/0/0/0.glb'), await glb({ layers, features }));
  for (const x of [0, 1])
    for (const y of [0, 1]) {
      await mkdir(join(dir, `content/1/${x}`), { recursive: true });
      const part = subsetLayers(layers, quadrant(layers, x, y), features);
      await writeFile(join(dir, `content/1/${x}/${y}.glb`), await glb(part));
    }
  const h = IMPLICIT_HALF + 1;
  const tileset = {
    asset: { version: '1.1' },
    geometricError: 400,
    root: {
      transform: gridToEcef(origin),
      boundingVolume: { box: [0, 0, 10, h, 0, 0, 0, h, 0, 0, 0, 12] },
      geometricError: 50,
      refine: 'REPLACE',
      content: { uri: 'content/{level}/{x}/{y}.glb' },
      implicitTiling: {
        subdivisionScheme: 'QUADTREE',
        subtreeLevels: 2,
        availableLevels: 2,
        subtrees: { uri: 'subtrees/{level}.{x}.{y}.subtree' },
      },
    },
  };
  await writeFile(join(dir, 'tileset.json'), `${JSON.stringify(tileset, null, 1)}\n`);
}

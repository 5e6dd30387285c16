import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCityIO } from '../../../src/pipeline/gltf/io.ts';
import { EXT_MESH_FEATURES } from '../../../src/pipeline/gltf/mesh-features.ts';
import { tileCity } from '../../../src/pipeline/tiles/tile-city.ts';
import { MIN_TEXTURE_EDGE } from '../../../src/pipeline/tiles/tile-textures.ts';
import { writeTexturedObj } from '../../support/textured-obj.ts';
import { createTempDir } from './temp-dir.ts';

interface Tile {
  content?: { uri: string };
  children?: Tile[];
}

// A textured OBJ (36 named houses and their ground, one 256 px plaster image) cut into tiles of 40 triangles.
describe('npm run city -- tile <mesh.obj>: a textured mesh', () => {
  const dir = createTempDir('tiles-textured-');

  it('keeps the texture at every level, halved per level above the leaves, and the houses as features', async () => {
    const obj = await writeTexturedObj(join(dir(), 'obj'));
    const out = join(dir(), 'tiles');
    // An OBJ names no CRS: placed, as the import places it, with its 0,0,0 at the Marktplatz.
    const report = await tileCity(obj, out, {
      leafTriangles: 40,
      crs: 'EPSG:25833',
      origin: '384780,5935590,19',
    });
    expect(report.levels).toBeGreaterThanOrEqual(3);
    const io = await createCityIO();
    const tileset = JSON.parse(await readFile(join(out, 'tileset.json'), 'utf8')) as { root: Tile };
    // Per tile: the edge of its texture, and the largest edge among its children.
    const edges: number[] = [];
    const visit = async (tile: Tile): Promise<number> => {
      const doc = await io.readBinary(new Uint8Array(await readFile(join(out, tile.content!.uri))));
      const textures = doc.getRoot().listTextures();
      expect(textures.length).toBe(1);
      const [width, height] = textures[0]!.getSize()!;
      expect(width).toBe(height);
      edges.push(width);
      const prims = doc
        .getRoot()
        .listMeshes()
        .flatMap((m) => m.listPrimitives());
      expect(prims.every((p) => p.getAttribute('TEXCOORD_0') && p.getExtension(EXT_MESH_FEATURES))).toBe(
        true,
      );
      const below = [];
      for (const child of tile.children ?? []) below.push(await visit(child));
      // A leaf keeps the source's 256 px; a coarser tile half the smallest of its children's, down to the floor.
      if (below.length === 0) expect(width).toBe(256);
      else expect(width).toBe(Math.max(MIN_TEXTURE_EDGE, Math.min(...below) / 2));
      return width;
    };
    const root = await visit(tileset.root);
    expect(root).toBeLessThan(256);
    expect(edges.length).toBe(report.tiles);
  }, 120_000);
});

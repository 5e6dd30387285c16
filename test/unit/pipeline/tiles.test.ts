import { describe, expect, it } from 'vitest';
import { buildQuadtree, cellTriangles } from '../../../src/pipeline/tiles/quadtree.ts';
import { mergeSubsets, subsetLayers } from '../../../src/pipeline/tiles/subset.ts';
import { syntheticTown } from '../../../src/pipeline/tiles/synthetic-town.ts';
import { boxOf } from '../../../src/pipeline/tiles/tileset-json.ts';

describe('cutting a town into tiles', () => {
  const town = syntheticTown({ extent: 400, groundCells: 2 });
  const total = town.layers.reduce((n, l) => n + l.indices.length / 3, 0);

  it('makes a synthetic town of blocks with one feature row per house', () => {
    expect(town.features.length).toBe(4 * 4 * 12);
    expect(new Set(town.features.map((f) => f.id)).size).toBe(town.features.length);
    expect(town.layers.map((l) => l.surface)).toEqual(['street', 'ground', 'building']);
  });

  it('splits by centroid into a quadtree that loses and repeats no triangle', () => {
    const tree = buildQuadtree(town.layers, { leafTriangles: 2000, maxDepth: 6 });
    const leaves: number[] = [];
    const visit = (cell: typeof tree): void => {
      if (cell.children.length === 0) leaves.push(cellTriangles(cell));
      else cell.children.forEach(visit);
      for (const child of cell.children) expect(child.depth).toBe(cell.depth + 1);
    };
    visit(tree);
    expect(leaves.length).toBeGreaterThan(1);
    expect(leaves.reduce((a, b) => a + b, 0)).toBe(total);
    expect(Math.max(...leaves)).toBeLessThanOrEqual(2000);
    expect(() => buildQuadtree(town.layers, { leafTriangles: 0, maxDepth: 2 })).toThrow(/leafTriangles/);
  });

  it('keeps in a subset only the buildings it shows, renumbered, and merges subsets by building id', () => {
    const houses = town.layers[2]!;
    // The first house's triangles only.
    const first = [...Array(houses.indices.length / 3).keys()].filter(
      (t) => houses.featureIds[houses.indices[t * 3]!] === 0,
    );
    const none = new Uint32Array(0);
    const subset = subsetLayers(town.layers, [none, none, Uint32Array.from(first)], town.features);
    expect(subset.features.map((f) => f.id)).toEqual([town.features[0]!.id]);
    expect(new Set(subset.layers[0]!.featureIds)).toEqual(new Set([0]));
    const merged = mergeSubsets([subset, subset]);
    expect(merged.features.length).toBe(1);
    expect(merged.layers[0]!.indices.length).toBe(2 * subset.layers[0]!.indices.length);
  });

  it('writes boxes in the tiles frame: glTF (x, y, z) is tile (x, -z, y)', () => {
    const box = boxOf({ min: [0, 0, -20], max: [10, 5, -10] });
    expect(box.slice(0, 3)).toEqual([5, 15, 2.5]);
    expect([box[3], box[7], box[11]]).toEqual([5.5, 5.5, 3]);
  });
});

describe('npm run city -- tile', () => {
  it('writes a georeferenced 3D Tiles 1.1 tileset whose every tile passed the validator', async () => {
    const { mkdtemp, readFile, readdir } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { tileLayers } = await import('../../../src/pipeline/tiles/tile-city.ts');
    const { createGeoFrame } = await import('../../../src/core/geo/geo-frame.ts');
    const dir = await mkdtemp(join(tmpdir(), 'tiles-'));
    const town = syntheticTown({ extent: 400, groundCells: 1 });
    const origin = createGeoFrame(384780, 5935590, 19).origin;
    const report = await tileLayers(town.layers, town.features, { stadtzwilling: { origin } }, dir, {
      leafTriangles: 1500,
    });
    const tileset = JSON.parse(await readFile(join(dir, 'tileset.json'), 'utf8'));
    expect(tileset.asset.version).toBe('1.1');
    expect(tileset.extras.stadtzwilling.origin.easting).toBe(384780);
    // The root transform puts the origin on the Earth's surface (ECEF).
    const [x, y, z] = tileset.root.transform.slice(12, 15);
    expect(Math.hypot(x, y, z)).toBeGreaterThan(6.3e6);
    expect(tileset.root.children.length).toBeGreaterThan(1);
    expect((await readdir(join(dir, 'tiles'))).length).toBe(report.tiles);
    // The root is simplified from its children (as far as the error limit lets the simplifier go).
    expect(report.triangles.root).toBeLessThan(report.triangles.leaves);
  }, 60_000);
});

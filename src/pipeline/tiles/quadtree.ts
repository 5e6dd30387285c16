import type { MeshLayer } from '../mesh/mesh.ts';

/** A square of the ground (glTF x and z) and the triangles whose centroids fall in it, per layer. */
export interface Cell {
  depth: number;
  /** Column and row at this depth, from the west and the north edge. */
  col: number;
  row: number;
  x0: number;
  z0: number;
  size: number;
  /** Triangle numbers (index of the triangle in the layer), one list per layer. */
  triangles: Uint32Array[];
  children: Cell[];
}

/** Options of the spatial split. */
export interface QuadtreeOptions {
  /** A cell with more triangles than this is split in four. */
  leafTriangles: number;
  /** No deeper than this (the root is depth 0). */
  maxDepth: number;
}

/** About 16k triangles per leaf: one draw call per surface, a few hundred kilobytes compressed. */
export const QUADTREE_DEFAULTS: QuadtreeOptions = { leafTriangles: 16_000, maxDepth: 8 };

/** Total triangles of a cell. */
export const cellTriangles = (cell: Cell): number => cell.triangles.reduce((n, t) => n + t.length, 0);

/** Split the layers' triangles into a quadtree over their ground extent, by each triangle's centroid. */
export function buildQuadtree(layers: readonly MeshLayer[], options: QuadtreeOptions): Cell {
  if (!(options.leafTriangles > 0) || !(options.maxDepth >= 0))
    throw new Error('buildQuadtree: Requires leafTriangles > 0 and maxDepth >= 0');
  const cx: Float64Array[] = [];
  const cz: Float64Array[] = [];
  let [minX, minZ, maxX, maxZ] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const layer of layers) {
    const n = layer.indices.length / 3;
    const xs = new Float64Array(n);
    const zs = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      let x = 0;
      let z = 0;
      for (let k = 0; k < 3; k++) {
        const v = layer.indices[t * 3 + k]!;
        x += layer.positions[v * 3]! / 3;
        z += layer.positions[v * 3 + 2]! / 3;
      }
      xs[t] = x;
      zs[t] = z;
      [minX, maxX, minZ, maxZ] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minZ, z), Math.max(maxZ, z)];
    }
    cx.push(xs);
    cz.push(zs);
  }
  if (!Number.isFinite(minX)) throw new Error('the mesh has no triangles to tile');
  const size = Math.max(maxX - minX, maxZ - minZ, 1) * 1.0001;
  const all = layers.map((l) => Uint32Array.from({ length: l.indices.length / 3 }, (_, i) => i));
  const root: Cell = { depth: 0, col: 0, row: 0, x0: minX, z0: minZ, size, triangles: all, children: [] };
  const split = (cell: Cell): void => {
    if (cellTriangles(cell) <= options.leafTriangles || cell.depth >= options.maxDepth) return;
    const half = cell.size / 2;
    for (let q = 0; q < 4; q++) {
      const [dx, dz] = [q % 2, q >> 1];
      const x0 = cell.x0 + dx * half;
      const z0 = cell.z0 + dz * half;
      const triangles = cell.triangles.map((list, l) =>
        list.filter((t) => {
          const x = cx[l]![t]!;
          const z = cz[l]![t]!;
          // The far edges belong to the last cell, so no triangle is lost at the outer border.
          const inX = x >= x0 && (x < x0 + half || dx === 1);
          const inZ = z >= z0 && (z < z0 + half || dz === 1);
          return inX && inZ;
        }),
      );
      const child: Cell = {
        depth: cell.depth + 1,
        col: cell.col * 2 + dx,
        row: cell.row * 2 + dz,
        x0,
        z0,
        size: half,
        triangles,
        children: [],
      };
      if (cellTriangles(child) > 0) cell.children.push(child);
    }
    for (const child of cell.children) split(child);
  };
  split(root);
  return root;
}

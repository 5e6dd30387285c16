import type { MeshLayer } from '../mesh/mesh.ts';

/** A tile of the written tileset, as 3D Tiles 1.1 spells it. */
export interface TileJson {
  boundingVolume: { box: number[] };
  geometricError: number;
  refine?: 'REPLACE' | 'ADD';
  transform?: number[];
  content?: { uri: string };
  children?: TileJson[];
}

/** Axis-aligned bounds in glTF axes (x east, y up, z south). */
export interface Bounds {
  min: [number, number, number];
  max: [number, number, number];
}

/** The bounds of the layers' vertices, or null for none. */
export function layerBounds(layers: readonly MeshLayer[]): Bounds | null {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const layer of layers)
    for (let i = 0; i < layer.positions.length; i++) {
      const v = layer.positions[i]!;
      min[i % 3] = Math.min(min[i % 3]!, v);
      max[i % 3] = Math.max(max[i % 3]!, v);
    }
  return Number.isFinite(min[0]) ? { min, max } : null;
}

/** The union of bounds. */
export function unionBounds(list: readonly (Bounds | null)[]): Bounds | null {
  let out: Bounds | null = null;
  for (const b of list) {
    if (!b) continue;
    if (!out) out = { min: [...b.min], max: [...b.max] };
    else
      for (let k = 0; k < 3; k++) {
        out.min[k] = Math.min(out.min[k]!, b.min[k]!);
        out.max[k] = Math.max(out.max[k]!, b.max[k]!);
      }
  }
  return out;
}

/**
 * A 3D Tiles box around glTF-axis bounds. Tiles are z-up and glTF content is turned from y-up when it is
 * drawn, so glTF (x, y, z) is tile (x, -z, y).
 */
export function boxOf(b: Bounds): number[] {
  const centre = [(b.min[0] + b.max[0]) / 2, -(b.min[2] + b.max[2]) / 2, (b.min[1] + b.max[1]) / 2];
  // Half a metre of margin: quantization moves vertices by millimetres, a box must still hold them.
  const half = [
    (b.max[0] - b.min[0]) / 2 + 0.5,
    (b.max[2] - b.min[2]) / 2 + 0.5,
    (b.max[1] - b.min[1]) / 2 + 0.5,
  ];
  return [...centre, half[0]!, 0, 0, 0, half[1]!, 0, 0, 0, half[2]!];
}

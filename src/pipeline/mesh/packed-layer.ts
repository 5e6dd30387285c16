import type { MeshLayer, SurfaceKind } from './mesh.ts';

/**
 * A finished layer in typed arrays of exactly its size (4 bytes a value, not a growing array's 8 and its
 * slack): what a large import keeps of each chunk of buildings, and what the glTF writer adopts without a copy.
 */
export interface PackedLayer {
  readonly surface: SurfaceKind;
  readonly withFeatures: boolean;
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly colors: Float32Array;
  readonly featureIds: Uint16Array | Float32Array;
  readonly indices: Uint16Array | Uint32Array;
}

/** Packs a layer into typed arrays; the layer itself can be let go of. */
export function packLayer(layer: MeshLayer): PackedLayer {
  const vertices = layer.positions.length / 3;
  let maxId = 0;
  for (const id of layer.featureIds) maxId = Math.max(maxId, id);
  return {
    surface: layer.surface,
    withFeatures: layer.withFeatures,
    positions: new Float32Array(layer.positions),
    normals: new Float32Array(layer.normals),
    colors: new Float32Array(layer.colors),
    featureIds: maxId < 65535 ? new Uint16Array(layer.featureIds) : new Float32Array(layer.featureIds),
    indices: vertices > 65535 ? new Uint32Array(layer.indices) : new Uint16Array(layer.indices),
  };
}

/** Moves a packed layer's positions by (dx, dy, dz) in place. */
export function moveLayer(layer: PackedLayer, dx: number, dy: number, dz: number): void {
  const p = layer.positions;
  for (let i = 0; i < p.length; i += 3) {
    p[i] = p[i]! + dx;
    p[i + 1] = p[i + 1]! + dy;
    p[i + 2] = p[i + 2]! + dz;
  }
}

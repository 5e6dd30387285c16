import type { Mesh } from 'three';
import { MeshBVH, type BVHOptions } from 'three-mesh-bvh';
import { LOCOMOTION_DEFAULTS, type LocomotionOptions } from '../core/walk/locomotion.ts';
import { createBvhCollider, type BvhPair } from './bvh-collider.ts';
import { mergeWorldTriangles } from './walk-geometry.ts';
import type { WalkCollider } from '../city/collider.ts';

export type { WalkCollider, WalkHit } from '../city/collider.ts';

/**
 * Build the collider from the city's walkable and solid meshes (world space at the time of the call).
 * `bvh` passes options to three-mesh-bvh (the bench builds a one-leaf tree, i.e. a brute-force scan).
 */
export function createWalkCollider(
  walkable: readonly Mesh[],
  solid: readonly Mesh[],
  options: LocomotionOptions = LOCOMOTION_DEFAULTS,
  bvh: BVHOptions = {},
): WalkCollider {
  const build = (meshes: readonly Mesh[]) => {
    if (meshes.length === 0) return null;
    const geometry = mergeWorldTriangles(meshes);
    if (geometry.getAttribute('position').count < 3) {
      geometry.dispose();
      return null;
    }
    return new MeshBVH(geometry, bvh);
  };
  const piece: BvhPair = { ground: build(walkable), walls: build(solid) };
  const pieces = [piece];
  const triangles = {
    solid: piece.walls ? piece.walls.geometry.getAttribute('position').count / 3 : 0,
    walkable: piece.ground ? piece.ground.geometry.getAttribute('position').count / 3 : 0,
  };
  return createBvhCollider(
    () => pieces,
    options,
    () => triangles,
    () => {
      piece.ground?.geometry.dispose();
      piece.walls?.geometry.dispose();
    },
  );
}

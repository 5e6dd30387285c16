import type { Ray, Vector3, Mesh } from 'three';
import { MeshBVH, type BVHOptions } from 'three-mesh-bvh';
import { LOCOMOTION_DEFAULTS, type LocomotionOptions } from '../core/walk/locomotion.ts';
import { createBvhCollider, type BvhPair } from './bvh-collider.ts';
import { mergeWorldTriangles } from './walk-geometry.ts';

/** A ray's first hit on the city: where, how level, and whether it may be stood on. */
export interface WalkHit {
  point: Vector3;
  distance: number;
  /** |normal.y| of the face hit: 1 is level. */
  levelness: number;
  /** A walkable surface (street, square, ground, green) within the slope limit. */
  walkable: boolean;
}

/** The city as something to walk on and bump into, over two BVHs (ground and obstacles). */
export interface WalkCollider {
  readonly options: LocomotionOptions;
  /** First hit along a ray within `far`, or null. */
  raycast(ray: Ray, far: number): WalkHit | null;
  /** Height of the highest level surface below (x, top, z) within `depth`, or null. */
  groundBelow(x: number, top: number, z: number, depth: number): number | null;
  /** Push the feet sideways out of every obstacle the body capsule overlaps; returns whether it moved. */
  pushOut(feet: Vector3): boolean;
  /** Whether the body capsule at these feet overlaps nothing solid. */
  fits(feet: Vector3): boolean;
  /** Triangles in the obstacle and ground BVHs. */
  readonly triangles: { solid: number; walkable: number };
  dispose(): void;
}

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

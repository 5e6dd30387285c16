import type { Ray, Vector3 } from 'three';
import type { LocomotionOptions } from '../core/walk/locomotion.ts';

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

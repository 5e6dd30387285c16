import { Plane, Vector3, type Ray } from 'three';

const plane = new Plane();
const hit = new Vector3();
const UP = new Vector3(0, 1, 0);

/** Where a pointer ray meets the horizontal plane at height y, or null when it points away from it. */
export function rayOnGround(ray: Ray, y: number): { x: number; z: number } | null {
  plane.set(UP, -y);
  const point = ray.intersectPlane(plane, hit);
  // Near the horizon a small move of the hand throws the block far: beyond 2 km is no place to put it.
  if (!point || point.distanceTo(ray.origin) > 2000) return null;
  return { x: point.x, z: point.z };
}

import { BufferAttribute, BufferGeometry, DoubleSide, Ray } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import type { FacadeSamples } from '../../../core/planning/facade-samples.ts';

/** A wall with another surface nearer than this (metres) in front of it is no façade: a gap between houses. */
export const FACADE_COVER = 0.3;

const ray = new Ray();

/**
 * The patches whose wall is open to the street: a patch with another surface less than `FACADE_COVER` in
 * front of its centre (the neighbour's wall across the few centimetres between terraced houses, a wall
 * inside another building) is left out. Nobody sees it, and no study at 1 m can tell its sun.
 */
export function openPatches(samples: FacadeSamples, triangles: Float32Array): FacadeSamples {
  if (samples.count === 0 || triangles.length === 0) return samples;
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(triangles, 3));
  const bvh = new MeshBVH(geometry);
  const keep: number[] = [];
  const { positions: p, normals: n } = samples;
  for (let i = 0; i < samples.count; i++) {
    const k = i * 3;
    // From just off the wall, so the patch's own wall is not the hit.
    ray.origin.set(p[k]! + n[k]! * 0.01, p[k + 1]! + n[k + 1]! * 0.01, p[k + 2]! + n[k + 2]! * 0.01);
    ray.direction.set(n[k]!, n[k + 1]!, n[k + 2]!);
    if (bvh.raycastFirst(ray, DoubleSide, 0, FACADE_COVER) === null) keep.push(i);
  }
  geometry.dispose();
  if (keep.length === samples.count) return samples;
  const pick = (values: Float32Array): Float32Array => {
    const out = new Float32Array(keep.length * 3);
    keep.forEach((i, j) => out.set(values.subarray(i * 3, i * 3 + 3), j * 3));
    return out;
  };
  return {
    ...samples,
    count: keep.length,
    positions: pick(samples.positions),
    normals: pick(samples.normals),
  };
}

import { Box3, DoubleSide, Line3, Ray, Vector3 } from 'three';
import type { ExtendedTriangle, MeshBVH } from 'three-mesh-bvh';
import { isLevelEnough, type LocomotionOptions } from '../core/walk/locomotion.ts';
import type { WalkCollider, WalkHit } from '../city/collider.ts';

/** One piece of the city to walk on: a tree of its ground and one of its obstacles (either may be missing). */
export interface BvhPair {
  ground: MeshBVH | null;
  walls: MeshBVH | null;
}

const down = new Vector3(0, -1, 0);
const scratchRay = new Ray();
const segment = new Line3();
const capsuleBox = new Box3();
const triPoint = new Vector3();
const capPoint = new Vector3();
const push = new Vector3();
const normal = new Vector3();

const firstHit = (bvh: MeshBVH | null, ray: Ray, far: number) => {
  const hit = bvh?.raycastFirst(ray, DoubleSide, 0, far);
  return hit && hit.distance <= far ? hit : null;
};

/**
 * A walk collider over pieces that may change between calls (one piece for a GLB city, one per loaded tile of
 * a 3D Tiles city): every query asks `pieces()` afresh and answers over all of them.
 */
export function createBvhCollider(
  pieces: () => Iterable<BvhPair>,
  options: LocomotionOptions,
  counts: () => { solid: number; walkable: number },
  dispose: () => void,
): WalkCollider {
  const r = options.radius;

  const setCapsule = (feet: Vector3): void => {
    // The capsule floats one step above the feet: kerbs and stairs are climbed by the ground test, not pushed.
    segment.start.set(feet.x, feet.y + options.stepHeight + r, feet.z);
    segment.end.set(feet.x, feet.y + Math.max(options.bodyHeight - r, options.stepHeight + r + 0.01), feet.z);
    capsuleBox.makeEmpty().expandByPoint(segment.start).expandByPoint(segment.end).expandByScalar(r);
  };

  const overlaps = (visit: (tri: ExtendedTriangle, distance: number) => void): void => {
    for (const { walls } of pieces())
      walls?.shapecast({
        intersectsBounds: (box) => box.intersectsBox(capsuleBox),
        intersectsTriangle: (tri) => {
          const distance = tri.closestPointToSegment(segment, triPoint, capPoint);
          if (distance < r) visit(tri, distance);
          return false;
        },
      });
  };

  return {
    options,
    get triangles() {
      return counts();
    },
    raycast(ray, far) {
      let best: WalkHit | null = null;
      for (const { ground, walls } of pieces()) {
        const g = firstHit(ground, ray, far);
        const s = firstHit(walls, ray, far);
        const hit = g && (!s || g.distance <= s.distance + 1e-4) ? g : s;
        if (!hit || !hit.face || (best && best.distance <= hit.distance)) continue;
        const levelness = Math.abs(hit.face.normal.y);
        best = {
          point: hit.point.clone(),
          distance: hit.distance,
          levelness,
          walkable: hit === g && isLevelEnough(levelness, options.maxSlopeDeg),
        };
      }
      return best;
    },
    groundBelow(x, top, z, depth) {
      scratchRay.origin.set(x, top, z);
      scratchRay.direction.copy(down);
      let best: number | null = null;
      for (const { ground, walls } of pieces())
        for (const bvh of [ground, walls]) {
          const hit = firstHit(bvh, scratchRay, depth);
          if (!hit?.face || !isLevelEnough(hit.face.normal.y, options.maxSlopeDeg)) continue;
          if (best === null || hit.point.y > best) best = hit.point.y;
        }
      return best;
    },
    pushOut(feet) {
      let moved = false;
      for (let pass = 0; pass < 4; pass++) {
        setCapsule(feet);
        let any = false;
        overlaps((tri, distance) => {
          push.subVectors(capPoint, triPoint).setY(0);
          if (push.lengthSq() < 1e-10) {
            // The axis touches the triangle: leave along its horizontal normal.
            tri.getNormal(normal);
            push.set(normal.x, 0, normal.z);
            if (push.lengthSq() < 1e-10) return;
          }
          push.normalize().multiplyScalar(r - distance + 1e-4);
          feet.add(push);
          // Keep the capsule in step with the feet so the next triangle sees the corrected position.
          segment.start.add(push);
          segment.end.add(push);
          capsuleBox.translate(push);
          any = true;
        });
        if (!any) break;
        moved = true;
      }
      return moved;
    },
    fits(feet) {
      setCapsule(feet);
      let clear = true;
      overlaps(() => (clear = false));
      return clear;
    },
    dispose,
  };
}

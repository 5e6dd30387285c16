import { Box3, DoubleSide, Line3, Ray, Vector3, type Mesh } from 'three';
import { MeshBVH, type BVHOptions, type ExtendedTriangle } from 'three-mesh-bvh';
import { isLevelEnough, LOCOMOTION_DEFAULTS, type LocomotionOptions } from '../core/walk/locomotion.ts';
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

const down = new Vector3(0, -1, 0);
const scratchRay = new Ray();
const segment = new Line3();
const capsuleBox = new Box3();
const triPoint = new Vector3();
const capPoint = new Vector3();
const push = new Vector3();
const normal = new Vector3();

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
  const ground = build(walkable);
  const walls = build(solid);
  const r = options.radius;

  const firstHit = (bvh: MeshBVH | null, ray: Ray, far: number) => {
    const hit = bvh?.raycastFirst(ray, DoubleSide, 0, far);
    return hit && hit.distance <= far ? hit : null;
  };

  const setCapsule = (feet: Vector3): void => {
    // The capsule floats one step above the feet: kerbs and stairs are climbed by the ground test, not pushed.
    segment.start.set(feet.x, feet.y + options.stepHeight + r, feet.z);
    segment.end.set(feet.x, feet.y + Math.max(options.bodyHeight - r, options.stepHeight + r + 0.01), feet.z);
    capsuleBox.makeEmpty().expandByPoint(segment.start).expandByPoint(segment.end).expandByScalar(r);
  };

  const overlaps = (visit: (tri: ExtendedTriangle, distance: number) => void): void => {
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
    triangles: {
      solid: walls ? walls.geometry.getAttribute('position').count / 3 : 0,
      walkable: ground ? ground.geometry.getAttribute('position').count / 3 : 0,
    },
    raycast(ray, far) {
      const g = firstHit(ground, ray, far);
      const s = firstHit(walls, ray, far);
      const hit = g && (!s || g.distance <= s.distance + 1e-4) ? g : s;
      if (!hit || !hit.face) return null;
      const levelness = Math.abs(hit.face.normal.y);
      return {
        point: hit.point.clone(),
        distance: hit.distance,
        levelness,
        walkable: hit === g && isLevelEnough(levelness, options.maxSlopeDeg),
      };
    },
    groundBelow(x, top, z, depth) {
      scratchRay.origin.set(x, top, z);
      scratchRay.direction.copy(down);
      let best: number | null = null;
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
    dispose() {
      ground?.geometry.dispose();
      walls?.geometry.dispose();
    },
  };
}

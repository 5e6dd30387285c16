import { Vector3 } from 'three';
import type { WalkCollider } from './walk-collider.ts';

/** Where the body stands and whether it stands on something (false after a jump into the air). */
export interface Body {
  feet: Vector3;
  grounded: boolean;
}

/** Longest sub-step: well under the capsule radius so no wall can be skipped in one frame. */
const MAX_SUBSTEP = 0.1;
const candidate = new Vector3();

/**
 * Move the body by (dx, dz) on the ground: sub-stepped, pushed out of walls, following the ground up or
 * down by at most a step; an edge higher than that stops it. Returns the distance actually covered.
 */
export function moveBody(collider: WalkCollider, body: Body, dx: number, dz: number): number {
  const length = Math.hypot(dx, dz);
  if (!(length > 1e-6)) return 0;
  const steps = Math.ceil(length / MAX_SUBSTEP);
  const sx = dx / steps;
  const sz = dz / steps;
  const step = collider.options.stepHeight;
  const startX = body.feet.x;
  const startZ = body.feet.z;
  for (let i = 0; i < steps; i++) {
    candidate.copy(body.feet);
    candidate.x += sx;
    candidate.z += sz;
    collider.pushOut(candidate);
    const ground = collider.groundBelow(candidate.x, candidate.y + step, candidate.z, 2 * step + 0.01);
    if (ground === null) {
      // A ledge or a hole: stop at the edge. Afloat (a viewpoint in the air) the body glides level instead.
      if (body.grounded) break;
    } else {
      candidate.y = ground;
      body.grounded = true;
    }
    // Pushing out may have let the capsule climb into a new wall on the new ground height; check once more.
    if (!collider.fits(candidate)) break;
    body.feet.copy(candidate);
  }
  return Math.hypot(body.feet.x - startX, body.feet.z - startZ);
}

/** Settle the feet onto the ground below within `depth` (after a jump or a viewpoint); afloat when none. */
export function settleBody(collider: WalkCollider, body: Body, depth = 3): void {
  const step = collider.options.stepHeight;
  const ground = collider.groundBelow(body.feet.x, body.feet.y + step, body.feet.z, depth + step);
  body.grounded = ground !== null;
  if (ground !== null) body.feet.y = ground;
  collider.pushOut(body.feet);
}

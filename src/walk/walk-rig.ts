import { Vector3 } from 'three';
import { clampPitch, yawOfHeading } from '../core/walk/locomotion.ts';
import type { WalkCollider } from './walk-collider.ts';
import { settleBody, type Body } from './walk-mover.ts';

/** What the teleport pointer shows: nothing, a valid landing point, or a refused one. */
export type TeleportAim = { state: 'idle' } | { state: 'valid' | 'invalid'; point: Vector3 | null };

/** Everything about the visitor's body and view that the frame loops share; plain mutable data. */
export interface WalkRig {
  body: Body;
  /** View yaw (desktop) or last head yaw (VR), radians; 0 looks north. */
  yaw: number;
  pitch: number;
  /** Desktop eye height above the feet. */
  eyeHeight: number;
  /** Click-to-walk target, or null. */
  autoWalk: Vector3 | null;
  /** Seconds spent walking by stick, keys or click since load (tests compare distance against it). */
  walkSeconds: number;
  /** Metres covered by walking (not by teleports or viewpoints) since load. */
  walkedMetres: number;
  teleport: TeleportAim;
  /** Teleports completed; refused ones do not count. */
  teleports: number;
  /** Snap turns done. */
  snapTurns: number;
  /** Comfort vignette strength 0..1 this frame. */
  vignette: number;
  /** The viewpoint last jumped to (the VR menu buttons step on from it). */
  viewpoint: string | null;
  /** Set while presenting in VR; the last head position in world space. */
  xr: { head: Vector3; originYaw: number } | null;
  /**
   * A viewpoint was jumped to before the ground under it had come (a streamed city's tile still loading):
   * the feet drop onto it as soon as it is there.
   */
  settling: boolean;
}

/** A rig standing at the origin, looking north, on the ground if any. */
export function createWalkRig(eyeHeight: number): WalkRig {
  return {
    body: { feet: new Vector3(), grounded: false },
    yaw: 0,
    pitch: 0,
    eyeHeight,
    autoWalk: null,
    walkSeconds: 0,
    walkedMetres: 0,
    teleport: { state: 'idle' },
    teleports: 0,
    snapTurns: 0,
    vignette: 0,
    viewpoint: null,
    xr: null,
    settling: false,
  };
}

/** Stand where an eye at `eye` would be: feet an eye height below, dropped onto the ground within reach. */
export function placeEye(
  rig: WalkRig,
  collider: WalkCollider,
  eye: readonly [number, number, number],
  headingDeg: number,
  pitch = 0,
  settle = true,
): void {
  rig.body.feet.set(eye[0], eye[1] - rig.eyeHeight, eye[2]);
  rig.yaw = yawOfHeading(headingDeg);
  rig.pitch = clampPitch(pitch);
  rig.autoWalk = null;
  if (settle) settleBody(collider, rig.body);
  else rig.body.grounded = false;
  rig.settling = settle && !rig.body.grounded;
}

/**
 * Each frame while a viewpoint waits for its ground: settle the feet once the ground is there (walking
 * grounds the body too). True when the feet dropped onto it this frame.
 */
export function settleWhenGround(rig: WalkRig, collider: WalkCollider): boolean {
  if (!rig.settling) return false;
  rig.settling = !rig.body.grounded;
  if (!rig.settling) return false;
  settleBody(collider, rig.body);
  rig.settling = !rig.body.grounded;
  return rig.body.grounded;
}

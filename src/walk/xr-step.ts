import { Matrix4, Quaternion, Ray, Vector3, type Object3D } from 'three';
import {
  applyDeadzone,
  snapTurnAboutHead,
  snapTurnInput,
  vignetteFor,
  walkStep,
  yawOf,
  type SnapLatch,
} from '../core/walk/locomotion.ts';
import { ARC_DEFAULTS, sampleArc } from '../core/walk/arc.ts';
import type { WalkCollider } from './walk-collider.ts';
import { moveBody } from './walk-mover.ts';
import { createXRPads, type XRPads } from './xr-pads.ts';
import { settleWhenGround, type WalkRig } from './walk-rig.ts';

/** Per-session bookkeeping of the VR controls. */
export interface XRWalkState {
  /** Place the play space under the rig's body on the next frame (entering VR, after a viewpoint jump). */
  align: boolean;
  snap: SnapLatch;
  /** The controllers' gamepads, with last frame's buttons for press edges. */
  pads: XRPads;
  /** The hand aiming a teleport, or null. */
  aiming: XRHandedness | null;
  /** The arc's points in world space, and how many are in use. */
  arc: Float32Array;
  arcPoints: number;
}

/** Fresh VR bookkeeping, aligned on the first frame. */
export function createXRWalkState(): XRWalkState {
  return {
    align: true,
    snap: { armed: true },
    pads: createXRPads(),
    aiming: null,
    arc: new Float32Array(ARC_DEFAULTS.maxPoints * 3),
    arcPoints: 0,
  };
}

/** What the VR controls need beyond the rig. */
export interface XRStepContext {
  collider: WalkCollider;
  origin: Object3D;
  frame: XRFrame;
  space: XRReferenceSpace;
  walkSpeed: number;
  snapTurnDeg: number;
  dt: number;
  /** A menu button: +1 next viewpoint, -1 previous. */
  onViewpointButton(direction: 1 | -1): void;
  /** False while a feature holds the trigger (drawing a route): no aiming, no jump. */
  teleport?: boolean;
}

const headLocal = new Vector3();
const headQuat = new Quaternion();
const look = new Vector3();
const head = new Vector3();
const aimPos = new Vector3();
const aimDir = new Vector3();
const aimQuat = new Quaternion();
const originQuat = new Quaternion();
const segmentRay = new Ray();
const a = new Vector3();
const b = new Vector3();
const feetAt = new Vector3();
const m = new Matrix4();
const Y = new Vector3(0, 1, 0);

/** One VR frame: walk, snap-turn, aim and jump, menu buttons; moves the play-space origin, never the head. */
export function stepXR(rig: WalkRig, state: XRWalkState, ctx: XRStepContext): void {
  const pose = ctx.frame.getViewerPose(ctx.space);
  if (!pose) return;
  const { origin } = ctx;
  const p = pose.transform.position;
  const o = pose.transform.orientation;
  headLocal.set(p.x, p.y, p.z);
  headQuat.set(o.x, o.y, o.z, o.w);
  look.set(0, 0, -1).applyQuaternion(headQuat);
  const headLocalYaw = yawOf(look.x, look.z);

  if (state.align) {
    // Keep the visitor's place and heading: the head lands over the body's feet, looking along rig.yaw.
    state.align = false;
    origin.rotation.set(0, rig.yaw - headLocalYaw, 0);
    a.set(headLocal.x, 0, headLocal.z).applyAxisAngle(Y, origin.rotation.y);
    origin.position.set(rig.body.feet.x - a.x, rig.body.feet.y, rig.body.feet.z - a.z);
  }
  const originYaw = origin.rotation.y;
  const headWorld = (): Vector3 => {
    origin.updateMatrixWorld();
    return head.copy(headLocal).applyMatrix4(origin.matrixWorld);
  };
  headWorld();
  rig.body.feet.set(head.x, origin.position.y, head.z);
  // A viewpoint's ground that came after the jump: the play space drops onto it.
  if (settleWhenGround(rig, ctx.collider)) origin.position.y = rig.body.feet.y;

  const pads = state.pads;
  pads.update(ctx.frame.session);

  // Smooth walking on the left stick, along the head's yaw only (looking down does not slow it).
  const sx = applyDeadzone(pads.stickX('left'), 0.15);
  const sy = applyDeadzone(pads.stickY('left'), 0.15);
  let speed = 0;
  if (sx !== 0 || sy !== 0) {
    const step = walkStep(sx, sy, originYaw + headLocalYaw, ctx.walkSpeed, ctx.dt);
    const moved = moveBody(ctx.collider, rig.body, step.x, step.z);
    origin.position.x += rig.body.feet.x - head.x;
    origin.position.z += rig.body.feet.z - head.z;
    origin.position.y = rig.body.feet.y;
    rig.walkSeconds += ctx.dt;
    rig.walkedMetres += moved;
    speed = ctx.dt > 0 ? moved / ctx.dt : 0;
    headWorld();
  }
  rig.vignette = vignetteFor(speed, ctx.walkSpeed);

  // Snap turn on the right stick, about the head.
  const turn = snapTurnInput(state.snap, pads.stickX('right'));
  if (turn !== 0) {
    const angle = (-turn * ctx.snapTurnDeg * Math.PI) / 180;
    const turned = snapTurnAboutHead(
      { x: origin.position.x, z: origin.position.z },
      originYaw,
      { x: head.x, z: head.z },
      angle,
    );
    origin.position.x = turned.origin.x;
    origin.position.z = turned.origin.z;
    origin.rotation.y = turned.yaw;
    rig.snapTurns++;
    headWorld();
  }

  // Teleport: hold a trigger to aim the arc, release to jump where it is valid.
  const teleport = ctx.teleport !== false;
  const triggerHand = !teleport
    ? null
    : pads.pressed('right', 0)
      ? 'right'
      : pads.pressed('left', 0)
        ? 'left'
        : null;
  if (triggerHand) {
    state.aiming = triggerHand;
    aimTeleport(rig, state, ctx, triggerHand);
  } else if (state.aiming) {
    state.aiming = null;
    if (teleport && rig.teleport.state === 'valid' && rig.teleport.point) {
      const target = rig.teleport.point;
      origin.position.x += target.x - head.x;
      origin.position.z += target.z - head.z;
      origin.position.y = target.y;
      rig.body.feet.copy(target);
      rig.body.grounded = true;
      rig.teleports++;
      headWorld();
    }
    rig.teleport = { state: 'idle' };
    state.arcPoints = 0;
  }

  // Menu: A or X jumps to the next viewpoint, B or Y to the previous one.
  for (const hand of ['left', 'right'] as const) {
    const next = pads.edge(hand, 4);
    const previous = pads.edge(hand, 5);
    if (next || previous) {
      // The jump placed the body; the next frame moves the play space there (state.align).
      ctx.onViewpointButton(next ? 1 : -1);
      return;
    }
  }

  rig.yaw = origin.rotation.y + headLocalYaw;
  rig.pitch = 0;
  rig.body.feet.set(head.x, origin.position.y, head.z);
  if (rig.xr) {
    rig.xr.head.copy(head);
    rig.xr.originYaw = origin.rotation.y;
  } else rig.xr = { head: head.clone(), originYaw: origin.rotation.y };
}

function aimTeleport(rig: WalkRig, state: XRWalkState, ctx: XRStepContext, hand: XRHandedness): void {
  let source: XRInputSource | null = null;
  for (const s of ctx.frame.session.inputSources) if (s.handedness === hand && s.gamepad) source = s;
  const pose = source && ctx.frame.getPose(source.targetRaySpace, ctx.space);
  if (!pose) return;
  const t = pose.transform;
  m.compose(
    aimPos.set(t.position.x, t.position.y, t.position.z),
    aimQuat.set(t.orientation.x, t.orientation.y, t.orientation.z, t.orientation.w),
    a.set(1, 1, 1),
  );
  m.premultiply(ctx.origin.matrixWorld);
  m.decompose(aimPos, originQuat, a);
  aimDir.set(0, 0, -1).applyQuaternion(originQuat);
  const n = sampleArc(state.arc, [aimPos.x, aimPos.y, aimPos.z], [aimDir.x, aimDir.y, aimDir.z], {
    ...ARC_DEFAULTS,
    floorY: rig.body.feet.y - 50,
  });
  state.arcPoints = n;
  for (let i = 0; i + 1 < n; i++) {
    a.fromArray(state.arc, i * 3);
    b.fromArray(state.arc, (i + 1) * 3);
    const length = a.distanceTo(b);
    segmentRay.set(a, b.sub(a).divideScalar(length || 1));
    const hit = ctx.collider.raycast(segmentRay, length);
    if (!hit) continue;
    // End the drawn arc at the hit.
    hit.point.toArray(state.arc, (i + 1) * 3);
    state.arcPoints = i + 2;
    const fits = hit.walkable && ctx.collider.fits(feetAt.copy(hit.point));
    rig.teleport = { state: fits ? 'valid' : 'invalid', point: hit.point };
    return;
  }
  rig.teleport = { state: 'invalid', point: null };
}

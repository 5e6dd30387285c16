import { Raycaster, Vector2, Vector3, type Camera } from 'three';
import { applyDeadzone, clampPitch, walkStep } from '../core/walk/locomotion.ts';
import { LOOK_RADIANS_PER_PX, RUN_FACTOR, stickFromKeys } from '../core/walk/keys.ts';
import type { WalkCollider } from './walk-collider.ts';
import type { WalkInput } from './walk-input.ts';
import { moveBody } from './walk-mover.ts';
import { settleWhenGround, type WalkRig } from './walk-rig.ts';

const raycaster = new Raycaster();
const ndc = new Vector2();

/** Stop a click-to-walk this close to its target, metres. */
const ARRIVED = 0.2;

/** One desktop frame: look, walk by keys or joystick, walk towards a clicked point, and place the camera. */
export function stepDesktop(
  rig: WalkRig,
  collider: WalkCollider,
  input: WalkInput,
  camera: Camera,
  size: { width: number; height: number },
  walkSpeed: number,
  dt: number,
): void {
  rig.yaw -= input.lookX * LOOK_RADIANS_PER_PX;
  rig.pitch = clampPitch(rig.pitch - input.lookY * LOOK_RADIANS_PER_PX);
  input.lookX = 0;
  input.lookY = 0;

  for (const click of input.clicks.splice(0)) {
    ndc.set((click.x / size.width) * 2 - 1, 1 - (click.y / size.height) * 2);
    raycaster.setFromCamera(ndc, camera);
    const hit = collider.raycast(raycaster.ray, 2000);
    // Only ground: a click on a building belongs to the building's info panel.
    if (hit?.walkable) rig.autoWalk = hit.point;
  }

  const keys = stickFromKeys(input.held);
  const x = keys.x || applyDeadzone(input.touchStick.x, 0.1);
  const y = keys.y || applyDeadzone(input.touchStick.y, 0.1);
  const speed = walkSpeed * (input.run ? RUN_FACTOR : 1);
  let moved = 0;
  if (x !== 0 || y !== 0) {
    rig.autoWalk = null;
    const step = walkStep(x, y, rig.yaw, speed, dt);
    moved = moveBody(collider, rig.body, step.x, step.z);
    rig.walkSeconds += dt;
  } else if (rig.autoWalk) {
    const dx = rig.autoWalk.x - rig.body.feet.x;
    const dz = rig.autoWalk.z - rig.body.feet.z;
    const left = Math.hypot(dx, dz);
    const want = Math.min(left, speed * dt);
    moved = left > ARRIVED ? moveBody(collider, rig.body, (dx / left) * want, (dz / left) * want) : 0;
    rig.walkSeconds += dt;
    // Arrived, or stuck against something: stop rather than push forever.
    if (left <= ARRIVED || moved < want * 0.2) rig.autoWalk = null;
  }
  rig.walkedMetres += moved;
  settleWhenGround(rig, collider);
  placeCamera(rig, camera);
}

/** Put the desktop camera at the rig's eye with its yaw and pitch. */
export function placeCamera(rig: WalkRig, camera: Camera): void {
  camera.position.copy(rig.body.feet).add(eyeOffset.set(0, rig.eyeHeight, 0));
  camera.rotation.set(rig.pitch, rig.yaw, 0, 'YXZ');
  camera.updateMatrixWorld();
}

const eyeOffset = new Vector3();

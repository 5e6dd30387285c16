// Walking math shared by the desktop, touch and VR controls: plain numbers, no engine types.
// Frame: x east, y up, z south; a yaw of 0 looks north (-Z), positive yaw turns left (counter-clockwise from above).

/** A point or direction on the ground plane. */
export interface PlanePoint {
  x: number;
  z: number;
}

/** Tunables of walking, shared by every input. */
export interface LocomotionOptions {
  /** Stick travel ignored around the centre. */
  deadzone: number;
  /** Steepest walkable or landable slope, degrees from level. */
  maxSlopeDeg: number;
  /** Highest ledge walked up or down without a teleport, metres. */
  stepHeight: number;
  /** Capsule radius against walls, metres. */
  radius: number;
  /** Eye height above the feet when the headset cannot say (desktop, touch). */
  eyeHeight: number;
  /** Capsule height from the feet, metres. */
  bodyHeight: number;
}

/** Walking defaults: comfortable for a first-time headset visitor. */
export const LOCOMOTION_DEFAULTS: LocomotionOptions = {
  deadzone: 0.15,
  maxSlopeDeg: 35,
  stepHeight: 0.3,
  radius: 0.25,
  eyeHeight: 1.6,
  bodyHeight: 1.75,
};

/** Rescale a stick axis so the dead zone reads 0 and full travel still reads ±1. */
export function applyDeadzone(value: number, deadzone: number): number {
  const a = Math.abs(value);
  if (!Number.isFinite(value) || a <= deadzone) return 0;
  return Math.sign(value) * Math.min(1, (a - deadzone) / (1 - deadzone));
}

/** The ground-plane direction a yaw looks along (unit length). */
export function forwardOf(yaw: number): PlanePoint {
  return { x: -Math.sin(yaw), z: -Math.cos(yaw) };
}

/** The yaw that looks along a ground-plane direction; 0 for a zero direction. */
export function yawOf(x: number, z: number): number {
  return x === 0 && z === 0 ? 0 : Math.atan2(-x, -z);
}

/**
 * The ground-plane displacement for one frame of stick input: stick up (y = -1, as gamepads report it)
 * walks along `yaw`, stick right strafes right; diagonals are no faster than straight ahead.
 */
export function walkStep(stickX: number, stickY: number, yaw: number, speed: number, dt: number): PlanePoint {
  let forward = -stickY;
  let right = stickX;
  const length = Math.hypot(forward, right);
  if (length > 1) {
    forward /= length;
    right /= length;
  }
  const f = forwardOf(yaw);
  // Right of a direction (x, z) on this plane is (-z, x).
  const s = speed * dt;
  return { x: (f.x * forward - f.z * right) * s, z: (f.z * forward + f.x * right) * s };
}

/** Rotate a ground-plane point about a pivot by `angle` radians (positive turns left, like yaw). */
export function rotateAbout(point: PlanePoint, pivot: PlanePoint, angle: number): PlanePoint {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const dx = point.x - pivot.x;
  const dz = point.z - pivot.z;
  return { x: pivot.x + dx * c + dz * s, z: pivot.z - dx * s + dz * c };
}

/**
 * Snap-turn the play-space origin about the head: the head keeps its place on the ground and only its
 * heading changes, as a turn in place would. Returns the origin's new position and yaw.
 */
export function snapTurnAboutHead(
  origin: PlanePoint,
  originYaw: number,
  head: PlanePoint,
  angle: number,
): { origin: PlanePoint; yaw: number } {
  return { origin: rotateAbout(origin, head, angle), yaw: originYaw + angle };
}

/** Edge detector for snap turns: one turn per push of the stick past `press`, re-armed below `release`. */
export interface SnapLatch {
  armed: boolean;
}

/** Feed the right stick's x; returns -1 (turn left), 1 (turn right) or 0. Mutates the latch. */
export function snapTurnInput(latch: SnapLatch, stickX: number, press = 0.6, release = 0.3): -1 | 0 | 1 {
  const a = Math.abs(stickX);
  if (!latch.armed) {
    if (a < release) latch.armed = true;
    return 0;
  }
  if (a < press) return 0;
  latch.armed = false;
  return stickX > 0 ? 1 : -1;
}

/** Whether a surface with this unit normal's y component is level enough to stand on (either winding). */
export function isLevelEnough(normalY: number, maxSlopeDeg: number): boolean {
  return Math.abs(normalY) >= Math.cos((maxSlopeDeg * Math.PI) / 180) - 1e-9;
}

/** Clamp a pitch so the view never flips over the top. */
export function clampPitch(pitch: number, limitDeg = 85): number {
  const limit = (limitDeg * Math.PI) / 180;
  return Math.max(-limit, Math.min(limit, pitch));
}

/** Wrap an angle into (-π, π]. */
export function wrapAngle(angle: number): number {
  const a = (((angle + Math.PI) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  return a === 0 ? Math.PI : a - Math.PI;
}

/** Compass heading in degrees [0, 360) for a yaw. */
export function headingOfYaw(yaw: number): number {
  const deg = (-yaw * 180) / Math.PI;
  return ((deg % 360) + 360) % 360;
}

/** Yaw for a compass heading in degrees. */
export function yawOfHeading(headingDeg: number): number {
  return (-headingDeg * Math.PI) / 180;
}

/** How strongly to darken the view's edges for a speed (0 standing, up to `max` at walking pace). */
export function vignetteFor(speed: number, walkSpeed: number, max = 0.6): number {
  if (!(speed > 0.05) || !(walkSpeed > 0)) return 0;
  return Math.min(max, (max * speed) / walkSpeed);
}

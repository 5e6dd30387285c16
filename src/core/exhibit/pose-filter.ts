/** A smoothed head pose: position (metres) and orientation (unit quaternion x, y, z, w), updated in place. */
export interface SmoothPose {
  position: [number, number, number];
  orientation: [number, number, number, number];
  /** Whether the pose has had a target yet (the first one is taken as it is). */
  started: boolean;
}

/** How the spectator's view follows a headset. */
export interface PoseFilterOptions {
  /** Time constant of the smoothing (s): larger is calmer and later. */
  tauSeconds: number;
  /** A jump farther than this (m) is a teleport: the view cuts to it rather than gliding through walls. */
  snapMetres: number;
}

/** A quarter second: the head's small tremor and the 20 Hz steps vanish, a turn still reads at once. */
export const POSE_FILTER_DEFAULTS: PoseFilterOptions = { tauSeconds: 0.25, snapMetres: 4 };

/** A pose not yet started. */
export function createSmoothPose(): SmoothPose {
  return { position: [0, 0, 0], orientation: [0, 0, 0, 1], started: false };
}

/** Merge options over the defaults, checking them. */
export function expandPoseFilterOptions(partial: Partial<PoseFilterOptions> = {}): PoseFilterOptions {
  const o = { ...POSE_FILTER_DEFAULTS, ...partial };
  if (!(o.tauSeconds > 0)) throw new Error(`pose filter: Requires tauSeconds above 0, not ${o.tauSeconds}`);
  if (!(o.snapMetres > 0)) throw new Error(`pose filter: Requires snapMetres above 0, not ${o.snapMetres}`);
  return o;
}

/**
 * Move `pose` towards the target over `dt` seconds: an exponential follow whose step does not depend on the
 * frame rate (1 - e^(-dt/tau)), the orientation along the shorter way round. Allocates nothing.
 */
export function followPose(
  pose: SmoothPose,
  position: readonly number[],
  orientation: readonly number[],
  dt: number,
  options: PoseFilterOptions,
): void {
  const p = pose.position;
  const jump = Math.hypot(position[0]! - p[0], position[1]! - p[1], position[2]! - p[2]);
  const alpha =
    !pose.started || jump > options.snapMetres ? 1 : 1 - Math.exp(-Math.max(0, dt) / options.tauSeconds);
  pose.started = true;
  for (let i = 0; i < 3; i++) p[i] = p[i]! + (position[i]! - p[i]!) * alpha;
  const q = pose.orientation;
  const dot =
    q[0] * orientation[0]! + q[1] * orientation[1]! + q[2] * orientation[2]! + q[3] * orientation[3]!;
  // q and -q are the same turn: follow the nearer one, or the view would spin the long way.
  const sign = dot < 0 ? -1 : 1;
  for (let i = 0; i < 4; i++) q[i] = q[i]! + (sign * orientation[i]! - q[i]!) * alpha;
  const length = Math.hypot(q[0], q[1], q[2], q[3]) || 1;
  for (let i = 0; i < 4; i++) q[i] = q[i]! / length;
}

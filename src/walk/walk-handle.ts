import type { Viewpoint } from '../core/city/city-extras.ts';
import { Vector3 } from 'three';
import type { CityModel } from '../city/city-model.ts';
import { headingOfYaw, yawOf } from '../core/walk/locomotion.ts';
import type { WalkCollider } from './walk-collider.ts';
import { placeEye, type WalkRig } from './walk-rig.ts';

/** The walking state the automation handle and the overlay read. */
export interface WalkState {
  mode: 'desktop' | 'vr';
  feet: [number, number, number];
  grounded: boolean;
  headingDeg: number;
  pitchDeg: number;
  autoWalk: [number, number, number] | null;
  walkSeconds: number;
  walkedMetres: number;
  teleport: { state: 'idle' | 'valid' | 'invalid'; point: [number, number, number] | null };
  teleports: number;
  snapTurns: number;
  vignette: number;
}

/** What the walk controls offer to the rest of the app while they are mounted. */
export interface WalkHandle {
  viewpoints(): Viewpoint[];
  /** Jump to a named viewpoint (desktop or VR); false if there is none by that id. */
  goTo(id: string): boolean;
  /** Put the desktop eye somewhere (afloat, not settled on the ground) looking at a point. */
  lookFrom(eye: [number, number, number], target: [number, number, number]): void;
  state(): WalkState;
}

const tuple = (v: Vector3): [number, number, number] => [v.x, v.y, v.z];

/** The handle over one mounted rig: viewpoints, jumps and a snapshot of the state. */
export function createWalkHandle(
  city: CityModel,
  rig: WalkRig,
  collider: WalkCollider,
  realign: () => void,
): WalkHandle {
  return {
    viewpoints: () => city.extras.viewpoints.map((v) => ({ ...v, name: { ...v.name } })),
    goTo(id) {
      const v = city.extras.viewpoints.find((p) => p.id === id);
      if (!v) return false;
      placeEye(rig, collider, v.position, v.headingDeg);
      rig.viewpoint = v.id;
      realign();
      return true;
    },
    lookFrom(eye, target) {
      const dx = target[0] - eye[0];
      const dz = target[2] - eye[2];
      const pitch = Math.atan2(target[1] - eye[1], Math.hypot(dx, dz));
      placeEye(rig, collider, eye, headingOfYaw(yawOf(dx, dz)), pitch, false);
      realign();
    },
    state() {
      const t = rig.teleport;
      return {
        mode: rig.xr ? 'vr' : 'desktop',
        feet: tuple(rig.body.feet),
        grounded: rig.body.grounded,
        headingDeg: headingOfYaw(rig.yaw),
        pitchDeg: (rig.pitch * 180) / Math.PI,
        autoWalk: rig.autoWalk ? tuple(rig.autoWalk) : null,
        walkSeconds: rig.walkSeconds,
        walkedMetres: rig.walkedMetres,
        teleport:
          t.state === 'idle'
            ? { state: 'idle', point: null }
            : { state: t.state, point: t.point && tuple(t.point) },
        teleports: rig.teleports,
        snapTurns: rig.snapTurns,
        vignette: rig.vignette,
      };
    },
  };
}

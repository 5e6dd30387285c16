import { Vector3 } from 'three';
import type { CityModel } from '../city/city-model.ts';
import { headingOfYaw, yawOf } from '../core/walk/locomotion.ts';
import type { WalkCollider } from './walk-collider.ts';
import type { WalkHandle } from './walk-handle.ts';
import { placeEye, type WalkRig } from './walk-rig.ts';

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

import { useMemo } from 'react';
import { useFrame } from '@react-three/fiber';
import { Matrix4, Raycaster, Vector3, type Group, type Intersection } from 'three';
import type { Planning } from '../planning.ts';
import { rayOnGround } from './drag-on-ground.ts';

const SQUEEZE = 1;
const pose = new Matrix4();
const ray = new Raycaster();
const direction = new Vector3();
const hits: Intersection[] = [];

/**
 * Grab a proposal in VR: point a controller at it and hold the squeeze (grip) button; it follows where the
 * ray meets its ground, and is set on the ground when let go. The trigger stays the teleport's.
 */
export function VrGrab({ planning, group }: { planning: Planning; group: Group }) {
  const grabs = useMemo(
    () => new Map<XRHandedness, { id: string; dx: number; dz: number; baseY: number }>(),
    [],
  );
  useFrame(({ gl, camera }, _delta, frame: XRFrame | undefined) => {
    const session = gl.xr.getSession();
    const space = gl.xr.getReferenceSpace();
    if (!session || !frame || !space) return;
    // Controller poses come in the play space; the walk rig carries that space through the city.
    const origin = camera.parent;
    origin?.updateMatrixWorld();
    for (const source of session.inputSources) {
      const squeezed = source.gamepad?.buttons[SQUEEZE]?.pressed ?? false;
      const grab = grabs.get(source.handedness);
      if (!squeezed) {
        if (grab) {
          grabs.delete(source.handedness);
          planning.ground(grab.id);
        }
        continue;
      }
      const xrPose = frame.getPose(source.targetRaySpace, space);
      if (!xrPose) continue;
      pose.fromArray(xrPose.transform.matrix);
      if (origin) pose.premultiply(origin.matrixWorld);
      ray.ray.origin.setFromMatrixPosition(pose);
      ray.ray.direction.copy(direction.set(0, 0, -1).transformDirection(pose));
      if (grab) {
        const at = rayOnGround(ray.ray, grab.baseY);
        if (at) planning.update(grab.id, { x: at.x - grab.dx, z: at.z - grab.dz });
        continue;
      }
      hits.length = 0;
      ray.intersectObject(group, true, hits);
      const id = hits.find((h) => typeof h.object.userData.proposalId === 'string')?.object.userData
        .proposalId as string | undefined;
      const p = planning.store.getState().proposals.find((q) => q.id === id);
      const at = p && rayOnGround(ray.ray, p.baseY);
      if (!p || !at) continue;
      grabs.set(source.handedness, { id: p.id, dx: at.x - p.x, dz: at.z - p.z, baseY: p.baseY });
      planning.store.setState({ selected: p.id });
    }
  });
  return null;
}

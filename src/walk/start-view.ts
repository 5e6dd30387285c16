import { Box3, Vector3, type Camera, type Object3D } from 'three';
import type { Viewpoint } from '../core/city-extras.ts';

/** Radians of yaw about +Y for a compass heading (0 = north = -Z, 90 = east = +X). */
export function yawForHeading(headingDeg: number): number {
  return (-headingDeg * Math.PI) / 180;
}

/** Compass heading in degrees [0, 360) of a direction in the local frame. */
export function headingOf(direction: Vector3): number {
  const deg = (Math.atan2(direction.x, -direction.z) * 180) / Math.PI;
  return (deg + 360) % 360;
}

/** Put the camera at a viewpoint, looking level along its heading. */
export function placeAtViewpoint(camera: Camera, viewpoint: Viewpoint): void {
  camera.position.set(...viewpoint.position);
  camera.rotation.set(0, yawForHeading(viewpoint.headingDeg), 0, 'YXZ');
  camera.updateMatrixWorld();
}

/** Without viewpoints: look at the whole model from its south-west, above it. */
export function placeOverview(camera: Camera, scene: Object3D): void {
  const box = new Box3().setFromObject(scene);
  const centre = box.getCenter(new Vector3());
  const size = box.getSize(new Vector3()).length() || 10;
  camera.position.set(centre.x - size * 0.35, centre.y + size * 0.35, centre.z + size * 0.35);
  camera.lookAt(centre);
  camera.updateMatrixWorld();
}

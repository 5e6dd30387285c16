import { Euler, Quaternion, Vector3, type Object3D } from 'three';

/** Where a panel sits: on the wrist (in the wrist's tilted frame), or floating in view without a controller. */
export interface WristPlace {
  wrist: Vector3;
  float: Vector3;
}

// Read the watch-face way: tilted towards the eyes.
const wristTilt = new Quaternion().setFromEuler(new Euler(-Math.PI / 3, 0, 0));
const scratch = new Vector3();

/** Place `panel` on `wrist` (a controller's object) at `place.wrist`, or at `place.float` in the camera's view. */
export function placeByWrist(
  panel: Object3D,
  wrist: Object3D | undefined,
  camera: Object3D,
  place: WristPlace,
): boolean {
  if (wrist) {
    wrist.getWorldQuaternion(panel.quaternion).multiply(wristTilt);
    panel.position.copy(place.wrist).applyQuaternion(panel.quaternion).add(wrist.getWorldPosition(scratch));
    return true;
  }
  camera.getWorldQuaternion(panel.quaternion);
  panel.position.copy(place.float).applyQuaternion(panel.quaternion).add(camera.getWorldPosition(scratch));
  return false;
}

import { Box3, Vector3, type Camera, type Object3D } from 'three';

/** Without viewpoints: look at the whole model from its south-west, above it. */
export function placeOverview(camera: Camera, scene: Object3D): void {
  const box = new Box3().setFromObject(scene);
  const centre = box.getCenter(new Vector3());
  const size = box.getSize(new Vector3()).length() || 10;
  camera.position.set(centre.x - size * 0.35, centre.y + size * 0.35, centre.z + size * 0.35);
  camera.lookAt(centre);
  camera.updateMatrixWorld();
}

import { Box3, Group, Vector3, type Mesh, type Object3D, type WebGLRenderer } from 'three';
import { loadGltf } from '../../../city/city-loader.ts';
import { disposeScene } from '../../../city/city-model.ts';

/** A glTF/GLB proposal: its scene stood on the ground around its footprint's centre, and its size. */
export interface ProposalModel {
  readonly object: Object3D;
  readonly width: number;
  readonly depth: number;
  readonly height: number;
  dispose(): void;
}

const box = new Box3();
const centre = new Vector3();
const size = new Vector3();

/** Load a model for a proposal: metres, y up (glTF's own convention), moved so its foot's centre is 0, 0, 0. */
export async function loadProposalModel(url: string, renderer: WebGLRenderer): Promise<ProposalModel> {
  const gltf = await loadGltf(url, renderer, () => undefined);
  const scene = gltf.scene;
  box.setFromObject(scene);
  if (box.isEmpty()) throw new Error('the model has no geometry');
  box.getCenter(centre);
  box.getSize(size);
  scene.position.set(-centre.x, -box.min.y, -centre.z);
  scene.traverse((o) => {
    if (!(o as Mesh).isMesh) return;
    o.castShadow = true;
    o.receiveShadow = true;
  });
  const object = new Group().add(scene);
  return {
    object,
    width: size.x,
    depth: size.z,
    height: size.y,
    dispose: () => disposeScene(scene),
  };
}

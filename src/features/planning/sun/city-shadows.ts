import type { Material, Mesh } from 'three';
import type { CityModel } from '../../../city/city-model.ts';

/** Let the city's buildings cast shadows and everything receive them; returns the undo and the casters. */
export function castCityShadows(city: CityModel): { undo: () => void; casters: number } {
  const walkable = new Set(city.walkable);
  const meshes: Mesh[] = [];
  city.scene.traverse((o) => {
    if ((o as Mesh).isMesh) meshes.push(o as Mesh);
  });
  const touch = (mesh: Mesh): void => {
    for (const material of [mesh.material].flat() as Material[]) material.needsUpdate = true;
  };
  for (const mesh of meshes) {
    // The ground only receives: it would shade nothing, and its own depth would only speckle it (acne).
    mesh.castShadow = !walkable.has(mesh);
    mesh.receiveShadow = true;
    touch(mesh);
  }
  const undo = (): void => {
    for (const mesh of meshes) {
      mesh.castShadow = false;
      mesh.receiveShadow = false;
      touch(mesh);
    }
  };
  return { undo, casters: meshes.filter((m) => m.castShadow).length };
}

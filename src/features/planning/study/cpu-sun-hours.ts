import { Raycaster, Vector3, type Mesh } from 'three';
import { MeshBVH, acceleratedRaycast } from 'three-mesh-bvh';
import { sunDirection } from '../../../core/planning/sun-position.ts';
import type { SunStep } from '../../../core/planning/sun-hours.ts';
import { cellsOf, type StudySite, type SunHoursGrid } from '../../../core/planning/sun-hours-grid.ts';

const ray = new Raycaster();
const origin = new Vector3();
const towards = new Vector3();

/**
 * Sun hours by ray casting on the CPU: one ray per cell and step towards the sun, against the casters'
 * triangles through a BVH per mesh (three-mesh-bvh). The bench's baseline for the GPU study, and a check of it.
 */
export function cpuSunHours(
  casters: readonly Mesh[],
  site: StudySite,
  steps: readonly SunStep[],
): SunHoursGrid {
  const built: Mesh[] = [];
  for (const mesh of casters) {
    mesh.raycast = acceleratedRaycast;
    if (!mesh.geometry.boundsTree) {
      mesh.geometry.boundsTree = new MeshBVH(mesh.geometry);
      built.push(mesh);
    }
    mesh.updateMatrixWorld();
  }
  ray.firstHitOnly = true;
  const cells = cellsOf(site);
  const size = site.size / cells;
  const hours = new Float32Array(cells * cells);
  try {
    for (const step of steps) {
      const [dx, dy, dz] = sunDirection(step.sun);
      towards.set(dx, dy, dz);
      for (let row = 0; row < cells; row++) {
        for (let col = 0; col < cells; col++) {
          origin.set(
            site.x - site.size / 2 + (col + 0.5) * size,
            site.y,
            site.z - site.size / 2 + (row + 0.5) * size,
          );
          ray.set(origin, towards);
          if (ray.intersectObjects(casters as Mesh[], false).length === 0)
            hours[row * cells + col]! += step.hours;
        }
      }
    }
  } finally {
    for (const mesh of built) mesh.geometry.boundsTree = undefined;
  }
  return { site, cells, hours };
}

import { DoubleSide, Matrix4, Ray, Vector3, type Mesh } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { sunDirection } from '../../../core/planning/sun-position.ts';
import type { SunStep } from '../../../core/planning/sun-hours.ts';
import { cellsOf, type StudySite, type SunHoursGrid } from '../../../core/planning/sun-hours-grid.ts';

const world = new Ray();
const local = new Ray();
const towards = new Vector3();

/**
 * Sun hours by ray casting on the CPU: one ray per cell and step towards the sun, against the casters'
 * triangles through a BVH per mesh (three-mesh-bvh), both faces counted, so a point inside a building is
 * under its roof as the GPU's depth maps have it. The bench's baseline for the GPU study, and a check of it.
 */
export function cpuSunHours(
  casters: readonly Mesh[],
  site: StudySite,
  steps: readonly SunStep[],
): SunHoursGrid {
  const targets = casters.map((mesh) => {
    mesh.updateMatrixWorld();
    const bvh = (mesh.geometry.boundsTree as MeshBVH | undefined) ?? new MeshBVH(mesh.geometry);
    return { bvh, inverse: new Matrix4().copy(mesh.matrixWorld).invert() };
  });
  const cells = cellsOf(site);
  const size = site.size / cells;
  const hours = new Float32Array(cells * cells);
  for (const step of steps) {
    const [dx, dy, dz] = sunDirection(step.sun);
    towards.set(dx, dy, dz);
    for (let row = 0; row < cells; row++) {
      for (let col = 0; col < cells; col++) {
        const x = site.x - site.size / 2 + (col + 0.5) * size;
        const z = site.z - site.size / 2 + (row + 0.5) * size;
        world.origin.set(x, site.y, z);
        world.direction.copy(towards);
        const blocked = targets.some(({ bvh, inverse }) => {
          local.copy(world).applyMatrix4(inverse);
          return bvh.raycastFirst(local, DoubleSide) !== null;
        });
        if (!blocked) hours[row * cells + col]! += step.hours;
      }
    }
  }
  return { site, cells, hours };
}

import { DoubleSide, Matrix4, Ray, Vector3, type Mesh } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { sunDirection } from '../../../core/planning/sun-position.ts';
import type { SunStep } from '../../../core/planning/sun-hours.ts';
import { FACADE_LIFT, type FacadeSamples } from '../../../core/planning/facade-samples.ts';
import { cellsOf, type StudySite, type SunHoursGrid } from '../../../core/planning/sun-hours-grid.ts';

const world = new Ray();
const local = new Ray();
const towards = new Vector3();

/** A point sees the sun when no caster's triangles (a BVH per mesh) lie on the ray towards it. */
function sunTest(casters: readonly Mesh[]): (x: number, y: number, z: number) => boolean {
  const targets = casters.map((mesh) => {
    mesh.updateMatrixWorld();
    const bvh = (mesh.geometry.boundsTree as MeshBVH | undefined) ?? new MeshBVH(mesh.geometry);
    return { bvh, inverse: new Matrix4().copy(mesh.matrixWorld).invert() };
  });
  return (x, y, z) => {
    world.origin.set(x, y, z);
    world.direction.copy(towards);
    return !targets.some(({ bvh, inverse }) => {
      local.copy(world).applyMatrix4(inverse);
      return bvh.raycastFirst(local, DoubleSide) !== null;
    });
  };
}

/**
 * Sun hours by ray casting on the CPU: one ray per cell and step towards the sun, both faces counted, so a
 * point inside a building is under its roof as the GPU's depth maps have it. The bench's baseline for the
 * GPU study, and a check of it.
 */
export function cpuSunHours(
  casters: readonly Mesh[],
  site: StudySite,
  steps: readonly SunStep[],
): SunHoursGrid {
  const sees = sunTest(casters);
  const cells = cellsOf(site);
  const size = site.size / cells;
  const hours = new Float32Array(cells * cells);
  for (const step of steps) {
    towards.set(...sunDirection(step.sun));
    for (let row = 0; row < cells; row++) {
      for (let col = 0; col < cells; col++) {
        const x = site.x - site.size / 2 + (col + 0.5) * size;
        const z = site.z - site.size / 2 + (row + 0.5) * size;
        if (sees(x, site.y, z)) hours[row * cells + col]! += step.hours;
      }
    }
  }
  return { site, cells, hours };
}

/** The same for façade patches: a wall turned away from the sun gets none, else one ray per step. */
export function cpuFacadeSunHours(
  casters: readonly Mesh[],
  samples: FacadeSamples,
  steps: readonly SunStep[],
): Float32Array {
  const sees = sunTest(casters);
  const { positions: p, normals: n } = samples;
  const hours = new Float32Array(samples.count);
  for (const step of steps) {
    towards.set(...sunDirection(step.sun));
    for (let i = 0; i < samples.count; i++) {
      const [nx, ny, nz] = [n[i * 3]!, n[i * 3 + 1]!, n[i * 3 + 2]!];
      if (nx * towards.x + ny * towards.y + nz * towards.z <= 0) continue;
      const x = p[i * 3]! + nx * FACADE_LIFT;
      if (sees(x, p[i * 3 + 1]! + ny * FACADE_LIFT, p[i * 3 + 2]! + nz * FACADE_LIFT))
        hours[i]! += step.hours;
    }
  }
  return hours;
}

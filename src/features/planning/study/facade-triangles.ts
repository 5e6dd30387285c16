import { Box3, Vector3, type Mesh, type Object3D } from 'three';
import type { FacadeArea } from '../../../core/planning/facade-samples.ts';

const box = new Box3();
const corner = new Vector3();
const triangle: number[] = new Array<number>(9).fill(0);

/**
 * The triangles of the city's visible meshes (the ground left out) whose mesh reaches into the area, in the
 * model frame, 9 numbers each: what the façade study covers with patches.
 */
export function facadeTriangles(root: Object3D, ground: ReadonlySet<Mesh>, area: FacadeArea): Float32Array {
  const half = area.size / 2;
  const near = new Box3(
    new Vector3(area.x - half, -Infinity, area.z - half),
    new Vector3(area.x + half, Infinity, area.z + half),
  );
  const out: number[] = [];
  root.traverseVisible((o) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh || ground.has(mesh)) return;
    const geometry = mesh.geometry;
    if (!geometry.boundingBox) geometry.computeBoundingBox();
    mesh.updateWorldMatrix(true, false);
    if (!box.copy(geometry.boundingBox!).applyMatrix4(mesh.matrixWorld).intersectsBox(near)) return;
    const position = geometry.getAttribute('position');
    const index = geometry.getIndex();
    const count = index ? index.count : position.count;
    for (let i = 0; i + 3 <= count; i += 3) {
      for (let k = 0; k < 3; k++) {
        corner
          .fromBufferAttribute(position, index ? index.getX(i + k) : i + k)
          .applyMatrix4(mesh.matrixWorld);
        corner.toArray(triangle, k * 3);
      }
      // Only triangles whose ground box meets the area: a merged city is mostly elsewhere.
      const xs = [triangle[0]!, triangle[3]!, triangle[6]!];
      const zs = [triangle[2]!, triangle[5]!, triangle[8]!];
      if (Math.max(...xs) < near.min.x || Math.min(...xs) > near.max.x) continue;
      if (Math.max(...zs) < near.min.z || Math.min(...zs) > near.max.z) continue;
      out.push(...triangle);
    }
  });
  return Float32Array.from(out);
}

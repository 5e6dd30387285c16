import { BufferAttribute, BufferGeometry, Vector3, type Mesh } from 'three';

const p = new Vector3();

/** One non-indexed geometry holding the meshes' triangles in world space (for one BVH over many meshes). */
export function mergeWorldTriangles(meshes: readonly Mesh[]): BufferGeometry {
  let count = 0;
  for (const mesh of meshes) {
    const g = mesh.geometry;
    count += g.index ? g.index.count : g.getAttribute('position').count;
  }
  const positions = new Float32Array(count * 3);
  let k = 0;
  for (const mesh of meshes) {
    mesh.updateWorldMatrix(true, false);
    const g = mesh.geometry;
    const position = g.getAttribute('position');
    const index = g.index;
    const n = index ? index.count : position.count;
    for (let i = 0; i < n; i++) {
      p.fromBufferAttribute(position, index ? index.getX(i) : i).applyMatrix4(mesh.matrixWorld);
      positions[k++] = p.x;
      positions[k++] = p.y;
      positions[k++] = p.z;
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  return geometry;
}

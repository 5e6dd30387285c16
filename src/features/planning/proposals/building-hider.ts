import type { BufferAttribute, Mesh } from 'three';
import type { MeshBVH } from 'three-mesh-bvh';
import type { CityModel } from '../../../city/city-model.ts';
import { FEATURE_ID_ATTRIBUTE } from '../../../city/feature-material.ts';

/** Takes existing buildings off the site and puts them back. */
export interface BuildingHider {
  /** Make exactly these feature indices hidden. */
  set(indices: ReadonlySet<number>): void;
  dispose(): void;
}

interface MeshPart {
  mesh: Mesh;
  /** The vertex indices of one feature in this mesh. */
  vertices: Uint32Array;
  /** Their positions while hidden. */
  saved: Float32Array | null;
}

/**
 * Hide buildings by folding each hidden feature's vertices onto one point: its triangles vanish from the
 * view, the shadow maps, the shadow study and picking alike, in a city that is one merged mesh as well as in
 * one made of a mesh per building, and showing it again is putting the saved positions back.
 */
export function createBuildingHider(city: CityModel): BuildingHider {
  // Measured before anything folds, so every building keeps its true bounds (info panel, neighbours).
  city.bounds();
  const parts = new Map<number, MeshPart[]>();
  const partsOf = (feature: number): MeshPart[] => {
    let list = parts.get(feature);
    if (list) return list;
    list = [];
    for (const mesh of city.featureMeshes) {
      const ids = mesh.geometry.getAttribute(FEATURE_ID_ATTRIBUTE);
      const found: number[] = [];
      for (let i = 0; i < ids.count; i++) if (Math.round(ids.getX(i)) === feature) found.push(i);
      if (found.length > 0) list.push({ mesh, vertices: Uint32Array.from(found), saved: null });
    }
    parts.set(feature, list);
    return list;
  };
  const hidden = new Set<number>();
  const touched = new Set<Mesh>();
  const fold = (part: MeshPart): void => {
    const position = part.mesh.geometry.getAttribute('position') as BufferAttribute;
    part.saved = new Float32Array(part.vertices.length * 3);
    const first = part.vertices[0]!;
    part.vertices.forEach((v, k) => {
      part.saved!.set([position.getX(v), position.getY(v), position.getZ(v)], k * 3);
      position.setXYZ(v, position.getX(first), position.getY(first), position.getZ(first));
    });
    touched.add(part.mesh);
  };
  const unfold = (part: MeshPart): void => {
    const position = part.mesh.geometry.getAttribute('position') as BufferAttribute;
    const saved = part.saved;
    if (!saved) return;
    part.vertices.forEach((v, k) => position.setXYZ(v, saved[k * 3]!, saved[k * 3 + 1]!, saved[k * 3 + 2]!));
    part.saved = null;
    touched.add(part.mesh);
  };
  const flush = (): void => {
    for (const mesh of touched) {
      const geometry = mesh.geometry;
      geometry.getAttribute('position').needsUpdate = true;
      geometry.computeBoundingSphere();
      geometry.computeBoundingBox();
      // Picking's BVH keeps its tree; its bounds follow the moved vertices.
      (geometry as { boundsTree?: MeshBVH }).boundsTree?.refit();
    }
    touched.clear();
  };
  const set = (indices: ReadonlySet<number>): void => {
    for (const f of [...hidden]) {
      if (indices.has(f)) continue;
      partsOf(f).forEach(unfold);
      hidden.delete(f);
    }
    for (const f of indices) {
      if (hidden.has(f)) continue;
      partsOf(f).forEach(fold);
      hidden.add(f);
    }
    flush();
  };
  return { set, dispose: () => set(new Set()) };
}

import { BufferAttribute, Vector3, type Material, type Mesh, type Object3D, type Texture } from 'three';
import type { GLTF } from 'three/addons/loaders/GLTFLoader.js';
import { createBuildingTable, toBuildingRecord, type BuildingTable } from '../core/city/building-table.ts';
import { readCityExtras, type CityExtras } from '../core/city/city-extras.ts';
import { readGltfGeoref } from '../core/city/gltf-georef.ts';
import { createFeatureBounds, extendFeatureBounds, type FeatureBounds } from '../core/city/feature-bounds.ts';
import { createFeatureColours, type FeatureColours } from './feature-colours.ts';
import { FEATURE_ID_ATTRIBUTE, applyFeatureColours } from './feature-material.ts';
import type { WalkCollider } from './collider.ts';

/** What a city built from footprints offers picking and highlighting: a lookup by world position. */
export interface FootprintLookup {
  /** The feature index at world (x, z), or -1. */
  featureAt(x: number, z: number): number;
  /** The shader's selected-feature uniform (-1: none). */
  readonly highlight: { value: number };
  /** How far inside a surface to look (metres, one raster cell): walls lie on the outline itself. */
  readonly inset: number;
}

/** Surfaces a visitor may stand on; everything else is an obstacle. */
export const WALKABLE_SURFACES = ['ground', 'street', 'square', 'green'] as const;

/** How buildings were identified in the model ('footprints': an unsegmented mesh plus a footprint layer). */
export type FeatureSource = 'mesh-features' | 'nodes' | 'footprints' | 'none';

/** A loaded city: its scene, its buildings by feature id, their colour lookup, and what to walk on. */
export interface CityModel {
  readonly scene: Object3D;
  readonly buildings: BuildingTable;
  readonly colours: FeatureColours;
  readonly extras: CityExtras;
  readonly featureSource: FeatureSource;
  /** Meshes whose triangles carry feature ids: the ones to pick. */
  readonly featureMeshes: readonly Mesh[];
  /** Meshes to stand on (streets, squares, ground, parks). */
  readonly walkable: readonly Mesh[];
  /** Meshes to collide with (buildings, walls, gates). */
  readonly solid: readonly Mesh[];
  /** For a model identified by footprints: the feature at a world position (the footprints feature). */
  readonly footprints?: FootprintLookup;
  /** World-space bounds per feature, computed on first use. */
  bounds(): FeatureBounds;
  /** A city whose geometry streams in (3D Tiles) walks on its own collider rather than on `walkable`/`solid`. */
  createCollider?(): WalkCollider;
  /**
   * A streaming city's meshes as they come and go (3D Tiles): the listener hears every loaded mesh at once,
   * then each tile's meshes when it loads and when it unloads. Returns the unsubscribe.
   */
  onMeshes?(listener: (added: readonly Mesh[], removed: readonly Mesh[]) => void): () => void;
  /** A mesh city (3D Tiles) pressed flat under an outline (x z) to height y, for a proposal's site; the undo. */
  flatten?(outline: readonly (readonly [number, number])[], y: number): () => void;
  /** Figures of a streaming city for `cityTwin.stats()`. */
  stats?(): object;
  dispose(): void;
}

/** Wrap a loaded glTF: find its buildings (EXT_mesh_features, else one node per building) and colour them. */
export function createCityModel(gltf: GLTF): CityModel {
  const scene = gltf.scene;
  const meshes: Mesh[] = [];
  scene.traverse((o) => {
    if ((o as Mesh).isMesh) meshes.push(o as Mesh);
  });
  const surfaceOf = (mesh: Mesh): string | undefined => {
    for (let o: Object3D | null = mesh; o; o = o.parent) {
      if (typeof o.userData.surface === 'string') return o.userData.surface;
    }
    return undefined;
  };
  const isWalkable = (mesh: Mesh): boolean =>
    (WALKABLE_SURFACES as readonly string[]).includes(surfaceOf(mesh) ?? '');

  // Models from elsewhere (photogrammetry, simple exporters) may come without normals: light them anyway.
  for (const mesh of meshes) if (!mesh.geometry.hasAttribute('normal')) mesh.geometry.computeVertexNormals();
  let featureMeshes = meshes.filter((m) => m.geometry.hasAttribute(FEATURE_ID_ATTRIBUTE));
  let featureSource: FeatureSource = 'mesh-features';
  let records = featureMeshes.length > 0 ? tableRecords(gltf) : [];
  if (featureMeshes.length === 0) {
    // One node per building: each mesh that is not ground becomes a feature, named by its node.
    const candidates = meshes.filter((m) => !isWalkable(m) && surfaceOf(m) !== 'water');
    if (candidates.length > 1) {
      featureSource = 'nodes';
      // One feature per glTF node: a node whose mesh has several primitives arrives as a group of meshes.
      const nodes = [...new Set(candidates.map((mesh) => nodeOf(mesh, scene)))];
      records = nodes.map((node, i) => {
        const name = typeof node.userData.name === 'string' ? node.userData.name : node.name;
        return toBuildingRecord({ name, ...node.userData, id: node.userData.id ?? name }, i);
      });
      for (const mesh of candidates) tagFeature(mesh, nodes.indexOf(nodeOf(mesh, scene)));
      featureMeshes = candidates;
    } else {
      featureSource = 'none';
    }
  }
  const buildings = createBuildingTable(records);
  const colours = createFeatureColours(Math.max(1, buildings.count));
  const patched = new Set<Material>();
  for (const mesh of featureMeshes) {
    for (const material of [mesh.material].flat()) {
      if (patched.has(material)) continue;
      applyFeatureColours(material, colours);
      patched.add(material);
    }
  }
  let bounds: FeatureBounds | null = null;
  const walkable = meshes.filter(isWalkable);
  const solid = meshes.filter((m) => !isWalkable(m) && surfaceOf(m) !== 'water');
  return {
    scene,
    buildings,
    colours,
    extras: {
      ...readCityExtras(gltf.parser.json.extras ?? scene.userData),
      georef: readGltfGeoref(gltf.parser.json),
    },
    featureSource,
    featureMeshes,
    walkable,
    solid,
    bounds: () => (bounds ??= measureFeatures(featureMeshes, buildings.count)),
    dispose() {
      colours.dispose();
      disposeScene(scene);
      (scene.userData.structuralMetadata as { dispose?: () => void } | undefined)?.dispose?.();
    },
  };
}

function tableRecords(gltf: GLTF): ReturnType<typeof toBuildingRecord>[] {
  const metadata = gltf.scene.userData.structuralMetadata as
    { getPropertyTableData(table: number, id: number): Record<string, unknown> } | undefined;
  const tables = gltf.parser.json.extensions?.EXT_structural_metadata?.propertyTables as
    { count: number }[] | undefined;
  const count = tables?.[0]?.count ?? 0;
  const records = [];
  for (let i = 0; i < count; i++)
    records.push(toBuildingRecord(metadata?.getPropertyTableData(0, i) ?? {}, i));
  return records;
}

/** Bounds per feature over the vertices of the meshes' feature ids (world space). */
export function measureFeatures(meshes: readonly Mesh[], count: number): FeatureBounds {
  const bounds = createFeatureBounds(count);
  const p = new Vector3();
  for (const mesh of meshes) {
    mesh.updateWorldMatrix(true, false);
    const position = mesh.geometry.getAttribute('position');
    const ids = mesh.geometry.getAttribute(FEATURE_ID_ATTRIBUTE);
    for (let i = 0; i < position.count; i++) {
      p.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
      extendFeatureBounds(bounds, Math.round(ids.getX(i)), p.x, p.y, p.z);
    }
  }
  return bounds;
}

/** The object three.js made for a mesh's glTF node: the mesh itself, or the group of its primitives. */
function nodeOf(mesh: Mesh, root: Object3D): Object3D {
  const parent = mesh.parent;
  const isPrimitiveGroup =
    parent !== null &&
    parent !== root &&
    parent.type === 'Group' &&
    parent.children.every((c) => (c as Mesh).isMesh) &&
    Object.keys(mesh.userData).length === 0;
  return isPrimitiveGroup ? parent : mesh;
}

function tagFeature(mesh: Mesh, index: number): void {
  const count = mesh.geometry.getAttribute('position').count;
  mesh.geometry.setAttribute(
    FEATURE_ID_ATTRIBUTE,
    new BufferAttribute(new Float32Array(count).fill(index), 1),
  );
}

/** Free what the loader made for this scene: geometries, materials and their textures. */
export function disposeScene(root: Object3D): void {
  root.traverse((o) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh) return;
    mesh.geometry.dispose();
    for (const material of [mesh.material].flat()) {
      for (const value of Object.values(material))
        if ((value as Texture | null)?.isTexture) (value as Texture).dispose();
      material.dispose();
    }
  });
}

import { BufferAttribute, BufferGeometry, Matrix4, Vector3, type Mesh, type Object3D } from 'three';
import { MeshBVH } from 'three-mesh-bvh';
import { WALKABLE_SURFACES } from '../../city/city-model.ts';
import { FEATURE_ID_ATTRIBUTE } from '../../city/feature-material.ts';
import { LOCOMOTION_DEFAULTS } from '../../core/walk/locomotion.ts';
import { createBvhCollider, type BvhPair } from '../../walk/bvh-collider.ts';
import type { WalkCollider } from '../../walk/walk-collider.ts';

/** A tile as far as walking needs it: its parent, to stand on while its own trees are not built. */
export interface ColliderTile {
  parent: ColliderTile | null;
}

/** Walk trees per loaded tile, built a few per frame, and a collider over the tiles shown now. */
export interface TileColliders {
  /** A tile's content arrived: queue its trees. */
  add(tile: ColliderTile, scene: Object3D): void;
  /** A tile's content left: free its trees. */
  remove(tile: ColliderTile): void;
  /** A tile's mesh has moved (flattened under a proposal, or given back): build its trees again (the old serve until then). */
  refresh(tile: ColliderTile): void;
  /** As `refresh`, for every loaded tile whose trees reach into `area` (world x z). */
  refreshArea(area: GroundArea): void;
  /** Build queued trees for up to `budgetMs`, against `toWorld` (the tiles group's world matrix). */
  build(budgetMs: number, toWorld: Matrix4): void;
  /** Tiles waiting for their trees. */
  readonly pending: number;
  /** A collider over the visible tiles (a tile still waiting stands in by its nearest built ancestor). */
  collider(visible: () => Iterable<ColliderTile>): WalkCollider;
  dispose(): void;
}

/** A box on the ground, world metres. */
export interface GroundArea {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

const walkable = WALKABLE_SURFACES as readonly string[];
const m = new Matrix4();
const p = new Vector3();

/** Per-tile walk trees: a BVH of the tile's ground and one of its obstacles, never all tiles in one. */
export function createTileColliders(): TileColliders {
  const queue = new Map<ColliderTile, Object3D>();
  const built = new Map<ColliderTile, BvhPair>();
  // Every loaded tile's scene, to build its trees again when its mesh moves.
  const scenes = new Map<ColliderTile, Object3D>();
  const free = (pair: BvhPair): void => {
    pair.ground?.geometry.dispose();
    if (pair.walls !== pair.ground) pair.walls?.geometry.dispose();
  };
  return {
    add(tile, scene) {
      scenes.set(tile, scene);
      queue.set(tile, scene);
    },
    remove(tile) {
      scenes.delete(tile);
      queue.delete(tile);
      const pair = built.get(tile);
      if (pair) free(pair);
      built.delete(tile);
    },
    get pending() {
      return queue.size;
    },
    refresh(tile) {
      const scene = scenes.get(tile);
      if (scene) queue.set(tile, scene);
    },
    refreshArea(area) {
      for (const [tile, pair] of built) if (reaches(pair, area)) queue.set(tile, scenes.get(tile)!);
    },
    build(budgetMs, toWorld) {
      const start = performance.now();
      for (const [tile, scene] of queue) {
        queue.delete(tile);
        const old = built.get(tile);
        built.set(tile, buildPair(scene, toWorld));
        if (old) free(old);
        if (performance.now() - start > budgetMs) break;
      }
    },
    collider(visible) {
      const pieces: BvhPair[] = [];
      const seen = new Set<BvhPair>();
      const gather = (): BvhPair[] => {
        pieces.length = 0;
        seen.clear();
        for (const tile of visible()) {
          let t: ColliderTile | null = tile;
          while (t && !built.has(t)) t = t.parent;
          const pair = t && built.get(t);
          if (!pair || seen.has(pair)) continue;
          seen.add(pair);
          pieces.push(pair);
        }
        return pieces;
      };
      const count = (which: 'ground' | 'walls'): number => {
        let n = 0;
        for (const pair of built.values())
          n += (pair[which]?.geometry.getAttribute('position').count ?? 0) / 3;
        return n;
      };
      // The trees belong to the tiles, not to the collider: disposing it frees nothing.
      return createBvhCollider(
        gather,
        LOCOMOTION_DEFAULTS,
        () => ({ solid: count('walls'), walkable: count('ground') }),
        () => undefined,
      );
    },
    dispose() {
      for (const pair of built.values()) free(pair);
      built.clear();
      queue.clear();
      scenes.clear();
    },
  };
}

/** The pair's trees (world space) reach into the area. */
function reaches(pair: BvhPair, area: GroundArea): boolean {
  return [pair.ground, pair.walls].some((bvh) => {
    if (!bvh) return false;
    const geometry = bvh.geometry;
    if (!geometry.boundingBox) geometry.computeBoundingBox();
    const { min, max } = geometry.boundingBox!;
    return min.x <= area.maxX && max.x >= area.minX && min.z <= area.maxZ && max.z >= area.minZ;
  });
}

/** What a mesh is for walking: ground (a walkable surface), an obstacle, or, unclassified, both. */
function roleOf(mesh: Mesh, scene: Object3D): 'ground' | 'walls' | 'both' | 'none' {
  for (let o: Object3D | null = mesh; o; o = o === scene ? null : o.parent) {
    const surface = o.userData.surface;
    if (typeof surface !== 'string') continue;
    if (surface === 'water') return 'none';
    return walkable.includes(surface) ? 'ground' : 'walls';
  }
  // Photogrammetry knows no surfaces: its one mesh is the ground to stand on and the walls to stop at.
  return mesh.geometry.hasAttribute(FEATURE_ID_ATTRIBUTE) ? 'walls' : 'both';
}

function buildPair(scene: Object3D, toWorld: Matrix4): BvhPair {
  const ground: Mesh[] = [];
  const walls: Mesh[] = [];
  scene.traverse((o) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh) return;
    const role = roleOf(mesh, scene);
    if (role === 'ground' || role === 'both') ground.push(mesh);
    if (role === 'walls' || role === 'both') walls.push(mesh);
  });
  const same = ground.length === walls.length && ground.every((g, i) => walls[i] === g);
  const g = tree(ground, scene, toWorld);
  return { ground: g, walls: same ? g : tree(walls, scene, toWorld) };
}

/**
 * One BVH over the meshes' triangles in world space. The matrices are multiplied in double precision before
 * any vertex is stored: a tile's own transform may be Earth-centred, millions of metres from the twin's origin.
 */
function tree(meshes: readonly Mesh[], scene: Object3D, toWorld: Matrix4): MeshBVH | null {
  let count = 0;
  for (const mesh of meshes)
    count += mesh.geometry.index?.count ?? mesh.geometry.getAttribute('position').count;
  if (count < 3) return null;
  const positions = new Float32Array(count * 3);
  let k = 0;
  for (const mesh of meshes) {
    m.identity();
    for (let o: Object3D | null = mesh; o; o = o === scene ? null : o.parent) {
      if (o.matrixAutoUpdate) o.updateMatrix();
      m.premultiply(o.matrix);
    }
    m.premultiply(toWorld);
    const position = mesh.geometry.getAttribute('position');
    const index = mesh.geometry.index;
    const n = index ? index.count : position.count;
    for (let i = 0; i < n; i++) {
      p.fromBufferAttribute(position, index ? index.getX(i) : i).applyMatrix4(m);
      positions[k++] = p.x;
      positions[k++] = p.y;
      positions[k++] = p.z;
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  return new MeshBVH(geometry);
}

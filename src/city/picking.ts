import { Vector3, type Intersection, type Mesh, type Raycaster } from 'three';
import { MeshBVH, acceleratedRaycast } from 'three-mesh-bvh';
import type { BuildingRecord } from '../core/city/building-table.ts';
import type { CityModel } from './city-model.ts';
import { FEATURE_ID_ATTRIBUTE } from './feature-material.ts';

/** What a click or ray on a building answers. */
export interface PickResult {
  buildingId: string;
  featureIndex: number;
  properties: BuildingRecord;
  /** The hit point in world (local) metres. */
  point: [number, number, number];
  distance: number;
}

/** Bounding-volume trees on the feature meshes, for fast raycasts; `dispose()` frees the ones it built. */
export interface PickingBvh {
  dispose(): void;
}

/** Build a BVH for each feature mesh that has none yet and switch its raycast to the accelerated one. */
export function createPickingBvh(meshes: readonly Mesh[]): PickingBvh {
  const built: Mesh[] = [];
  const raycasts = new Map<Mesh, Mesh['raycast']>();
  for (const mesh of meshes) {
    const geometry = mesh.geometry;
    // A tree another module built stays theirs; we only use it.
    if (!geometry.boundsTree) {
      geometry.boundsTree = new MeshBVH(geometry);
      built.push(mesh);
    }
    raycasts.set(mesh, mesh.raycast);
    mesh.raycast = acceleratedRaycast;
  }
  return {
    dispose() {
      for (const [mesh, raycast] of raycasts) mesh.raycast = raycast;
      for (const mesh of built) {
        mesh.geometry.boundsTree = undefined;
      }
      raycasts.clear();
      built.length = 0;
    },
  };
}

const inside = new Vector3();

/** The feature index a hit on a city mesh belongs to, or -1 (ground, no footprint, no id). */
export function featureOfHit(city: CityModel, hit: Intersection, rayDirection?: Vector3): number {
  if (city.footprints) {
    // A hit on a wall lies on the footprint's edge: look one raster cell into the surface.
    inside.copy(hit.point);
    if (rayDirection) inside.addScaledVector(rayDirection, city.footprints.inset);
    return city.footprints.featureAt(inside.x, inside.z);
  }
  const ids = (hit.object as Mesh).geometry?.getAttribute(FEATURE_ID_ATTRIBUTE);
  if (!ids || !hit.face) return -1;
  const index = Math.round(ids.getX(hit.face.a));
  return index >= 0 && index < city.buildings.count ? index : -1;
}

/** The nearest hit of a ray on the city's feature meshes (BVH when built), whatever it hit; null on a miss. */
export function nearestFeatureHit(city: CityModel, raycaster: Raycaster): Intersection | null {
  const firstHitOnly = raycaster.firstHitOnly;
  raycaster.firstHitOnly = true;
  const hits: Intersection[] = [];
  try {
    for (const mesh of city.featureMeshes) if (mesh.visible) mesh.raycast(raycaster, hits);
  } finally {
    raycaster.firstHitOnly = firstHitOnly;
  }
  let best: Intersection | null = null;
  for (const hit of hits) if (!best || hit.distance < best.distance) best = hit;
  return best;
}

/** The building a feature index and hit point stand for; null when the index names none. */
export function pickResult(city: CityModel, index: number, hit: Intersection): PickResult | null {
  const properties = index >= 0 ? city.buildings.at(index) : undefined;
  if (!properties) return null;
  return {
    buildingId: properties.id,
    featureIndex: index,
    properties,
    point: hit.point.toArray() as [number, number, number],
    distance: hit.distance,
  };
}

/** Cast a ray into the city: the building it meets first, or null. */
export function pickCity(city: CityModel, raycaster: Raycaster): PickResult | null {
  const hit = nearestFeatureHit(city, raycaster);
  return hit ? pickResult(city, featureOfHit(city, hit, raycaster.ray.direction), hit) : null;
}

import type { Mesh } from 'three';
import { Vector3 } from 'three';
import type { CityModel } from '../../city/city-model.ts';
import { FEATURE_ID_ATTRIBUTE } from '../../city/feature-material.ts';
import type { GroundPoint } from '../../core/geo/footprint-raster.ts';
import {
  convexFootprint,
  createFootprintIndex,
  type FootprintIndex,
} from '../../core/utilities/footprint-clash.ts';
import type { Network } from '../../core/utilities/network-geojson.ts';
import { placeNetwork, type GroundAt, type PlacedLine } from '../../core/utilities/placed-line.ts';
import { createSegmentIndex, type SegmentIndex } from '../../core/utilities/segment-index.ts';
import { createWalkCollider, type WalkCollider } from '../../walk/walk-collider.ts';

/** A network placed under one city: the lines in scene metres, the ground, and the indexes the check uses. */
export interface UtilitiesCity {
  readonly model: CityModel;
  readonly lines: readonly PlacedLine[];
  readonly index: SegmentIndex;
  readonly groundAt: GroundAt;
  /** The buildings' footprints (convex outlines of their meshes), built on first use. */
  buildings(): FootprintIndex;
  /** The ground's collider, for pointing at it. */
  readonly ground: WalkCollider;
  dispose(): void;
}

/** Place `network` under the city's walkable surfaces (a depth hangs below them). */
export function createUtilitiesCity(model: CityModel, network: Network | null): UtilitiesCity {
  const ground = createWalkCollider(model.walkable, []);
  const groundAt: GroundAt = (x, z) => ground.groundBelow(x, 500, z, 1000);
  const lines = network ? placeNetwork(network, groundAt, model.extras.origin?.height ?? 0) : [];
  let buildings: FootprintIndex | null = null;
  return {
    model,
    lines,
    index: createSegmentIndex(lines),
    groundAt,
    ground,
    buildings: () => (buildings ??= footprintsOf(model)),
    dispose: () => ground.dispose(),
  };
}

/** Each building's outline on the ground, from its feature-id vertices; the town wall is not a building. */
function footprintsOf(model: CityModel): FootprintIndex {
  const points = new Map<number, GroundPoint[]>();
  const p = new Vector3();
  for (const mesh of model.featureMeshes) {
    if (surfaceOf(mesh) === 'wall') continue;
    const ids = mesh.geometry.getAttribute(FEATURE_ID_ATTRIBUTE);
    const position = mesh.geometry.getAttribute('position');
    if (!ids) continue;
    mesh.updateWorldMatrix(true, false);
    for (let i = 0; i < position.count; i++) {
      p.fromBufferAttribute(position, i).applyMatrix4(mesh.matrixWorld);
      const id = Math.round(ids.getX(i));
      const list = points.get(id) ?? [];
      list.push([p.x, -p.z]);
      points.set(id, list);
    }
  }
  const polygons = [...points].map(([index, list]) => ({ index, rings: [convexFootprint(list)] }));
  const ids = Array.from(
    { length: model.buildings.count },
    (_, i) => model.buildings.at(i)?.id ?? `building-${i}`,
  );
  return createFootprintIndex(
    polygons.filter((polygon) => polygon.rings[0]!.length >= 3),
    ids,
  );
}

function surfaceOf(mesh: Mesh): unknown {
  for (let o: Mesh['parent'] | Mesh = mesh; o; o = o.parent)
    if (typeof o.userData.surface === 'string') return o.userData.surface;
  return undefined;
}

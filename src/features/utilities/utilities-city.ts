import type { Mesh } from 'three';
import { Vector3 } from 'three';
import type { CityModel } from '../../city/city-model.ts';
import { FEATURE_ID_ATTRIBUTE } from '../../city/feature-material.ts';
import { outlinePieces } from '../../core/utilities/building-outline.ts';
import { createFootprintIndex, type FootprintIndex } from '../../core/utilities/footprint-clash.ts';
import type { Network } from '../../core/utilities/network-geojson.ts';
import { placeNetwork, type GroundAt, type PlacedLine } from '../../core/utilities/placed-line.ts';
import { createSegmentIndex, type SegmentIndex } from '../../core/utilities/segment-index.ts';
import { createWalkCollider, type WalkCollider } from '../../walk/walk-collider.ts';

const p = new Vector3();

/** A network placed under one city: the lines in scene metres, the ground, and the indexes the check uses. */
export interface UtilitiesCity {
  readonly model: CityModel;
  readonly lines: readonly PlacedLine[];
  readonly index: SegmentIndex;
  readonly groundAt: GroundAt;
  /** The buildings' outlines seen from above (from their own faces), built on first use. */
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

/**
 * Each building's outline seen from above, from its own faces (by feature id): its roofs and tops projected
 * onto the ground, so an L-shaped house's inner corner and a courtyard stay outside. The town wall is no
 * building.
 */
function footprintsOf(model: CityModel): FootprintIndex {
  const corners = new Map<number, number[]>();
  for (const mesh of model.featureMeshes) {
    if (surfaceOf(mesh) === 'wall') continue;
    const ids = mesh.geometry.getAttribute(FEATURE_ID_ATTRIBUTE);
    const position = mesh.geometry.getAttribute('position');
    if (!ids) continue;
    const order = mesh.geometry.getIndex();
    const count = order ? order.count : position.count;
    const vertex = (k: number): number => (order ? order.getX(k) : k);
    mesh.updateWorldMatrix(true, false);
    for (let k = 0; k + 2 < count; k += 3) {
      const [a, b, c] = [vertex(k), vertex(k + 1), vertex(k + 2)];
      const id = Math.round(ids.getX(a));
      // A face shared by two buildings (a weld across a party wall) belongs to neither.
      if (Math.round(ids.getX(b)) !== id || Math.round(ids.getX(c)) !== id) continue;
      const list = corners.get(id) ?? [];
      for (const v of [a, b, c])
        list.push(...p.fromBufferAttribute(position, v).applyMatrix4(mesh.matrixWorld).toArray());
      corners.set(id, list);
    }
  }
  const ids = Array.from(
    { length: model.buildings.count },
    (_, i) => model.buildings.at(i)?.id ?? `building-${i}`,
  );
  return createFootprintIndex(
    [...corners].flatMap(([index, list]) => outlinePieces(index, list)),
    ids,
  );
}

function surfaceOf(mesh: Mesh): unknown {
  for (let o: Mesh['parent'] | Mesh = mesh; o; o = o.parent)
    if (typeof o.userData.surface === 'string') return o.userData.surface;
  return undefined;
}

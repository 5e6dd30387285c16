import { Raycaster, Vector3 } from 'three';
import { featureBox } from '../../../core/city/feature-bounds.ts';
import type { NeighbourBox } from '../../../core/planning/proposal-measures.ts';
import type { CityModel } from '../../../city/city-model.ts';

const down = new Raycaster();
const from = new Vector3();
const DOWN = new Vector3(0, -1, 0);

/** The height of the walkable ground (streets, squares, lawns) at x, z; 0 where there is none. */
export function groundHeight(city: CityModel | null, x: number, z: number): number {
  if (!city) return 0;
  down.set(from.set(x, 10_000, z), DOWN);
  down.far = 20_000;
  const hit = down.intersectObjects(city.walkable as CityModel['walkable'][number][], false)[0];
  return hit ? hit.point.y : 0;
}

/** The top of whatever the city has at x, z (roofs, trees, a photogrammetry mesh), or null over nothing. */
export function topHeight(city: CityModel | null, x: number, z: number): number | null {
  if (!city) return null;
  down.set(from.set(x, 10_000, z), DOWN);
  down.far = 20_000;
  const hit = down.intersectObject(city.scene, true)[0];
  return hit ? hit.point.y : null;
}

/** Every building's ground box (from the city's per-feature bounds), leaving out the hidden ones. */
export function neighbourBoxes(city: CityModel | null, hidden: readonly string[]): NeighbourBox[] {
  if (!city) return [];
  const bounds = city.bounds();
  const boxes: NeighbourBox[] = [];
  city.buildings.ids().forEach((id, index) => {
    const box = featureBox(bounds, index);
    if (!box || hidden.includes(id)) return;
    boxes.push({ id, minX: box.min[0], minZ: box.min[2], maxX: box.max[0], maxZ: box.max[2] });
  });
  return boxes;
}

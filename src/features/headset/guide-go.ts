import { featureBox } from '../../core/city/feature-bounds.ts';
import type { GuideTarget } from '../../core/exhibit/guide-message.ts';
import { standpointFor } from '../../core/exhibit/guide-standpoint.ts';
import type { TwinRuntime } from '../../twin/twin-runtime.ts';

/** Whether the shown city has this viewpoint or building (a suggestion for another city shows no prompt). */
export function knowsTarget(runtime: TwinRuntime, target: GuideTarget): boolean {
  const { city, walk } = runtime.store.getState();
  if (target.kind === 'viewpoint') return walk?.viewpoints().some((v) => v.id === target.id) ?? false;
  const index = city?.buildings.indexOf(target.id);
  return city !== null && index !== undefined && featureBox(city.bounds(), index) !== null;
}

/** Take the visitor there: a viewpoint as it is, a building from a standpoint in front of it, facing it. */
export function goToTarget(
  runtime: TwinRuntime,
  target: GuideTarget,
  from: readonly [number, number, number],
): boolean {
  const { city, walk } = runtime.store.getState();
  if (!walk) return false;
  if (target.kind === 'viewpoint') return walk.goTo(target.id);
  const index = city?.buildings.indexOf(target.id);
  const box = city && index !== undefined ? featureBox(city.bounds(), index) : null;
  if (!box) return false;
  const { eye, target: middle } = standpointFor(box.min, box.max, from);
  walk.lookFrom(eye, middle);
  return true;
}

import type { Object3D } from 'three';
import type { SunStep } from '../../../core/planning/sun-hours.ts';
import type { StudySite, SunHoursGrid } from '../../../core/planning/sun-hours-grid.ts';
import type { Proposal } from '../../../core/planning/proposal.ts';
import type { CityModel } from '../../../city/city-model.ts';
import { variantKey } from '../planning-store.ts';
import { groundHeight } from '../proposals/city-site.ts';
import type { GpuSunHours } from './gpu-sun-hours.ts';

/** What a shadow study covers: a square site around a point, its cells, the steps of the clock's day. */
export interface StudyRequest {
  x: number;
  z: number;
  size: number;
  resolution: number;
  stepMinutes: number;
  /** A time on the day to study (ms); the clock's time by default. */
  time: number;
}

/** A 200 m x 200 m site in 1 m cells, in 15-minute steps: the study. */
export const STUDY_DEFAULTS = { size: 200, resolution: 1, stepMinutes: 15 };

/** What the study needs of the scene. */
export interface StudyScene {
  sunHours: GpuSunHours;
  proposals: Object3D;
}

/**
 * Sun hours on a site with the shown proposals and without them (the city as it stands: proposals away,
 * hidden buildings back). The ground itself casts no shadow here, so it cannot shade itself at low sun.
 */
export function runShadowStudy(
  scene: StudyScene,
  city: CityModel,
  around: Proposal | null,
  steps: readonly SunStep[],
  request: Partial<StudyRequest>,
  showHidden: (hidden: boolean) => void,
): { key: string; with: SunHoursGrid; without: SunHoursGrid; ms: number } {
  const x = request.x ?? around?.x ?? 0;
  const z = request.z ?? around?.z ?? 0;
  const size = request.size ?? STUDY_DEFAULTS.size;
  const resolution = request.resolution ?? STUDY_DEFAULTS.resolution;
  if (!(size > 0 && size <= 2000 && resolution >= 0.25 && resolution <= size))
    throw new Error('shadow study: size must be 0..2000 m and resolution 0.25 m..size');
  const site: StudySite = { x, z, size, resolution, y: groundHeight(city, x, z) + 0.05 };
  const started = performance.now();
  // Neither the ground nor the handles cast a shadow in the study.
  const handles: Object3D[] = [];
  scene.proposals.traverse((o) => void (o.userData.handle && o.visible && handles.push(o)));
  const ground = [...city.walkable.filter((m) => m.visible), ...handles];
  for (const mesh of ground) mesh.visible = false;
  const casters = [city.scene, scene.proposals];
  let without: SunHoursGrid;
  let withProposals: SunHoursGrid;
  try {
    const shown = scene.proposals.visible;
    scene.proposals.visible = false;
    showHidden(false);
    try {
      without = scene.sunHours.run(casters, site, steps);
    } finally {
      scene.proposals.visible = shown;
      showHidden(true);
    }
    withProposals = scene.sunHours.run(casters, site, steps);
  } finally {
    for (const mesh of ground) mesh.visible = true;
  }
  const key = around ? variantKey(around) : 'city';
  return { key, with: withProposals, without, ms: performance.now() - started };
}

import { DoubleSide, Group, Mesh, MeshBasicMaterial, type BufferGeometry, type Object3D } from 'three';
import type { SunStep } from '../../../core/planning/sun-hours.ts';
import type { StudySite, SunHoursGrid } from '../../../core/planning/sun-hours-grid.ts';
import type { Proposal } from '../../../core/planning/proposal.ts';
import type { CityModel } from '../../../city/city-model.ts';
import { variantKey } from '../planning-store.ts';
import { groundHeight } from '../proposals/city-site.ts';
import type { GpuSunHours } from './gpu-sun-hours.ts';
import { proposalGeometry } from '../proposals/proposal-mesh.ts';
import type { ProposalModel } from '../proposals/proposal-model.ts';
import { facadeSamples, type FacadeSamples } from '../../../core/planning/facade-samples.ts';
import { maskedHours, unitePatches, type FacadeUnion } from '../../../core/planning/facade-union.ts';
import type { FacadeStudy } from '../planning-store.ts';
import { facadeTriangles } from './facade-triangles.ts';
import { openPatches } from './facade-cover.ts';

/** What a shadow study covers: a square site around a point, its cells, the steps of the clock's day. */
export interface StudyRequest {
  x: number;
  z: number;
  size: number;
  resolution: number;
  stepMinutes: number;
  /** A time on the day to study (ms); the clock's time by default. */
  time: number;
  /** Count the walls' sun hours too (on by default; a one-point query leaves them out). */
  facades: boolean;
}

/** A 200 m x 200 m site in 1 m cells, in 15-minute steps: the study. */
export const STUDY_DEFAULTS = { size: 200, resolution: 1, stepMinutes: 15 };

/** What the study needs of the scene: the GPU counter, and the loaded models of model proposals. */
export interface StudyScene {
  sunHours: GpuSunHours;
  models: ReadonlyMap<string, ProposalModel>;
}

/**
 * The shown proposals as the study's own casters, built from the plan itself rather than from what React
 * has drawn so far, so a study right after a change sees the change.
 */
function proposalCasters(
  proposals: readonly Proposal[],
  models: StudyScene['models'],
): { group: Group; dispose(): void } {
  const group = new Group();
  const geometries: BufferGeometry[] = [];
  // Both faces, as the proposals are drawn: the sun sees a roof from whichever side it stands.
  const material = new MeshBasicMaterial({ side: DoubleSide });
  for (const p of proposals) {
    const model = p.model ? models.get(p.model) : undefined;
    let object: Object3D;
    if (model) object = model.object.clone(true);
    else {
      const geometry = proposalGeometry(p);
      geometries.push(geometry);
      object = new Mesh(geometry, material);
    }
    object.position.set(p.x, p.baseY, p.z);
    object.rotation.y = (-p.rotationDeg * Math.PI) / 180;
    group.add(object);
  }
  group.updateMatrixWorld(true);
  return {
    group,
    dispose() {
      for (const geometry of geometries) geometry.dispose();
      material.dispose();
    },
  };
}

/**
 * Sun hours on a site with the shown proposals and without them (the city as it stands: proposals away,
 * hidden buildings back, casting their shadows and with their walls). The ground itself casts no shadow
 * here, so it cannot shade itself at low sun. A patch that is no façade in one of the two (a pulled-down
 * building's wall, a wall its going bares) has NaN hours there.
 */
export function runShadowStudy(
  scene: StudyScene,
  city: CityModel,
  shown: readonly Proposal[],
  around: Proposal | null,
  steps: readonly SunStep[],
  request: Partial<StudyRequest>,
  showHidden: (hidden: boolean) => void,
): { key: string; with: SunHoursGrid; without: SunHoursGrid; facades: FacadeStudy; ms: number } {
  const x = request.x ?? around?.x ?? 0;
  const z = request.z ?? around?.z ?? 0;
  const size = request.size ?? STUDY_DEFAULTS.size;
  const resolution = request.resolution ?? STUDY_DEFAULTS.resolution;
  if (!(size > 0 && size <= 2000 && resolution >= 0.25 && resolution <= size))
    throw new Error('shadow study: size must be 0..2000 m and resolution 0.25 m..size');
  const site: StudySite = { x, z, size, resolution, y: groundHeight(city, x, z) + 0.05 };
  const started = performance.now();
  // The walls standing with the proposals: a hidden building's are folded away, as it is to be pulled down.
  const walls = (): FacadeSamples => {
    if (request.facades === false) return facadeSamples(new Float32Array(0), site);
    const triangles = facadeTriangles(city.scene, new Set(city.walkable), site);
    return openPatches(facadeSamples(triangles, site, { resolution: Math.max(resolution, 1) }), triangles);
  };
  const planned = walls();
  const ground = city.walkable.filter((m) => m.visible);
  for (const mesh of ground) mesh.visible = false;
  const proposals = proposalCasters(shown, scene.models);
  let without: SunHoursGrid;
  let withProposals: SunHoursGrid;
  const facades: FacadeStudy = {
    samples: planned,
    with: new Float32Array(0),
    without: new Float32Array(0),
    ms: 0,
  };
  try {
    showHidden(false);
    let today: FacadeUnion;
    try {
      // The town as it stands: the hidden buildings' own walls too, and no wall bared by pulling them down.
      today = unitePatches(planned, walls());
      facades.samples = today.samples;
      without = scene.sunHours.run([city.scene], site, steps);
      facades.without = maskedHours(
        scene.sunHours.runFacades([city.scene], today.samples, site, steps),
        today.inSecond,
      );
    } finally {
      showHidden(true);
    }
    withProposals = scene.sunHours.run([city.scene, proposals.group], site, steps);
    const facadesStarted = performance.now();
    const after = scene.sunHours.runFacades([city.scene, proposals.group], today.samples, site, steps);
    facades.with = maskedHours(after, today.inFirst);
    facades.ms = performance.now() - facadesStarted;
  } finally {
    for (const mesh of ground) mesh.visible = true;
    proposals.dispose();
  }
  const key = around ? variantKey(around) : 'city';
  return { key, with: withProposals, without, facades, ms: performance.now() - started };
}

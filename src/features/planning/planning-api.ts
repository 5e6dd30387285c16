import { Vector3 } from 'three';
import type { TwinClock } from '../../core/planning/clock.ts';
import type { Proposal, ProposalSpec } from '../../core/planning/proposal.ts';
import type { ProposalMeasures } from '../../core/planning/proposal-measures.ts';
import type { SunPosition } from '../../core/planning/sun-position.ts';
import { hoursAt, type StudySite } from '../../core/planning/sun-hours-grid.ts';
import { currentStudy } from './study/study-view.ts';
import { nearestSample } from '../../core/planning/facade-samples.ts';
import { shownProposals } from './planning-store.ts';
import { topHeight } from './proposals/city-site.ts';
import type { Planning } from './planning.ts';
import type { StudyRequest } from './study/shadow-study.ts';

/** What the planning feature adds to `window.cityTwin`, for tests, benchmarks and the exhibit. */
export interface PlanningApi {
  clock: {
    /** The twin's time (a Date) and its clock: live, or set with a play speed. */
    get(): { time: Date; live: boolean; speed: number; clock: TwinClock };
    /** Set the clock to a time (Date, ms or `2026-12-21T14:00` Berlin time) or 'live'; speed plays it. */
    set(time: Date | number | string, speed?: number): void;
  };
  /** The sun for the clock's time: degrees above the horizon and clockwise from north. */
  sun(): SunPosition;
  proposals: {
    add(spec: ProposalSpec): Proposal;
    update(id: string, patch: Partial<Proposal>): Proposal;
    list(): (Proposal & { measures: ProposalMeasures | null; shown: boolean })[];
    remove(id: string): boolean;
    toGeoJSON(): object;
    /** Load saved proposals; a bad file throws with the place that is wrong and leaves everything as it was. */
    load(geojson: unknown): Proposal[];
    /** Show this variant of a site (A, B, C …). */
    showVariant(site: string, variant: string): void;
    /** Hide every building the proposal overlaps; returns their ids. */
    clearSite(id: string): string[];
  };
  /** Hide exactly these buildings (ids); [] shows all again. */
  hideBuildings(ids: string[]): void;
  hiddenBuildings(): string[];
  /** Run a shadow study on the clock's day around the selected proposal (or x, z): sun hours with and without. */
  shadowStudy(request?: Partial<StudyRequest>): {
    key: string;
    day: string;
    ms: number;
    cells: number;
    maxHours: number;
    /** Façade patches counted on the walls around the site. */
    facades: number;
  };
  /**
   * The shown study's hours of sun on the façade patch nearest a point of a wall (within 1.5 m), with and
   * without the proposals (NaN where the patch is no façade: a hidden building's wall with them, a wall
   * its going bares without), and the patch's outward normal; null where no wall was studied.
   */
  facadeSunHours(
    x: number,
    y: number,
    z: number,
  ): { with: number; without: number; normal: [number, number, number] } | null;
  /** The shown study's sun hours at a ground point, with and without the proposals; null off its site. */
  studyHoursAt(x: number, z: number): { with: number; without: number } | null;
  /** The shown study's sun hours with the proposals, cell by cell from the north-west corner, and its site. */
  studyGrid(): (StudySite & { cells: number; hours: number[] }) | null;
  /** The shown study's façade patches (centres, normals, side), their hours with the proposals, one pass's ms. */
  studyFacades(): {
    positions: number[];
    normals: number[];
    size: number;
    hours: number[];
    ms: number;
  } | null;
  /** The top of the city at x, z (model metres; on 3D Tiles, the mesh as flattened under proposals), or null. */
  heightAt(x: number, z: number): number | null;
  /** Hours of direct sun at a ground point on the clock's day, with the shown proposals. */
  sunHours(x: number, z: number): number;
  /**
   * The sun's shadow map now: on (the sun is up and shadows are not off), its size, the square it covers, and
   * the meshes drawn into it (three.js counts the shadow pass's draw calls before it resets its figures).
   */
  shadows(): { enabled: boolean; mapSize: number; extent: number; casters: number };
  /** Look from `eye` at `target` (model metres): a planner's view from above, on the desktop. */
  view(eye: [number, number, number], target: [number, number, number]): void;
  /** Where a point of the model is on the page (CSS px from the top left), or null behind the camera. */
  toScreen(x: number, y: number, z: number): [number, number] | null;
}

/** Build the handle over the feature's controller. */
export function createPlanningApi(
  planning: Planning,
  parseTime: (text: string) => number | 'live' | null,
): PlanningApi {
  const { runtime, store } = planning;
  return {
    clock: {
      get() {
        const clock = runtime.store.getState().clock;
        return { time: new Date(runtime.time()), live: clock.base === null, speed: clock.speed, clock };
      },
      set(time, speed) {
        const value =
          time instanceof Date ? time.getTime() : typeof time === 'string' ? parseTime(time) : time;
        if (value === null) throw new Error(`clock.set: not a time: ${String(time)}`);
        runtime.setClock(value, speed);
      },
    },
    sun: () => planning.sun(),
    proposals: {
      add: (spec) => planning.add(spec),
      update: (id, patch) => planning.update(id, patch),
      list: () => {
        const state = store.getState();
        return state.proposals.map((p) => ({
          ...p,
          measures: planning.measures(p.id),
          shown: (state.variants[p.site] ?? p.variant) === p.variant,
        }));
      },
      remove: (id) => planning.remove(id),
      toGeoJSON: () => planning.toGeoJSON(),
      load: (geojson) => planning.load(geojson, 'cityTwin.proposals.load'),
      showVariant(site, variant) {
        const first = store.getState().proposals.find((p) => p.site === site && p.variant === variant);
        store.setState({
          variants: { ...store.getState().variants, [site]: variant },
          selected: first?.id ?? null,
        });
      },
      clearSite: (id) => planning.clearSite(id),
    },
    hideBuildings: (ids) => planning.setHidden(ids),
    hiddenBuildings: () => [...store.getState().hidden],
    shadowStudy(request = {}) {
      const study = planning.study(request);
      return {
        key: study.key,
        day: study.day,
        ms: study.ms,
        cells: study.with.cells,
        maxHours: Math.max(...study.without.hours),
        facades: study.facades.samples.count,
      };
    },
    facadeSunHours(x, y, z) {
      const study = currentStudy(store.getState());
      if (!study) return null;
      const { samples, with: after, without: before } = study.facades;
      const i = nearestSample(samples, x, y, z, 1.5);
      if (i < 0) return null;
      const normal = [...samples.normals.subarray(i * 3, i * 3 + 3)] as [number, number, number];
      return { with: after[i]!, without: before[i]!, normal };
    },
    shadows: () => ({
      ...planning.shadows,
      casters: planning.shadows.casters + shownProposals(store.getState()).length,
    }),
    view(eye, target) {
      runtime.store.getState().walk?.lookFrom(eye, target);
    },
    toScreen(x, y, z) {
      const camera = planning.scene?.camera();
      const canvas = planning.scene?.renderer.domElement;
      if (!camera || !canvas) return null;
      camera.updateMatrixWorld();
      const p = new Vector3(x, y, z).project(camera);
      if (p.z > 1) return null;
      const rect = canvas.getBoundingClientRect();
      return [rect.left + ((p.x + 1) / 2) * rect.width, rect.top + ((1 - p.y) / 2) * rect.height];
    },
    studyHoursAt(x, z) {
      const study = currentStudy(store.getState());
      const after = study && hoursAt(study.with, x, z);
      const before = study && hoursAt(study.without, x, z);
      return after == null || before == null ? null : { with: after, without: before };
    },
    studyGrid() {
      const study = currentStudy(store.getState());
      return study && { ...study.with.site, cells: study.with.cells, hours: [...study.with.hours] };
    },
    heightAt: (x, z) => topHeight(runtime.store.getState().city, x, z),
    studyFacades() {
      const facades = currentStudy(store.getState())?.facades;
      if (!facades) return null;
      const { positions, normals, size } = facades.samples;
      return {
        positions: [...positions],
        normals: [...normals],
        size,
        hours: [...facades.with],
        ms: facades.ms,
      };
    },
    sunHours(x, z) {
      // A one-cell study at the point, through the same GPU path as the colour map.
      const study = planning.study({ x, z, size: 1, resolution: 1, stepMinutes: 15, facades: false }, false);
      return hoursAt(study.with, x, z) ?? 0;
    },
  };
}

declare module '../../app/twin-api.ts' {
  // The planning feature's fields on `window.cityTwin` (its part's `api`).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface CityTwinExtensions extends PlanningApi {}
}

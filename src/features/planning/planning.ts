import type { Camera, Object3D, WebGLRenderer } from 'three';
import { InputError } from '../../core/input/input-error.ts';
import { sunPath } from '../../core/planning/sun-hours.ts';
import { cityLocation, sunPosition, type SunPosition } from '../../core/planning/sun-position.ts';
import { formatBerlin } from '../../core/planning/berlin-time.ts';
import {
  checkProposal,
  proposalFromSpec,
  type Proposal,
  type ProposalSpec,
} from '../../core/planning/proposal.ts';
import { measureProposal, type ProposalMeasures } from '../../core/planning/proposal-measures.ts';
import { parseProposals, proposalsToGeoJSON } from '../../core/planning/proposal-geojson.ts';
import type { CityModel } from '../../city/city-model.ts';
import type { TwinRuntime } from '../../twin/twin-runtime.ts';
import { createPlanningStore, shownProposals, type PlanningStore } from './planning-store.ts';
import { groundHeight, neighbourBoxes } from './proposals/city-site.ts';
import { createBuildingHider, type BuildingHider } from './proposals/building-hider.ts';
import { runShadowStudy, type StudyRequest, type StudyScene } from './study/shadow-study.ts';
import type { ShadowStudy } from './planning-store.ts';
import { loadProposalModel, type ProposalModel } from './proposals/proposal-model.ts';
import { createSiteFlattening } from './proposals/site-flattening.ts';

/** What the scene lends the planning feature while it is mounted: the renderer and what casts shadows. */
export interface PlanningScene extends Omit<StudyScene, 'models'> {
  renderer: WebGLRenderer;
  /** The camera drawn through now (the headset's in VR). */
  camera(): Camera;
  /** The proposals' group (left out for the study without them). */
  proposals: Object3D;
}

/** The planning feature's state and everything it does, outside React: the panel, the scene and the API use it. */
export interface Planning {
  readonly runtime: TwinRuntime;
  readonly store: PlanningStore;
  /** Set by the scene part while mounted. */
  scene: PlanningScene | null;
  /** A proposal is being dragged ('held'), or was let go this frame ('released'): the walk gets no look input. */
  drag: 'none' | 'held' | 'released';
  /** The sun's shadow map this frame (written by SunLight). */
  readonly shadows: { enabled: boolean; mapSize: number; extent: number; casters: number };
  sun(time?: number): SunPosition;
  add(spec: ProposalSpec): Proposal;
  update(id: string, patch: Partial<Proposal>): Proposal;
  remove(id: string): boolean;
  /** Put a proposal on the ground under its centre. */
  ground(id: string): void;
  measures(id: string): ProposalMeasures | null;
  toGeoJSON(): object;
  /** Read proposals (replacing those with the same id); a bad file throws with its place and changes nothing. */
  load(json: unknown, file: string): Proposal[];
  /** Hide exactly these buildings (by id); unknown ids are left out. */
  setHidden(ids: readonly string[]): void;
  /** Hide every building the proposal's footprint overlaps; returns their ids. */
  clearSite(id: string): string[];
  /** Loaded glTF models by the reference proposals keep (a dropped file's name, or a URL). */
  readonly models: Map<string, ProposalModel>;
  /** Load a model (a dropped file, or a URL) and propose it in front of the viewer, its size measured. */
  addModel(source: File | string, spec?: ProposalSpec): Promise<Proposal>;
  /** Run a shadow study; `keep` makes it the one shown for its variant. */
  study(request: Partial<StudyRequest>, keep?: boolean): ShadowStudy;
  dispose(): void;
}

/** The feature's controller over the runtime. */
export function createPlanning(runtime: TwinRuntime): Planning {
  const store = createPlanningStore();
  const flattening = createSiteFlattening(runtime, store);
  let count = 0;
  let hider: { city: CityModel; hider: BuildingHider } | null = null;
  const city = (): CityModel | null => runtime.store.getState().city;
  const hiderFor = (shown: CityModel): BuildingHider => {
    if (hider?.city !== shown) {
      hider?.hider.dispose();
      hider = { city: shown, hider: createBuildingHider(shown) };
    }
    return hider.hider;
  };
  const applyHidden = (): void => {
    const shown = city();
    if (!shown) return;
    const indices = store.getState().hidden.map((id) => shown.buildings.indexOf(id));
    hiderFor(shown).set(new Set(indices.filter((i): i is number => i !== undefined)));
  };
  // A new city takes the plan's hidden buildings; the old city's hider lets go of a city being freed.
  const unsubscribe = runtime.store.subscribe((state, previous) => {
    if (state.city === previous.city) return;
    if (hider && hider.city !== state.city) hider = null;
    applyHidden();
  });
  const get = (id: string): Proposal => {
    const p = store.getState().proposals.find((q) => q.id === id);
    if (!p) throw new Error(`no proposal ${id}`);
    return p;
  };
  const checked = (p: Proposal): Proposal => {
    const problem = checkProposal(p);
    if (problem) throw new Error(`proposal ${p.id}: ${problem}`);
    return p;
  };
  const replace = (next: Proposal): Proposal => {
    const list = store.getState().proposals;
    const at = list.findIndex((q) => q.id === next.id);
    store.setState({ proposals: at < 0 ? [...list, next] : list.map((q, i) => (i === at ? next : q)) });
    return next;
  };
  const planning: Planning = {
    runtime,
    store,
    scene: null,
    drag: 'none',
    shadows: { enabled: false, mapSize: 0, extent: 0, casters: 0 },
    sun: (time = runtime.time()) => sunPosition(time, cityLocation(city()?.extras.origin ?? null)),
    add(spec) {
      do count++;
      while (store.getState().proposals.some((q) => q.id === `p${count}`));
      const p = checked(proposalFromSpec(spec, spec.id ?? `p${count}`));
      if (store.getState().proposals.some((q) => q.id === p.id)) throw new Error(`proposal ${p.id} exists`);
      const grounded = spec.baseY === undefined ? { ...p, baseY: groundHeight(city(), p.x, p.z) } : p;
      replace(grounded);
      store.setState({ selected: p.id, variants: { ...store.getState().variants, [p.site]: p.variant } });
      return grounded;
    },
    update: (id, patch) => replace(checked({ ...get(id), ...patch, id })),
    remove(id) {
      const { proposals, selected } = store.getState();
      if (!proposals.some((q) => q.id === id)) return false;
      store.setState({
        proposals: proposals.filter((q) => q.id !== id),
        selected: selected === id ? null : selected,
      });
      return true;
    },
    ground(id) {
      const p = get(id);
      replace({ ...p, baseY: groundHeight(city(), p.x, p.z) });
    },
    measures(id) {
      const p = store.getState().proposals.find((q) => q.id === id);
      return p ? measureProposal(p, neighbourBoxes(city(), store.getState().hidden)) : null;
    },
    toGeoJSON: () => proposalsToGeoJSON(store.getState().proposals, city()?.extras.origin ?? null),
    load(json, file) {
      const loaded = parseProposals(json, file, city()?.extras.origin ?? null);
      const bad = loaded.map((p) => [p, checkProposal(p)] as const).find(([, problem]) => problem);
      if (bad) throw new InputError(file, `proposal ${bad[0].id}`, bad[1]!);
      for (const p of loaded) replace(p);
      const variants = { ...store.getState().variants };
      for (const p of loaded) variants[p.site] ??= p.variant;
      store.setState({ variants });
      return loaded;
    },
    setHidden(ids) {
      const known = city()?.buildings;
      store.setState({ hidden: [...new Set(ids)].filter((id) => known?.indexOf(id) !== undefined) });
      applyHidden();
    },
    clearSite(id) {
      const overlaps = planning.measures(id)?.overlaps ?? [];
      planning.setHidden([...store.getState().hidden, ...overlaps]);
      return overlaps;
    },
    models: new Map(),
    async addModel(source, spec = {}) {
      const renderer = planning.scene?.renderer;
      if (!renderer) throw new Error('no scene to show a model in yet');
      const name = typeof source === 'string' ? source : source.name;
      const url = typeof source === 'string' ? source : URL.createObjectURL(source);
      try {
        const model = await loadProposalModel(url, renderer);
        planning.models.get(name)?.dispose();
        planning.models.set(name, model);
        // Storeys of 3 m as an estimate for the figures; the model itself is drawn as it is.
        const storeys = Math.max(1, Math.round(model.height / 3));
        return planning.add({
          name,
          ...spec,
          model: name,
          roof: 'flat',
          width: model.width,
          depth: model.depth,
          storeys,
          storeyHeight: Math.max(2, model.height / storeys),
        });
      } finally {
        if (typeof source !== 'string') URL.revokeObjectURL(url);
      }
    },
    study(request, keep = true) {
      const scene = planning.scene;
      const shown = city();
      if (!scene || !shown) throw new Error('shadow study: no city shown yet');
      const state = store.getState();
      const selected = state.proposals.find((p) => p.id === state.selected) ?? shownProposals(state)[0];
      const time = request.time ?? runtime.time();
      const steps = sunPath(time, cityLocation(shown.extras.origin), {
        stepMinutes: request.stepMinutes ?? 15,
      });
      const result = runShadowStudy(
        { ...scene, models: planning.models },
        shown,
        shownProposals(state),
        selected ?? null,
        steps,
        request,
        (hidden) => {
          hiderFor(shown).set(
            new Set(hidden ? state.hidden.map((h) => shown.buildings.indexOf(h) ?? -1) : []),
          );
        },
      );
      const study: ShadowStudy = { ...result, day: formatBerlin(time).slice(0, 10) };
      if (keep) store.setState({ studies: { ...store.getState().studies, [study.key]: study } });
      return study;
    },
    dispose() {
      unsubscribe();
      flattening.dispose();
      for (const model of planning.models.values()) model.dispose();
      planning.models.clear();
      hider?.hider.dispose();
      hider = null;
    },
  };
  return planning;
}

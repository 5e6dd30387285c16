import { createStore, type StoreApi } from 'zustand/vanilla';
import type { GroundXZ, Proposal } from '../../core/planning/proposal.ts';
import type { SunHoursGrid } from '../../core/planning/sun-hours-grid.ts';
import type { FacadeSamples } from '../../core/planning/facade-samples.ts';

/** What a click on the city does: nothing special, add a corner of a new footprint, or hide a building. */
export type PlanningTool = 'none' | 'draw' | 'hide';

/** Which sun hours the colour map shows: with the proposals, the city as it is, or what the proposals shade. */
export type StudyView = 'with' | 'without' | 'difference';

/** Sun hours on the walls around a site, per façade patch, with and without the shown proposals. */
export interface FacadeStudy {
  samples: FacadeSamples;
  with: Float32Array;
  without: Float32Array;
  /** The time of one pass over the patches (with the proposals), ms. */
  ms: number;
}

/** A shadow study of one site on one day: sun hours with and without the shown proposals. */
export interface ShadowStudy {
  /** The variant the study was made for (each variant has its own). */
  key: string;
  day: string;
  with: SunHoursGrid;
  without: SunHoursGrid;
  /** The same on the walls of the buildings on the site. */
  facades: FacadeStudy;
  ms: number;
}

/** The planning feature's own state: nothing outside the feature reads it. */
export interface PlanningState {
  proposals: readonly Proposal[];
  selected: string | null;
  /** The variant shown per site (the first one of a site when none is chosen). */
  variants: Readonly<Record<string, string>>;
  /** Existing buildings taken off the site, by id. */
  hidden: readonly string[];
  tool: PlanningTool;
  /** Corners clicked so far with the draw tool. */
  drawn: readonly GroundXZ[];
  /** Studies by variant key (`site/variant`); the shown one is the selected proposal's. */
  studies: Readonly<Record<string, ShadowStudy>>;
  studyView: StudyView;
  /** The panel is open. */
  open: boolean;
}

/** The feature's store. */
export type PlanningStore = StoreApi<PlanningState>;

/** An empty plan. */
export function createPlanningStore(): PlanningStore {
  return createStore<PlanningState>()(() => ({
    proposals: [],
    selected: null,
    variants: {},
    hidden: [],
    tool: 'none',
    drawn: [],
    studies: {},
    studyView: 'with',
    open: false,
  }));
}

/** The variant key of a proposal: its site and variant. */
export const variantKey = (p: Pick<Proposal, 'site' | 'variant'>): string => `${p.site}/${p.variant}`;

/** The variant shown for a site. */
export function shownVariant(state: PlanningState, site: string): string | undefined {
  return state.variants[site] ?? state.proposals.find((p) => p.site === site)?.variant;
}

/** The proposals drawn now: those of each site's shown variant. */
export function shownProposals(state: PlanningState): Proposal[] {
  return state.proposals.filter((p) => shownVariant(state, p.site) === p.variant);
}

/** The variants proposed for a site, in order. */
export function variantsOf(state: PlanningState, site: string): string[] {
  return [...new Set(state.proposals.filter((p) => p.site === site).map((p) => p.variant))].sort();
}

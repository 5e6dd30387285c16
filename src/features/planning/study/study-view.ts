import { lostHours, type SunHoursGrid } from '../../../core/planning/sun-hours-grid.ts';
import { hoursColour, lostColour, type Rgba } from '../../../core/planning/study-colours.ts';
import type { PlanningState, ShadowStudy, StudyView } from '../planning-store.ts';

/** The study shown now: the selected proposal's variant's, else the last one made. */
export function currentStudy(state: PlanningState): ShadowStudy | null {
  const selected = state.proposals.find((p) => p.id === state.selected);
  const key = selected ? `${selected.site}/${selected.variant}` : undefined;
  const all = Object.values(state.studies);
  return (key ? state.studies[key] : undefined) ?? all[all.length - 1] ?? null;
}

/** What a view of a study draws: its grid, the colour scale and its top. */
export function studyLayer(
  study: ShadowStudy,
  view: StudyView,
): { grid: SunHoursGrid; max: number; colour: (h: number, max: number) => Rgba } {
  const max = Math.max(0.25, ...study.without.hours);
  if (view === 'difference') return { grid: lostHours(study.without, study.with), max, colour: lostColour };
  return { grid: view === 'with' ? study.with : study.without, max, colour: hoursColour };
}

/** The façade hours a view of a study shows: with or without the proposals, or what they take. */
export function facadeHours(study: ShadowStudy, view: StudyView): Float32Array {
  const { with: after, without: before } = study.facades;
  if (view === 'with') return after;
  if (view === 'without') return before;
  return before.map((h, i) => Math.max(0, h - after[i]!));
}

import { useStore } from 'zustand';
import type { Proposal } from '../../../core/planning/proposal.ts';
import { useTwin } from '../../../twin/use-twin.ts';
import type { Planning } from '../planning.ts';

const m1 = (v: number): string => v.toFixed(1);

/** A proposal's height, storeys, gross floor area, nearest neighbour and overlaps, as the planner reads them. */
export function ProposalFigures({ planning, proposal }: { planning: Planning; proposal: Proposal }) {
  const { t } = useTwin();
  // Hidden buildings change the neighbours: read again when they change.
  useStore(planning.store, (s) => s.hidden);
  const m = planning.measures(proposal.id);
  if (!m) return null;
  const nearest = m.nearest.find((n) => n.distance > 0) ?? m.nearest[0];
  return (
    <ul className="planning-figures" data-testid="proposal-figures">
      <li>{t('planning.height', { height: m1(m.height), eaves: m1(m.eavesHeight) })}</li>
      <li>{t('planning.area', { area: Math.round(m.grossFloorArea), storeys: m.storeys })}</li>
      {nearest && <li>{t('planning.nearest', { id: nearest.id, distance: m1(nearest.distance) })}</li>}
      {m.overlaps.length > 0 && (
        <li className="planning-overlap" data-testid="proposal-overlap">
          {t('planning.overlap', { ids: m.overlaps.join(', ') })}
        </li>
      )}
    </ul>
  );
}

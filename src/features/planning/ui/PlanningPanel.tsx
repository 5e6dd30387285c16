import { useStore } from 'zustand';
import { useTwin } from '../../../twin/use-twin.ts';
import type { Planning } from '../planning.ts';
import { ClockControls } from './ClockControls.tsx';
import { PlanningFiles } from './PlanningFiles.tsx';
import { ProposalEditor } from './ProposalEditor.tsx';
import { ProposalTools } from './ProposalTools.tsx';
import { StudyControls } from './StudyControls.tsx';

/** The planning panel over the view (right side): clock and sun, proposals, hidden buildings, files, study. */
export function PlanningPanel({ planning }: { planning: Planning }) {
  const { t } = useTwin();
  const open = useStore(planning.store, (s) => s.open);
  const selected = useStore(planning.store, (s) => s.proposals.find((p) => p.id === s.selected));
  if (!open)
    return (
      <button
        type="button"
        className="planning-toggle"
        data-testid="planning-open"
        onClick={() => planning.store.setState({ open: true })}
      >
        {t('planning.open')}
      </button>
    );
  return (
    <aside className="planning-panel" data-testid="planning-panel" aria-label={t('planning.open')}>
      <button
        type="button"
        className="planning-close"
        aria-label={t('planning.close')}
        onClick={() => planning.store.setState({ open: false })}
      >
        ×
      </button>
      <ClockControls planning={planning} />
      <fieldset>
        <legend>{t('planning.proposals')}</legend>
        <ProposalTools planning={planning} />
        {selected ? (
          <ProposalEditor planning={planning} proposal={selected} />
        ) : (
          <p className="planning-note">{t('planning.none')}</p>
        )}
        <PlanningFiles planning={planning} />
      </fieldset>
      <StudyControls planning={planning} />
    </aside>
  );
}

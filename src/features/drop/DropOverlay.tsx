import { useStore } from 'zustand';
import { useTwin } from '../../twin/use-twin.ts';
import type { DropStore } from './drop-state.ts';
import './drop.css';

/** Over the page: where to drop a file while one is dragged, then the import's progress. */
export function DropOverlay({ store }: { store: DropStore }) {
  const { t } = useTwin();
  const { dragging, file, phase, fraction } = useStore(store);
  if (dragging) return <div className="drop-hint">{t('drop.hint')}</div>;
  if (!file || !phase) return null;
  return (
    <div className="loading" data-testid="drop-progress">
      <progress max={1} value={fraction} />
      <span>{t(`drop.${phase}`, { file, percent: Math.round(fraction * 100) })}</span>
    </div>
  );
}

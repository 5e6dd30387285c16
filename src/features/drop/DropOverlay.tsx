import { useStore } from 'zustand';
import { useTwin } from '../../twin/use-twin.ts';
import type { DropStore } from './drop-state.ts';
import { DropCrsForm } from './DropCrsForm.tsx';
import { DropPlaceForm } from './DropPlaceForm.tsx';
import type { ModelPlace } from './drop-place.ts';
import './drop.css';

/**
 * Over the page: where to drop a file while one is dragged, then the import's progress, or the EPSG field
 * when a city file was refused for its reference system (`answer`: the code entered, null to give up), or the
 * offer to place a model shown without a place (`placeAt`: where, null to leave it).
 */
export function DropOverlay({
  store,
  answer,
  placeAt,
}: {
  store: DropStore;
  answer: (code: string | null) => void;
  placeAt: (place: ModelPlace | null) => void;
}) {
  const { t } = useTwin();
  const { dragging, file, phase, fraction, ask, place } = useStore(store);
  if (dragging) return <div className="drop-hint">{t('drop.hint')}</div>;
  if (ask) return <DropCrsForm question={ask} answer={answer} />;
  if (place && !phase) return <DropPlaceForm key={place.tried} question={place} answer={placeAt} />;
  if (!file || !phase) return null;
  return (
    <div className="loading" data-testid="drop-progress">
      <progress max={1} value={fraction} />
      <span>{t(`drop.${phase}`, { file, percent: Math.round(fraction * 100) })}</span>
    </div>
  );
}

import { useStore } from 'zustand';
import { useTwin, useTwinState } from '../../../twin/use-twin.ts';
import type { Planning } from '../planning.ts';
import { inFront } from './in-front.ts';

/** Add a block in front of the viewer, click a footprint, hide the selected building or show all again. */
export function ProposalTools({ planning }: { planning: Planning }) {
  const { runtime, t } = useTwin();
  const tool = useStore(planning.store, (s) => s.tool);
  const drawn = useStore(planning.store, (s) => s.drawn);
  const hidden = useStore(planning.store, (s) => s.hidden);
  const building = useTwinState((s) => s.selection?.buildingId ?? null);
  const addInFront = (): void => void planning.add(inFront(planning));
  const finish = (): void => {
    const corners = planning.store.getState().drawn;
    planning.store.setState({ tool: 'none', drawn: [] });
    if (corners.length >= 3) planning.add({ corners, roof: corners.length === 4 ? 'gable' : 'flat' });
  };
  return (
    <div className="planning-tools">
      <button type="button" onClick={addInFront} data-testid="planning-add">
        {t('planning.add-block')}
      </button>
      {tool === 'draw' ? (
        <>
          <button type="button" onClick={finish} disabled={drawn.length < 3}>
            {t('planning.draw-done', { count: drawn.length })}
          </button>
          <button type="button" onClick={() => planning.store.setState({ tool: 'none', drawn: [] })}>
            {t('planning.draw-cancel')}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => planning.store.setState({ tool: 'draw', drawn: [] })}>
          {t('planning.draw')}
        </button>
      )}
      {building && !hidden.includes(building) && (
        <button
          type="button"
          onClick={() => (planning.setHidden([...hidden, building]), runtime.select(null))}
        >
          {t('planning.hide-selected')}
        </button>
      )}
      {hidden.length > 0 && (
        <button type="button" onClick={() => planning.setHidden([])}>
          {t('planning.show-all', { count: hidden.length })}
        </button>
      )}
    </div>
  );
}

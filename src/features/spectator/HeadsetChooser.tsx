import { useStore } from 'zustand';
import { useTwin } from '../../twin/use-twin.ts';
import type { SpectatorStore, SpectatorView } from './spectator-state.ts';

const VIEWS: readonly SpectatorView[] = ['eye', 'above'];

/** Which headset the big screen follows, and how: the visitor's eyes or from above; or that there is none. */
export function HeadsetChooser({ store }: { store: SpectatorStore }) {
  const { t } = useTwin();
  const live = useStore(store, (s) => s.live);
  const followed = useStore(store, (s) => s.followed);
  const view = useStore(store, (s) => s.view);
  if (followed === null)
    return (
      <p className="spectator-none" data-testid="spectator-none">
        {t('spectator.none')}
      </p>
    );
  return (
    <div className="spectator-row">
      {live.length > 1 &&
        live.map((id) => (
          <button
            key={id}
            type="button"
            aria-pressed={id === followed}
            data-testid={`spectator-headset-${id}`}
            onClick={() => store.setState({ chosen: id })}
          >
            {id}
          </button>
        ))}
      {live.length === 1 && <span data-testid="spectator-headset">{followed}</span>}
      {VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          aria-pressed={v === view}
          data-testid={`spectator-view-${v}`}
          onClick={() => store.setState({ view: v })}
        >
          {t(`spectator.view-${v}`)}
        </button>
      ))}
    </div>
  );
}

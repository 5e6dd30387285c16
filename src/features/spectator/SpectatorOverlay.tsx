import type { GuideTarget } from '../../core/exhibit/guide-message.ts';
import { useTwin } from '../../twin/use-twin.ts';
import { GuidePanel } from './GuidePanel.tsx';
import { HeadsetChooser } from './HeadsetChooser.tsx';
import type { SpectatorStore } from './spectator-state.ts';

/** Props of the spectator's overlay. */
export interface SpectatorOverlayProps {
  store: SpectatorStore;
  send: (target: GuideTarget, name: { de: string; en: string }) => void;
}

/** Over the big screen: whom it follows and how, and the guide's panel. */
export function SpectatorOverlay({ store, send }: SpectatorOverlayProps) {
  const { t } = useTwin();
  return (
    <section className="spectator" aria-label={t('spectator.title')} data-testid="spectator">
      <HeadsetChooser store={store} />
      <GuidePanel store={store} send={send} />
    </section>
  );
}

import { useTwin } from '../../twin/use-twin.ts';

/** The controls for desktop, touch and VR, in the configured language. */
export function WalkHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTwin();
  return (
    <div className="walk-help" role="dialog" aria-label={t('walk.help-title')} data-testid="walk-help">
      <h2>{t('walk.help-title')}</h2>
      {/* Words, not emoji: a kiosk machine may have no emoji font and would show empty boxes. */}
      <h3>{t('walk.help-desktop-title')}</h3>
      <p>{t('walk.help-desktop')}</p>
      <h3>{t('walk.help-touch-title')}</h3>
      <p>{t('walk.help-touch')}</p>
      <h3>{t('walk.help-vr-title')}</h3>
      <p>{t('walk.help-vr')}</p>
      <p className="walk-help-keys">{t('walk.help-keys')}</p>
      <button type="button" onClick={onClose}>
        {t('dismiss')}
      </button>
    </div>
  );
}

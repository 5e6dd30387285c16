import { useState } from 'react';
import { useTwin, useTwinState } from '../../twin/use-twin.ts';
import { OperatorParts } from './OperatorParts.tsx';
import type { Stand } from './stand.ts';
import { useStand } from './use-stand.ts';

/** The stand staff's panel: broker, idle timeout, language, reset, and the state of every part. */
export function OperatorPanel({ stand }: { stand: Stand }) {
  const { runtime, t } = useTwin();
  const lang = useTwinState((s) => s.lang);
  const timeoutMs = useStand(stand, (s) => s.timeoutMs);
  const [broker, setBroker] = useState(runtime.config.broker);
  const applyBroker = (): void => {
    // A new broker means a new feed from scratch: the page reloads with it in its address.
    const url = new URL(location.href);
    url.searchParams.set('broker', broker.trim());
    location.assign(url);
  };
  return (
    <div
      className="stand-dialog stand-operator"
      role="dialog"
      aria-label={t('operator.title')}
      data-testid="operator"
    >
      <h2>{t('operator.title')}</h2>
      <OperatorParts />
      <label className="stand-field">
        <span>{t('operator.broker')}</span>
        <input data-testid="operator-broker" value={broker} onChange={(e) => setBroker(e.target.value)} />
        <button type="button" onClick={applyBroker} disabled={broker.trim() === ''}>
          {t('operator.broker-apply')}
        </button>
      </label>
      <label className="stand-field">
        <span>{t('operator.idle')}</span>
        <input
          data-testid="operator-idle"
          type="number"
          min={10}
          max={3600}
          value={Math.round(timeoutMs / 1000)}
          onChange={(e) =>
            stand.setTimeoutSeconds(Math.min(3600, Math.max(10, Number(e.target.value) || 90)))
          }
        />
      </label>
      <div className="stand-field">
        <span>{t('operator.lang')}</span>
        {(['de', 'en'] as const).map((l) => (
          <button key={l} type="button" aria-pressed={lang === l} onClick={() => stand.setDefaultLang(l)}>
            {t(`lang.${l}`)}
          </button>
        ))}
      </div>
      <div className="stand-actions">
        <button type="button" data-testid="operator-reset" onClick={() => stand.reset()}>
          {t('operator.reset')}
        </button>
        <button type="button" className="stand-close" onClick={() => stand.setOperator('closed')}>
          {t('operator.close')}
        </button>
      </div>
    </div>
  );
}

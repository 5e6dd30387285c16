import { useEffect } from 'react';
import { useTwin, useTwinState } from '../../twin/use-twin.ts';
import { panelText } from '../building-text.ts';
import { shownScale } from '../use-shown-scale.ts';
import { Sparkline } from './Sparkline.tsx';
import { useBuildingView } from '../use-building-view.ts';

/** The selected building: name, address, temperature and its age, each sensor, and the last hour. */
export function InfoPanel() {
  const { runtime, t } = useTwin();
  const selected = useTwinState((s) => s.selection);
  const view = useBuildingView(runtime, selected?.buildingId ?? null);
  useEffect(() => {
    if (!selected) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') runtime.select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runtime, selected]);
  if (!selected || !view || view.id !== selected.buildingId) return null;
  const text = panelText(view, t, runtime.config.lang, shownScale(runtime));
  return (
    <aside className="info-panel" data-testid="info-panel" data-building={view.id} aria-live="polite">
      <header>
        <h2 data-testid="info-name">{text.name}</h2>
        <button
          type="button"
          className="info-close"
          data-testid="info-close"
          aria-label={t('panel.close')}
          title={t('panel.close')}
          onClick={() => runtime.select(null)}
        >
          ×
        </button>
      </header>
      {text.address && <p className="info-address">{text.address}</p>}
      <p className="info-temperature" data-testid="info-temperature" data-state={text.state}>
        <span className="swatch" style={{ background: text.swatch }} />
        <strong>{text.temperature}</strong>
        {text.age && <span className="info-age"> · {text.age}</span>}
      </p>
      {text.noSensor ? (
        <p className="info-no-sensor">{text.noSensor}</p>
      ) : (
        <>
          <h3>{t('panel.sensors')}</h3>
          <ul className="info-sensors">
            {text.sensors.map((s) => (
              <li key={s.id} data-testid="info-sensor" data-state={s.stateCode}>
                <span className="info-sensor-label">{s.label}</span>
                <span className="info-sensor-value">{s.value}</span>
                <span className="info-sensor-state">{s.state}</span>
              </li>
            ))}
          </ul>
          <h3>{t('panel.last-hour')}</h3>
          <Sparkline
            spark={view.spark}
            width={120}
            height={32}
            label={t('panel.last-hour')}
            empty={t('panel.no-history')}
          />
        </>
      )}
    </aside>
  );
}

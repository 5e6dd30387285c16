import { useMemo } from 'react';
import { useTwin } from '../app/use-twin.ts';
import { legendEntries } from './building-text.ts';

/** The colour scale's stops and the "no sensor" / "no current data" looks, in the corner of the page. */
export function Legend() {
  const { runtime, t } = useTwin();
  const { lang, scale } = runtime.config;
  const entries = useMemo(() => legendEntries(t, lang, scale), [t, lang, scale]);
  return (
    <section className="legend" data-testid="legend" aria-label={t('legend.title')}>
      <h2 className="legend-title">{t('legend.title')}</h2>
      <ul>
        {entries.map((e) => (
          <li key={e.key} data-testid={`legend-${e.key}`}>
            <span className="swatch" style={{ background: e.hex }} />
            {e.label}
          </li>
        ))}
      </ul>
    </section>
  );
}

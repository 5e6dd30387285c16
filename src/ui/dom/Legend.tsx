import { useMemo } from 'react';
import { useTwin, useTwinState } from '../../twin/use-twin.ts';
import { legendEntries, type LegendEntry } from '../building-text.ts';

/** The colour scale's stops (cold to hot) and the "no sensor" / "no current data" looks, in a corner of the page. */
export function Legend() {
  const { runtime, t } = useTwin();
  const { scale } = runtime.config;
  const lang = useTwinState((s) => s.lang);
  const entries = useMemo(() => legendEntries(t, lang, scale), [t, lang, scale]);
  const item = (e: LegendEntry) => (
    <li key={e.key} data-testid={`legend-${e.key}`}>
      <span className="swatch" style={{ background: e.hex }} />
      <span>{e.label}</span>
    </li>
  );
  return (
    <section className="legend" data-testid="legend" aria-label={t('legend.title')}>
      <h2 className="legend-title">{t('legend.title')}</h2>
      <ul className="legend-scale">{entries.filter((e) => e.kind === 'stop').map(item)}</ul>
      <ul className="legend-special">{entries.filter((e) => e.kind === 'special').map(item)}</ul>
    </section>
  );
}

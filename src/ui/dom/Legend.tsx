import { useMemo } from 'react';
import { useTwin } from '../../twin/use-twin.ts';
import { legendEntries, type LegendEntry } from '../building-text.ts';
import { useShownScale } from '../use-shown-scale.ts';
import { Histogram } from './Histogram.tsx';
import { OutlierToggle } from './OutlierToggle.tsx';

/**
 * The colour scale's stops (cold to hot), which scale it is (automatic or fixed) and its range, how the live
 * buildings spread over it, and the "no sensor" / "no current data" looks, in a corner of the page.
 */
export function Legend() {
  const { runtime, t } = useTwin();
  const { lang } = runtime.config;
  const { scale, histogram } = useShownScale(runtime);
  const entries = useMemo(() => legendEntries(t, lang, scale), [t, lang, scale]);
  const item = (e: LegendEntry) => (
    <li key={e.key} data-testid={`legend-${e.key}`}>
      <span className="swatch" style={{ background: e.hex }} />
      <span>{e.label}</span>
    </li>
  );
  return (
    <section
      className="legend"
      data-testid="legend"
      data-scale={scale.mode}
      data-range={`${scale.min},${scale.max}`}
      aria-label={t('legend.title')}
    >
      <h2 className="legend-title">{t('legend.title')}</h2>
      <p className="legend-mode" data-testid="legend-mode">
        {t(`legend.${scale.mode}`, { min: scale.min, max: scale.max })}
      </p>
      <ul className="legend-scale">{entries.filter((e) => e.kind === 'stop').map(item)}</ul>
      <Histogram counts={histogram} scale={scale} label={t('legend.histogram')} />
      <ul className="legend-special">{entries.filter((e) => e.kind === 'special').map(item)}</ul>
      <OutlierToggle />
    </section>
  );
}

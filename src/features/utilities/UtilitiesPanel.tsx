import { useStore } from 'zustand';
import { UTILITY_COLOURS, UTILITY_TYPES } from '../../core/utilities/utility-types.ts';
import { useTwin } from '../../twin/use-twin.ts';
import { ClashList } from './ClashList.tsx';
import { RouteEditor } from './RouteEditor.tsx';
import type { UtilitiesController } from './utilities-controller.ts';
import { XRAY_RADIUS, type UtilitiesStore } from './utilities-state.ts';
import './utilities.css';

/** The underground panel: legend, sample-data mark, X-ray switch and radius, depth readout, route and check. */
export function UtilitiesPanel({
  store,
  controller,
}: {
  store: UtilitiesStore;
  controller: UtilitiesController;
}) {
  const { t } = useTwin();
  const network = useStore(store, (s) => s.network);
  const xray = useStore(store, (s) => s.xray);
  const radiusM = useStore(store, (s) => s.radiusM);
  const pointed = useStore(store, (s) => s.pointed);
  return (
    <details className="utilities-panel" data-testid="utilities-panel">
      <summary>
        {t('utilities.title')}
        {network?.sample && (
          <span className="utilities-sample" data-testid="utilities-sample">
            {t('utilities.sample')}
          </span>
        )}
      </summary>
      <p className="utilities-count">
        {network ? t('utilities.count', { count: network.lines.length }) : t('utilities.none')}
      </p>
      <ul className="utilities-legend" data-testid="utilities-legend">
        {UTILITY_TYPES.map((type) => (
          <li key={type}>
            <span className="swatch" style={{ background: UTILITY_COLOURS[type] }} />
            {t(`utilities.type.${type}`)}
          </li>
        ))}
      </ul>
      <label className="utilities-row">
        <input
          type="checkbox"
          data-testid="utilities-xray"
          checked={xray}
          onChange={(e) => store.setState({ xray: e.target.checked })}
        />
        {t('utilities.xray')}
      </label>
      <label className="utilities-row">
        <input
          type="range"
          data-testid="utilities-radius"
          min={XRAY_RADIUS.min}
          max={XRAY_RADIUS.max}
          value={radiusM}
          onChange={(e) => store.setState({ radiusM: Number(e.target.value) })}
        />
        {t('utilities.radius', { value: radiusM })}
      </label>
      {xray && pointed && (
        <p className="utilities-pointed" data-testid="utilities-pointed">
          {t('utilities.pointed', {
            type: t(`utilities.type.${pointed.type}`),
            id: pointed.lineId,
            diameter: pointed.diameterM.toFixed(2),
            depth: pointed.depthM.toFixed(2),
            owner: pointed.owner,
          })}
        </p>
      )}
      <RouteEditor store={store} controller={controller} />
      <ClashList store={store} controller={controller} />
    </details>
  );
}

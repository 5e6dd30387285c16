import { useStore } from 'zustand';
import { UTILITY_TYPES, type UtilityType } from '../../core/utilities/utility-types.ts';
import { useTwin } from '../../twin/use-twin.ts';
import { RouteFiles } from './RouteFiles.tsx';
import type { UtilitiesController } from './utilities-controller.ts';
import type { DraftRoute, UtilitiesStore } from './utilities-state.ts';

const positive = (text: string, fallback: number): number => {
  const v = Number(text.replace(',', '.'));
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

/** The planned line's type, size and depth, its points (each with its own depth if wished), draw and clear. */
export function RouteEditor({
  store,
  controller,
}: {
  store: UtilitiesStore;
  controller: UtilitiesController;
}) {
  const { t } = useTwin();
  const route = useStore(store, (s) => s.route);
  const drawing = useStore(store, (s) => s.drawing);
  const rules = useStore(store, (s) => s.rules);
  const change = (next: Partial<DraftRoute>): void => store.setState({ route: { ...route, ...next } });
  const setType = (type: UtilityType): void =>
    change({ type, coverM: rules?.typicalCoverM[type] ?? route.coverM });
  return (
    <section className="utilities-route" data-testid="utilities-route">
      <h3>{t('utilities.route')}</h3>
      <button
        type="button"
        data-testid="utilities-draw"
        aria-pressed={drawing}
        onClick={() => store.setState({ drawing: !drawing })}
      >
        {drawing ? t('utilities.drawing') : t('utilities.draw')}
      </button>
      {drawing && <p className="utilities-hint">{t('utilities.draw-hint')}</p>}
      <div className="utilities-fields">
        <label>
          {t('utilities.route-type')}
          <select
            data-testid="utilities-type"
            value={route.type}
            onChange={(e) => setType(e.target.value as UtilityType)}
          >
            {UTILITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`utilities.type.${type}`)}
              </option>
            ))}
          </select>
        </label>
        {(
          [
            ['diameterM', 'utilities.diameter', 'utilities-diameter', 0.01],
            ['coverM', 'utilities.cover', 'utilities-cover', 0.05],
          ] as const
        ).map(([key, label, id, step]) => (
          <label key={key}>
            {t(label)}
            <input
              data-testid={id}
              type="number"
              step={step}
              min={step}
              value={route[key]}
              onChange={(e) => change({ [key]: positive(e.target.value, route[key]) })}
            />
          </label>
        ))}
      </div>
      <ol className="utilities-points" data-testid="utilities-points">
        {route.points.map((p, i) => (
          <li key={i}>
            {t('utilities.point', { n: i + 1 })}
            <input
              type="number"
              step="0.05"
              aria-label={t('utilities.cover')}
              placeholder={String(route.coverM)}
              value={p.coverM ?? ''}
              onChange={(e) => {
                const coverM = e.target.value === '' ? null : positive(e.target.value, route.coverM);
                change({ points: route.points.map((q, k) => (k === i ? { ...q, coverM } : q)) });
              }}
            />
            <button
              type="button"
              aria-label={t('utilities.remove-point', { n: i + 1 })}
              onClick={() => change({ points: route.points.filter((_, k) => k !== i) })}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      {route.points.length > 0 && (
        <button type="button" onClick={() => change({ points: [] })}>
          {t('utilities.clear')}
        </button>
      )}
      <RouteFiles store={store} controller={controller} />
    </section>
  );
}

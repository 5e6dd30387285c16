import { useStore } from 'zustand';
import type { Clash } from '../../core/utilities/route-check.ts';
import { useTwin } from '../../twin/use-twin.ts';
import type { UtilitiesController } from './utilities-controller.ts';
import type { UtilitiesStore } from './utilities-state.ts';

const metres = (v: number): string => v.toFixed(2);

/** The check's result: one entry per clash, choosing one jumps there; a plain "no clashes" when all is well. */
export function ClashList({ store, controller }: { store: UtilitiesStore; controller: UtilitiesController }) {
  const { t } = useTwin();
  const clashes = useStore(store, (s) => s.clashes);
  const chosen = useStore(store, (s) => s.chosen);
  const points = useStore(store, (s) => s.route.points.length);
  if (points < 2) return null;
  const text = (c: Clash): string =>
    t(`utilities.clash.${c.kind === 'clearance' && c.distanceM <= 0 ? 'overlap' : c.kind}`, {
      line: c.lineId,
      type: c.lineType ? t(`utilities.type.${c.lineType}`) : '',
      distance: metres(c.distanceM),
      required: metres(c.requiredM),
    });
  if (clashes.length === 0)
    return (
      <p className="utilities-ok" data-testid="utilities-ok">
        {t('utilities.ok')}
      </p>
    );
  return (
    <section className="utilities-clashes" data-testid="utilities-clashes">
      <h3>{t('utilities.clashes', { count: clashes.length })}</h3>
      <ol>
        {clashes.map((c, i) => (
          <li key={i} data-kind={c.kind} data-line={c.lineId}>
            <button type="button" aria-pressed={i === chosen} onClick={() => controller.jumpTo(i)}>
              {text(c)}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

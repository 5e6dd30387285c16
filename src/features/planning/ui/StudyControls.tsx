import { useStore } from 'zustand';
import { formatBerlin } from '../../../core/planning/berlin-time.ts';
import { legendStops } from '../../../core/planning/study-colours.ts';
import { useTwin } from '../../../twin/use-twin.ts';
import type { Planning } from '../planning.ts';
import type { StudyView } from '../planning-store.ts';
import { currentStudy, studyLayer } from '../study/study-view.ts';

const VIEWS: StudyView[] = ['with', 'without', 'difference'];

/** Run the shadow study for the clock's day, pick what the map shows, and read its legend. */
export function StudyControls({ planning }: { planning: Planning }) {
  const { runtime, t } = useTwin();
  const study = useStore(planning.store, currentStudy);
  const view = useStore(planning.store, (s) => s.studyView);
  useStore(runtime.store, (s) => s.clock);
  const day = formatBerlin(runtime.time()).slice(0, 10);
  const run = (): void => {
    try {
      planning.study({});
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      runtime.addNotice({ code: 'planning.study-failed', params: { reason }, severity: 'error' });
    }
  };
  const layer = study && studyLayer(study, view);
  return (
    <fieldset className="planning-study" data-testid="planning-study">
      <legend>{t('planning.study')}</legend>
      <button type="button" onClick={run} data-testid="study-run">
        {t('planning.study-run', { day })}
      </button>
      {study && layer && (
        <>
          <div role="radiogroup" className="planning-views">
            {VIEWS.map((v) => (
              <label key={v}>
                <input
                  type="radio"
                  name="study-view"
                  checked={view === v}
                  onChange={() => planning.store.setState({ studyView: v })}
                />
                {t(`planning.study-${v}`)}
              </label>
            ))}
          </div>
          <p>
            {view === 'difference'
              ? t('planning.study-lost')
              : t('planning.study-legend', { day: study.day })}
          </p>
          <ol className="planning-legend" data-testid="study-legend">
            {legendStops(layer.max, 5, layer.colour).map((s) => (
              <li key={s.hours}>
                <span className="swatch" style={{ background: s.css }} />
                {s.hours.toFixed(1)} h
              </li>
            ))}
          </ol>
          <p className="planning-note">
            {t('planning.study-facades', { count: study.facades.samples.count })}
          </p>
          <p className="planning-note">{t('planning.study-time', { ms: Math.round(study.ms) })}</p>
        </>
      )}
    </fieldset>
  );
}

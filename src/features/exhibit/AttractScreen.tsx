import { useEffect, useState } from 'react';
import { summariseTown, type TownSummary } from '../../core/exhibit/town-summary.ts';
import { useTwin, useTwinState } from '../../twin/use-twin.ts';
import type { Stand } from './stand.ts';
import { formatReplayTime, useReplayTime } from './use-replay-time.ts';
import { useStand } from './use-stand.ts';

const coarse = (): boolean => typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;

/** The attract loop's screen: the viewpoint's name and caption, the town's temperature, and how to start. */
export function AttractScreen({ stand }: { stand: Stand }) {
  const { runtime, t } = useTwin();
  const lang = useTwinState((s) => s.lang);
  const viewpoints = useTwinState((s) => s.city?.extras.viewpoints);
  const stop = useStand(stand, (s) => s.stop);
  const [town, setTown] = useState<TownSummary>({ celsius: null, live: 0 });
  useEffect(() => {
    const read = (): void => setTown(summariseTown(runtime.feed.state.sensors(Date.now())));
    read();
    // Every two seconds: the figures are live, but nobody reads faster than that.
    const timer = setInterval(read, 2000);
    return () => clearInterval(timer);
  }, [runtime]);
  const replayed = useReplayTime();
  const here = viewpoints?.[stop];
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return (
    <button
      type="button"
      className="attract"
      data-testid="attract"
      data-stop={here?.id ?? ''}
      // The stand's input listener has already handed the stand to the visitor; this only keeps the tap
      // from reaching the city below (a first touch starts, it does not walk or open a building).
      onClick={() => stand.input()}
    >
      <span className="attract-caption">
        <span className="attract-title">{t('title')}</span>
        {here && (
          <span className="attract-place" data-testid="attract-place">
            {here.name[lang]}
            <span className="attract-place-caption">
              {t(`exhibit.caption.${here.id}`, { defaultValue: '' })}
            </span>
          </span>
        )}
        <span className="attract-town" data-testid="attract-town">
          {town.celsius === null
            ? t('exhibit.town-none')
            : // During a replay the figures are the recorded day's, and say so: never "right now".
              t(replayed === null ? 'exhibit.town' : 'exhibit.town-replay', {
                celsius: number.format(town.celsius),
                live: town.live,
                time: replayed === null ? '' : formatReplayTime(replayed, lang),
              })}
        </span>
      </span>
      <span className="attract-start" data-testid="attract-start">
        {t(coarse() ? 'exhibit.start-touch' : 'exhibit.start-any')}
      </span>
    </button>
  );
}

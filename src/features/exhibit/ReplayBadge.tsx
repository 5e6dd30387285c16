import { useTwin, useTwinState } from '../../twin/use-twin.ts';
import { formatReplayTime, useReplayTime } from './use-replay-time.ts';

/** Shown to a visitor while the stand replays a recorded day: the readings and the sun are that day's. */
export function ReplayBadge() {
  const { t } = useTwin();
  const lang = useTwinState((s) => s.lang);
  const time = useReplayTime();
  // Without the broker the offline badge stands in this place and says what matters more.
  const online = useTwinState((s) => s.connection === 'connected' || s.connection === 'connecting');
  if (time === null || !online) return null;
  return (
    <div className="stand-replay" data-testid="replay-badge" role="status">
      {t('exhibit.replay', { time: formatReplayTime(time, lang) })}
    </div>
  );
}

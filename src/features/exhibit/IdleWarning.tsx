import { useEffect, useState } from 'react';
import { idleSecondsLeft } from '../../core/exhibit/idle.ts';
import { useTwin } from '../../twin/use-twin.ts';
import type { Stand } from './stand.ts';

/** Seconds before the tour returns at which the visitor is told, so a reset never comes as a surprise. */
const WARN_SECONDS = 15;

/** "15 s left": in the last seconds before the stand returns to its attract loop. */
export function IdleWarning({ stand }: { stand: Stand }) {
  const { t } = useTwin();
  const [left, setLeft] = useState(Infinity);
  useEffect(() => {
    const read = (): void => {
      const s = stand.store.getState();
      setLeft(Math.ceil(idleSecondsLeft(s.idle, stand.now(), s.timeoutMs)));
    };
    const timer = setInterval(read, 500);
    const unsubscribe = stand.store.subscribe(read);
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [stand]);
  if (!(left > 0 && left <= WARN_SECONDS)) return null;
  return (
    <div className="stand-idle" data-testid="idle-warning" role="status">
      {t('exhibit.idle-warning', { seconds: left })}
    </div>
  );
}

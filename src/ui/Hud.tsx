import { useEffect, useState } from 'react';
import { useObservable, useTwin } from '../app/use-twin.ts';

/** The status line: broker state, messages per second, sensors current, rejected readings. */
export function Hud() {
  const { runtime, t } = useTwin();
  const connection = useObservable(runtime.connection);
  const [figures, setFigures] = useState({ rate: 0, live: 0, known: 0, rejected: 0 });
  useEffect(() => {
    // Twice a second is enough for people; the per-frame path stays out of React.
    const timer = setInterval(() => {
      const now = Date.now();
      const counts = runtime.feed.state.counts(now);
      setFigures({
        rate: Math.round(runtime.feed.messagesPerSecond(now) * 10) / 10,
        live: counts.live,
        known: counts.known,
        rejected: counts.rejected,
      });
    }, 500);
    return () => clearInterval(timer);
  }, [runtime]);
  return (
    <div className="hud" data-testid="hud" data-mqtt={connection}>
      <span className={`hud-mqtt hud-mqtt-${connection}`}>{t(`mqtt.${connection}`)}</span>
      <span>{t('hud.rate', { rate: figures.rate })}</span>
      <span>{t('hud.sensors', { live: figures.live, known: figures.known })}</span>
      <span className={figures.rejected > 0 ? 'hud-rejected' : undefined}>
        {t('hud.rejected', { count: figures.rejected })}
      </span>
    </div>
  );
}

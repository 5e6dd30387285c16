import { useEffect, useState } from 'react';
import { REJECT_REASONS, type RejectReason } from '../../core/sensors/reading.ts';
import { useTwin, useTwinState } from '../../twin/use-twin.ts';

interface Figures {
  rate: number;
  live: number;
  known: number;
  rejected: number;
  rejectedBy: Partial<Record<RejectReason, number>>;
  restarts: number;
}

/** The status line: broker state, messages per second, sensors current, rejected readings by reason. */
export function Hud() {
  const { runtime, t } = useTwin();
  const connection = useTwinState((s) => s.connection);
  const [figures, setFigures] = useState<Figures>({
    rate: 0,
    live: 0,
    known: 0,
    rejected: 0,
    rejectedBy: {},
    restarts: 0,
  });
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
        rejectedBy: counts.rejectedBy,
        restarts: runtime.feed.restarts(),
      });
    }, 500);
    return () => clearInterval(timer);
  }, [runtime]);
  const reasons = REJECT_REASONS.filter((r) => (figures.rejectedBy[r] ?? 0) > 0);
  return (
    <div className="hud" data-testid="hud" data-mqtt={connection}>
      <span className={`hud-mqtt hud-mqtt-${connection}`}>{t(`mqtt.${connection}`)}</span>
      <span>{t('hud.rate', { rate: figures.rate })}</span>
      <span>{t('hud.sensors', { live: figures.live, known: figures.known })}</span>
      {figures.restarts > 0 && (
        <span className="hud-restarted" data-testid="hud-restarted">
          {t('hud.worker-restarted', { count: figures.restarts })}
        </span>
      )}
      {figures.rejected === 0 ? (
        <span>{t('hud.rejected', { count: 0 })}</span>
      ) : (
        <details className="hud-rejected">
          <summary title={t('hud.rejected-title')}>{t('hud.rejected', { count: figures.rejected })}</summary>
          <ul>
            {reasons.map((r) => (
              <li key={r} data-reason={r}>
                {t(`reject.${r}`)}: {figures.rejectedBy[r]}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

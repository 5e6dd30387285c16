import { useEffect, useState } from 'react';
import { followsReplay } from '../../../core/exhibit/replay-clock.ts';
import { formatBerlin, parseTwinTime } from '../../../core/planning/berlin-time.ts';
import { useTwin, useTwinState } from '../../../twin/use-twin.ts';
import type { Planning } from '../planning.ts';

const SPEEDS = [0, 60, 600, 3600];

/** The twin's clock: now, or a date and a time of day (slider), standing or playing at a speed. */
export function ClockControls({ planning }: { planning: Planning }) {
  const { runtime, t } = useTwin();
  const clock = useTwinState((s) => s.clock);
  // The shown time follows a playing or live clock twice a second, not every frame.
  const [now, setNow] = useState(() => runtime.time());
  useEffect(() => {
    const timer = setInterval(() => setNow(runtime.time()), 500);
    return () => clearInterval(timer);
  }, [runtime]);
  const text = formatBerlin(now);
  const [day, hm] = text.split('T') as [string, string];
  const minutes = Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3, 5));
  const set = (date: string, minute: number): void => {
    const wall = `${date}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    const time = parseTwinTime(wall);
    if (typeof time === 'number') runtime.setClock(time, clock.base === null ? 0 : clock.speed);
  };
  const sun = planning.sun(now);
  return (
    <fieldset className="planning-clock" data-testid="planning-clock">
      <legend>{t('planning.clock')}</legend>
      <button type="button" aria-pressed={clock.base === null} onClick={() => runtime.setClock('live')}>
        {t('planning.live')}
      </button>
      {followsReplay(clock) && (
        <p className="planning-replay" data-testid="planning-replay" role="status">
          {t('planning.replay', { time: hm, speed: clock.speed })}
        </p>
      )}
      <label>
        {t('planning.date')}
        <input type="date" value={day} onChange={(e) => e.target.value && set(e.target.value, minutes)} />
      </label>
      <label className="planning-slider">
        {t('planning.time')} {hm}
        <input
          type="range"
          min={0}
          max={1439}
          step={5}
          value={minutes}
          onChange={(e) => set(day, Number(e.target.value))}
        />
      </label>
      <label>
        {t('planning.speed')}
        <select
          value={clock.base === null ? 0 : clock.speed}
          onChange={(e) => runtime.setClock(now, Number(e.target.value))}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s === 0 ? t('planning.pause') : `${t('planning.play')} ${s}×`}
            </option>
          ))}
        </select>
      </label>
      <p className="planning-sun" data-testid="planning-sun">
        {sun.altitudeDeg > 0
          ? t('planning.sun', { altitude: sun.altitudeDeg.toFixed(1), azimuth: sun.azimuthDeg.toFixed(0) })
          : t('planning.sun-down')}
      </p>
    </fieldset>
  );
}

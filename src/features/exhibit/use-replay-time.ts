import { useEffect, useState } from 'react';
import { followsReplay } from '../../core/exhibit/replay-clock.ts';
import { useTwin, useTwinState } from '../../twin/use-twin.ts';

/** How often a shown replayed time moves on, ms: a recorded day runs fast, but nobody reads faster than this. */
const READ_MS = 1000;

/** The replayed time (ms) while the twin's clock follows a replay of a recorded day, else null. */
export function useReplayTime(): number | null {
  const { runtime } = useTwin();
  const replaying = useTwinState((s) => followsReplay(s.clock));
  const [time, setTime] = useState<number | null>(null);
  useEffect(() => {
    if (!replaying) {
      setTime(null);
      return;
    }
    const read = (): void => setTime(runtime.time());
    read();
    const timer = setInterval(read, READ_MS);
    return () => clearInterval(timer);
  }, [runtime, replaying]);
  return time;
}

/** A replayed time as a visitor reads it, in the town's time zone: "21.06.2026, 14:05". */
export function formatReplayTime(time: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(time);
}

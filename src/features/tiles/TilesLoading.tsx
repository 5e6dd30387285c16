import { useEffect, useState } from 'react';
import { useTwin } from '../../twin/use-twin.ts';
import type { TilesStats } from './tiles-view.ts';

/** How often the overlay looks at the tiles in flight (a DOM update, never per frame). */
const REFRESH_MS = 250;

/** The tiles in flight as a line under the loading bar; nothing when none are loading. */
export function TilesLoading({ stats }: { stats: () => TilesStats | null }) {
  const { t } = useTwin();
  const [inFlight, setInFlight] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setInFlight(stats()?.downloading ?? 0), REFRESH_MS);
    return () => clearInterval(timer);
  }, [stats]);
  if (inFlight === 0) return null;
  return (
    <div className="loading tiles-loading" data-testid="tiles-loading">
      <progress />
      <span>{t('tiles.loading', { count: inFlight })}</span>
    </div>
  );
}

import { useEffect, useState } from 'react';
import type { ShownScale } from '../core/sensors/ingest.ts';
import type { TwinRuntime } from '../twin/twin-runtime.ts';
import { PANEL_REFRESH_MS } from './use-building-view.ts';

/** The scale the buildings are drawn in now: the worker's, or the configured one before its first batch. */
export function shownScale(runtime: TwinRuntime): ShownScale {
  return runtime.feed.state.scale() ?? { mode: runtime.config.colourScale, ...runtime.config.scale };
}

/** The shown scale and the distribution of live buildings over it, refreshed twice a second (a new object only on change). */
export function useShownScale(runtime: TwinRuntime): { scale: ShownScale; histogram: readonly number[] } {
  const [shown, setShown] = useState(() => ({ scale: shownScale(runtime), histogram: [] as number[] }));
  useEffect(() => {
    const timer = setInterval(() => {
      const scale = shownScale(runtime);
      const histogram = [...runtime.feed.state.histogram()];
      setShown((before) =>
        JSON.stringify(before) === JSON.stringify({ scale, histogram }) ? before : { scale, histogram },
      );
    }, PANEL_REFRESH_MS);
    return () => clearInterval(timer);
  }, [runtime]);
  return shown;
}

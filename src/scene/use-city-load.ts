import { useEffect, useState } from 'react';
import type { CityModel } from '../city/city-model.ts';
import type { LoadProgress } from '../city/city-loader.ts';
import { useTwin } from '../twin/use-twin.ts';

/** Make a city model from an absolute URL; reject with `{ reason }` to say in words why it cannot be. */
export type OpenCity = (href: string, signal: AbortSignal, progress: LoadProgress) => Promise<CityModel>;

/**
 * Load a city with `open`, run the features' preparers over it, hand it to the runtime, and free it on
 * unmount: the one way from a city URL to a shown model, for a GLB and for every other city source.
 */
export function useCityLoad(url: string, open: OpenCity): CityModel | null {
  const { runtime } = useTwin();
  const [city, setCity] = useState<CityModel | null>(null);
  useEffect(() => {
    const { loads } = runtime;
    const abort = new AbortController();
    const { signal } = abort;
    let shown: CityModel | null = null;
    const progress = (loaded: number, total: number | undefined): void => {
      if (!signal.aborted) loads.progress(loaded, total);
    };
    open(new URL(url, document.baseURI).href, signal, progress)
      .then(async (opened) => {
        let model = opened;
        try {
          model = await runtime.prepareCity(model, signal);
        } catch (error) {
          model.dispose();
          throw error;
        }
        // Unmounted while loading: this model was never shown, so it is freed here, not by the cleanup.
        if (signal.aborted) return model.dispose();
        if (model.featureSource === 'none')
          runtime.addNotice({ code: 'city.no-features', severity: 'warning' });
        shown = model;
        loads.shown(model);
        setCity(model);
      })
      .catch((error: unknown) => {
        if (signal.aborted) return;
        const reason = (error as { reason?: string }).reason ?? String(error);
        runtime.addNotice({ code: 'city.failed', params: { url, reason }, severity: 'error' });
        loads.failed(url, reason);
      });
    return () => {
      abort.abort();
      if (!shown) return;
      // Freed before the store lets go of it, so whoever waits for the unload sees the memory back.
      shown.dispose();
      loads.gone(shown);
    };
  }, [url, open, runtime]);
  return city;
}

import { useEffect, useRef, useState } from 'react';
import type { CityModel } from '../city/city-model.ts';
import type { LoadProgress } from '../city/city-loader.ts';
import { useTwin } from '../twin/use-twin.ts';

/** Make a city model from an absolute URL; reject with `{ reason }` to say in words why it cannot be. */
export type OpenCity = (href: string, signal: AbortSignal, progress: LoadProgress) => Promise<CityModel>;

/**
 * Load a city with `open`, run the features' preparers over it, hand it to the runtime, and free it once the
 * next one is shown or on unmount: the one way from a city URL to a shown model, for a GLB and for every other
 * city source. A new URL replaces the shown city only once its model is ready; when it cannot be, the old stays.
 */
export function useCityLoad(url: string, open: OpenCity): CityModel | null {
  const { runtime } = useTwin();
  const [city, setCity] = useState<CityModel | null>(null);
  const shownUrl = useRef('');
  useEffect(() => {
    // A failed load hands the URL back to the city still shown: nothing to load then.
    if (url === shownUrl.current) return;
    const { loads } = runtime;
    const abort = new AbortController();
    const { signal } = abort;
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
        // Replaced or unmounted while loading: this model was never shown, so it is freed here.
        if (signal.aborted) return model.dispose();
        if (model.featureSource === 'none')
          runtime.addNotice({ code: 'city.no-features', severity: 'warning' });
        shownUrl.current = url;
        loads.shown(model);
        setCity(model);
      })
      .catch((error: unknown) => {
        if (signal.aborted) return;
        const reason = (error as { reason?: string }).reason ?? String(error);
        const code = shownUrl.current ? 'city.kept' : 'city.failed';
        runtime.addNotice({ code, params: { url, reason }, severity: 'error' });
        loads.failed(url, reason);
      });
    return () => abort.abort();
  }, [url, open, runtime]);
  useEffect(() => {
    if (!city) return;
    // Runs once the next city is in the scene (or on unmount), so the old one is never drawn after it is freed;
    // freed before the store lets go of it, so whoever waits for the unload sees the memory back.
    return () => {
      city.dispose();
      runtime.loads.gone(city);
    };
  }, [city, runtime]);
  return city;
}

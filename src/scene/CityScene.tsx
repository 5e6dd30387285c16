import { useEffect, useRef, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { loadGltf } from '../city/city-loader.ts';
import { createCityModel, type CityModel } from '../city/city-model.ts';
import { useTwin } from '../twin/use-twin.ts';

/**
 * Load a city model, run the features' preparers over it, show it, and free it on unmount. A new URL replaces
 * the shown city only once its model is ready; when it cannot be shown, the old one stays.
 */
export function CityScene({ url }: { url: string }) {
  const { runtime } = useTwin();
  const gl = useThree((s) => s.gl);
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
    loadGltf(new URL(url, document.baseURI).href, gl, progress)
      .then(async (gltf) => {
        let model = createCityModel(gltf);
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
        const kept = shownUrl.current ? 'city.kept' : 'city.failed';
        runtime.addNotice({ code: kept, params: { url, reason }, severity: 'error' });
        loads.failed(url, reason);
      });
    return () => abort.abort();
  }, [url, gl, runtime]);
  useEffect(() => {
    if (!city) return;
    // Runs once the next city is in the scene (or on unmount), so the old one is never drawn after it is freed.
    // Freed before the store lets go of it, so whoever waits for the unload sees the memory back.
    return () => {
      city.dispose();
      runtime.loads.gone(city);
    };
  }, [city, runtime]);
  return city ? <primitive object={city.scene} /> : null;
}

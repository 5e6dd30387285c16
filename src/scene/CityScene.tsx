import { useEffect, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { loadGltf } from '../city/city-loader.ts';
import { createCityModel, type CityModel } from '../city/city-model.ts';
import { useTwin } from '../twin/use-twin.ts';

/** Load a city model, run the features' preparers over it, show it, and free it on unmount. */
export function CityScene({ url }: { url: string }) {
  const { runtime } = useTwin();
  const gl = useThree((s) => s.gl);
  const [city, setCity] = useState<CityModel | null>(null);
  useEffect(() => {
    const { loads } = runtime;
    const abort = new AbortController();
    const { signal } = abort;
    let shown: CityModel | null = null;
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
  }, [url, gl, runtime]);
  return city ? <primitive object={city.scene} /> : null;
}

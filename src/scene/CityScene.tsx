import { useEffect, useState } from 'react';
import { useThree } from '@react-three/fiber';
import { loadGltf } from '../city/city-loader.ts';
import { createCityModel, type CityModel } from '../city/city-model.ts';
import { withConfiguredFootprints } from '../city/footprint-city.ts';
import { useTwin } from '../twin/use-twin.ts';

/** Load a city model into the scene, hand it to the runtime, and free it on unmount. */
export function CityScene({
  onProgress,
  onLoaded,
  onFailed,
  url,
}: {
  url: string;
  onProgress: (loaded: number, total: number | undefined) => void;
  onLoaded: (city: CityModel) => void;
  onFailed: (reason: string) => void;
}) {
  const { runtime } = useTwin();
  const gl = useThree((s) => s.gl);
  const [city, setCity] = useState<CityModel | null>(null);
  useEffect(() => {
    let cancelled = false;
    let model: CityModel | null = null;
    loadGltf(new URL(url, document.baseURI).href, gl, onProgress)
      .then(async (gltf) => {
        model = createCityModel(gltf);
        // A mesh without building ids may still be coloured by a footprint layer (config.footprints).
        model = await withConfiguredFootprints(model, runtime.config.footprints, runtime.addNotice);
        if (cancelled) return model.dispose();
        if (model.featureSource === 'none')
          runtime.addNotice({ code: 'city.no-features', severity: 'warning' });
        runtime.city.set(model);
        setCity(model);
        onLoaded(model);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const reason = (error as { reason?: string }).reason ?? String(error);
        runtime.addNotice({ code: 'city.failed', params: { url, reason }, severity: 'error' });
        onFailed(reason);
      });
    return () => {
      cancelled = true;
      if (model && runtime.city.get() === model) runtime.city.set(null);
      model?.dispose();
    };
  }, [url, gl, runtime, onProgress, onLoaded, onFailed]);
  return city ? <primitive object={city.scene} /> : null;
}

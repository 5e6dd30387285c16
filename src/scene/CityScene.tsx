import { useCallback } from 'react';
import { useThree } from '@react-three/fiber';
import { loadGltf, type LoadProgress } from '../city/city-loader.ts';
import { createCityModel } from '../city/city-model.ts';
import { useCityLoad } from './use-city-load.ts';

/**
 * Load a city model, run the features' preparers over it, show it, and free it on unmount. A new URL replaces
 * the shown city only once its model is ready; when it cannot be shown, the old one stays.
 */
export function CityScene({ url }: { url: string }) {
  const gl = useThree((s) => s.gl);
  const open = useCallback(
    (href: string, _signal: AbortSignal, progress: LoadProgress) =>
      loadGltf(href, gl, progress).then(createCityModel),
    [gl],
  );
  const city = useCityLoad(url, open);
  return city ? <primitive object={city.scene} /> : null;
}

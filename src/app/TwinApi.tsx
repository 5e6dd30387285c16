import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { createCityTwinApi } from './twin-api.ts';
import { useTwin } from '../twin/use-twin.ts';

/** Install `window.cityTwin`, and fire the page's `city:ready` event each time a city has been drawn. */
export function TwinApi() {
  const { runtime } = useTwin();
  const get = useThree((s) => s.get);
  useEffect(() => {
    window.cityTwin = createCityTwinApi(
      runtime,
      () => get().camera,
      () => get().gl,
    );
    const unsubscribe = runtime.loads.onDrawn(() => window.dispatchEvent(new Event('city:ready')));
    return () => {
      unsubscribe();
      delete window.cityTwin;
    };
  }, [runtime, get]);
  return null;
}

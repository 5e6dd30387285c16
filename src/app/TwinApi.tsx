import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { createCityTwinApi } from './twin-api.ts';
import { useTwin, useTwinState } from '../twin/use-twin.ts';

/** Install `window.cityTwin`, and fire the page's `city:ready` event each time a city has been drawn. */
export function TwinApi() {
  const { runtime } = useTwin();
  const get = useThree((s) => s.get);
  const parts = useTwinState((s) => s.parts);
  useEffect(() => {
    window.cityTwin = createCityTwinApi(
      runtime,
      () => get().camera,
      () => get().gl,
    );
    // What the registered features add (`cityTwin.utilities` …), beside the twin's own members.
    for (const part of parts) Object.assign(window.cityTwin, part.api);
    const unsubscribe = runtime.loads.onDrawn(() => window.dispatchEvent(new Event('city:ready')));
    return () => {
      unsubscribe();
      delete window.cityTwin;
    };
  }, [runtime, get, parts]);
  return null;
}

import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { XRStore } from '@react-three/xr';
import { createCityTwinApi } from './twin-api.ts';
import { useTwin } from './use-twin.ts';

/** Install `window.cityTwin`; resolve `ready` and fire `city:ready` once the city has been drawn. */
export function TwinApi({ xr, ready, city }: { xr: XRStore; ready: { resolve: () => void }; city: boolean }) {
  const { runtime } = useTwin();
  const get = useThree((s) => s.get);
  const framesSinceCity = useRef(0);
  useEffect(() => {
    const promise = new Promise<void>((resolve) => (ready.resolve = resolve));
    window.cityTwin = createCityTwinApi(runtime, promise, () => get().camera, xr);
    return () => {
      delete window.cityTwin;
    };
  }, [runtime, get, xr, ready]);
  useFrame(() => {
    if (!city || framesSinceCity.current > 2) return;
    // Two frames after the city arrived it has been compiled and drawn, not only added.
    if (++framesSinceCity.current === 2) announceReady(ready.resolve);
  });
  return null;
}

/** Resolve `cityTwin.ready` and tell listeners of the page's `city:ready` event. */
function announceReady(resolve: () => void): void {
  resolve();
  window.dispatchEvent(new Event('city:ready'));
}

import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { XRStore } from '@react-three/xr';
import type { CityModel } from '../city/city-model.ts';
import { createCityTwinApi } from './twin-api.ts';
import { useTwin } from '../twin/use-twin.ts';

/** Install `window.cityTwin`; resolve `ready` and fire `city:ready` once the city has been drawn. */
export function TwinApi({
  xr,
  ready,
  city,
}: {
  xr: XRStore;
  ready: { resolve: () => void };
  city: CityModel | null;
}) {
  const { runtime } = useTwin();
  const get = useThree((s) => s.get);
  const drawn = useRef<{ city: CityModel | null; frames: number; waiting: (() => void)[] }>({
    city: null,
    frames: 0,
    waiting: [],
  });
  useEffect(() => {
    const promise = new Promise<void>((resolve) => (ready.resolve = resolve));
    const loadCity = (url: string): Promise<void> =>
      new Promise<void>((resolve) => {
        if (url === runtime.cityUrl.get()) return resolve();
        runtime.cityUrl.set(url);
        // Unloading is done once React has let go of the old city; loading once the new one is drawn.
        if (url === '') setTimeout(resolve, 100);
        else drawn.current.waiting.push(resolve);
      });
    window.cityTwin = createCityTwinApi(
      runtime,
      promise,
      () => get().camera,
      xr,
      () => get().gl,
      loadCity,
    );
    return () => {
      delete window.cityTwin;
    };
  }, [runtime, get, xr, ready]);
  useFrame(() => {
    const state = drawn.current;
    if (state.city !== city) Object.assign(state, { city, frames: 0 });
    if (!city || state.frames > 2) return;
    // Two frames after the city arrived it has been compiled and drawn, not only added.
    if (++state.frames === 2) {
      for (const resolve of state.waiting.splice(0)) resolve();
      announceReady(ready.resolve);
    }
  });
  return null;
}

/** Resolve `cityTwin.ready` and tell listeners of the page's `city:ready` event. */
function announceReady(resolve: () => void): void {
  resolve();
  window.dispatchEvent(new Event('city:ready'));
}

import { useCallback, useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Scheduler } from '3d-tiles-renderer/core';
import { useCityLoad } from '../../scene/use-city-load.ts';
import { useTwin } from '../../twin/use-twin.ts';
import { createTilesCity, type TilesCity } from './tiles-city.ts';
import type { TilesOptions } from './tiles-options.ts';

/** A 3D Tiles tileset as the city: streamed for the camera every frame, in VR on the session's frames. */
export function TilesCityScene({
  url,
  options,
  onOpen,
}: {
  url: string;
  options: TilesOptions;
  /** Told of the tiles city being loaded or shown (null when it is gone), for the loading overlay. */
  onOpen: (city: TilesCity | null) => void;
}) {
  const { runtime } = useTwin();
  const gl = useThree((s) => s.gl);
  const active = useRef<TilesCity | null>(null);
  const open = useCallback(
    (href: string, signal: AbortSignal) => {
      const tiles = createTilesCity(href, {
        renderer: gl,
        options,
        notify: (notice) => runtime.addNotice(notice),
        paint: (ids) => runtime.paintBuildings(ids),
      });
      active.current = tiles;
      onOpen(tiles);
      const close = (): void => {
        if (active.current === tiles) {
          active.current = null;
          onOpen(null);
        }
        tiles.dispose();
      };
      signal.addEventListener('abort', close, { once: true });
      // A tileset that cannot be read frees itself at once; a shown one is freed with its model.
      return tiles.ready.catch((error: unknown) => {
        close();
        throw error;
      });
    },
    [gl, options, runtime, onOpen],
  );
  const city = useCityLoad(url, open);

  useEffect(() => {
    // Quest's browser stops window.requestAnimationFrame in VR: tile loading follows the session's frames.
    // The library's types forget that null goes back to the window's frames.
    const setSession = Scheduler.setXRSession.bind(Scheduler) as (session: XRSession | null) => void;
    const start = (): void => setSession(gl.xr.getSession());
    const end = (): void => setSession(null);
    if (gl.xr.isPresenting) start();
    gl.xr.addEventListener('sessionstart', start);
    gl.xr.addEventListener('sessionend', end);
    return () => {
      gl.xr.removeEventListener('sessionstart', start);
      gl.xr.removeEventListener('sessionend', end);
      end();
    };
  }, [gl]);

  // After the walk controls (-1) have moved the camera, before the frame is drawn.
  useFrame((state) => active.current?.update(state.camera));
  return city ? <primitive object={city.scene} /> : null;
}

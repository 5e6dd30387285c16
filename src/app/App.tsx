import { useCallback, useMemo, useState } from 'react';
import { Canvas } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import type { CityModel } from '../city/city-model.ts';
import { CityScene } from '../scene/CityScene.tsx';
import { Credits } from '../ui/dom/Credits.tsx';
import { Hud } from '../ui/dom/Hud.tsx';
import { LoadingBar } from '../ui/dom/LoadingBar.tsx';
import { Notices } from '../ui/dom/Notices.tsx';
import { createTwinXRStore } from '../xr/xr-store.ts';
import { Locomotion } from '../scene/Locomotion.tsx';
import { WalkOverlay } from '../ui/dom/WalkOverlay.tsx';
import { BuildingInteraction } from '../scene/BuildingInteraction.tsx';
import { BuildingOverlay } from '../ui/dom/BuildingOverlay.tsx';
import { Lights } from '../scene/Lights.tsx';
import { TwinApi } from './TwinApi.tsx';
import { TwinTicker } from '../scene/TwinTicker.tsx';
import { useObservable, useTwin } from '../twin/use-twin.ts';

/** The twin's page: the 3D view with its overlays. */
export function App() {
  const { runtime } = useTwin();
  const cityUrl = useObservable(runtime.cityUrl);
  const xr = useMemo(() => createTwinXRStore(), []);
  const ready = useMemo(() => ({ resolve: () => undefined as void }), []);
  const [progress, setProgress] = useState<{ loaded: number; total: number | undefined } | null>({
    loaded: 0,
    total: undefined,
  });
  const [city, setCity] = useState<CityModel | null>(null);
  const onProgress = useCallback(
    (loaded: number, total: number | undefined) => setProgress({ loaded, total }),
    [],
  );
  const onLoaded = useCallback((model: CityModel) => {
    setProgress(null);
    setCity(model);
  }, []);
  const onFailed = useCallback(() => setProgress(null), []);
  // Another model: drop the old one's dependants first, then show the new one's progress.
  const [shownUrl, setShownUrl] = useState(cityUrl);
  if (shownUrl !== cityUrl) {
    setShownUrl(cityUrl);
    setCity(null);
    setProgress(cityUrl ? { loaded: 0, total: undefined } : null);
  }
  return (
    <>
      <Canvas
        className="scene"
        camera={{ fov: 70, near: 0.1, far: 5000, position: [0, 30, 60] }}
        gl={{ antialias: true, preserveDrawingBuffer: true }}
        onCreated={({ gl }) => gl.setClearColor('#b9d3ea')}
      >
        <XR store={xr}>
          <Lights />
          {cityUrl && (
            <CityScene
              key={cityUrl}
              url={cityUrl}
              onProgress={onProgress}
              onLoaded={onLoaded}
              onFailed={onFailed}
            />
          )}
          {city && <Locomotion city={city} xr={xr} />}
          {city && <BuildingInteraction city={city} />}
          <TwinTicker />
          <TwinApi xr={xr} ready={ready} city={city} />
        </XR>
      </Canvas>
      <Hud />
      <Notices />
      <BuildingOverlay />
      <WalkOverlay xr={xr} city={city} />
      {progress && <LoadingBar loaded={progress.loaded} total={progress.total} />}
      <Credits attribution={city?.extras.attribution ?? ''} />
    </>
  );
}

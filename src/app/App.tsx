import { Canvas } from '@react-three/fiber';
import { XR } from '@react-three/xr';
import { CityScene } from '../scene/CityScene.tsx';
import { BuildingInteraction } from '../scene/BuildingInteraction.tsx';
import { Lights } from '../scene/Lights.tsx';
import { Locomotion } from '../scene/Locomotion.tsx';
import { TwinTicker } from '../scene/TwinTicker.tsx';
import { citySourceFor } from '../twin/city-sources.ts';
import { useTwin, useTwinState } from '../twin/use-twin.ts';
import { BuildingOverlay } from '../ui/dom/BuildingOverlay.tsx';
import { Credits } from '../ui/dom/Credits.tsx';
import { Hud } from '../ui/dom/Hud.tsx';
import { LoadingBar } from '../ui/dom/LoadingBar.tsx';
import { Notices } from '../ui/dom/Notices.tsx';
import { WalkOverlay } from '../ui/dom/WalkOverlay.tsx';
import { VrPanels } from '../ui/xr/VrPanels.tsx';
import { TwinApi } from './TwinApi.tsx';

/** The twin's page: the 3D view with its in-world panels, the overlays, and what the features add to both. */
export function App() {
  const { runtime } = useTwin();
  const cityUrl = useTwinState((s) => s.cityUrl);
  const city = useTwinState((s) => s.city);
  const parts = useTwinState((s) => s.parts);
  const City = useTwinState((s) => citySourceFor(s.citySources, s.cityUrl)?.scene ?? CityScene);
  return (
    <>
      <Canvas
        className="scene"
        camera={{ fov: 70, near: 0.1, far: 5000, position: [0, 30, 60] }}
        gl={{ antialias: true, preserveDrawingBuffer: true }}
        onCreated={({ gl }) => gl.setClearColor('#b9d3ea')}
      >
        <XR store={runtime.xr}>
          <Lights />
          {cityUrl && <City url={cityUrl} />}
          {city && <Locomotion city={city} />}
          {city && <BuildingInteraction city={city} />}
          {city && <VrPanels city={city} />}
          {parts.map((part) => part.scene && <part.scene key={part.name} />)}
          <TwinTicker />
          <TwinApi />
        </XR>
      </Canvas>
      <Hud />
      <Notices />
      <BuildingOverlay />
      <WalkOverlay />
      <LoadingBar />
      <Credits />
      {parts.map((part) => part.overlay && <part.overlay key={part.name} />)}
    </>
  );
}

import { useXR } from '@react-three/xr';
import { useTwin } from '../../twin/use-twin.ts';
import { NetworkTubes } from './NetworkTubes.tsx';
import { RouteView } from './RouteView.tsx';
import { XrayView } from './XrayView.tsx';
import { VrMenu } from './vr/VrMenu.tsx';
import type { UtilitiesStore } from './utilities-state.ts';

/**
 * What underground planning draws in the 3D scene: the network, the cut ground, the planned route, and in the
 * headset its wrist menu (not on the stand, which hides the planning tools from visitors).
 */
export function UtilitiesScene({ store }: { store: UtilitiesStore }) {
  const { runtime } = useTwin();
  const inVR = useXR((s) => s.session !== undefined);
  return (
    <>
      <NetworkTubes store={store} />
      <XrayView store={store} />
      <RouteView store={store} />
      {inVR && runtime.config.mode !== 'exhibit' && <VrMenu store={store} />}
    </>
  );
}

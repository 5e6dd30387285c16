import { useXR } from '@react-three/xr';
import { useStore } from 'zustand';
import { useTwin } from '../../twin/use-twin.ts';
import { NetworkTubes } from './NetworkTubes.tsx';
import { RouteView } from './RouteView.tsx';
import { XrayView } from './XrayView.tsx';
import { VrMenu } from './vr/VrMenu.tsx';
import type { UtilitiesStore } from './utilities-state.ts';

/**
 * What underground planning draws in the 3D scene: the network, the cut ground, the planned route, and in the
 * headset its wrist menu while there is a network (not on the stand, which hides the planning tools).
 */
export function UtilitiesScene({ store }: { store: UtilitiesStore }) {
  const { runtime } = useTwin();
  const inVR = useXR((s) => s.session !== undefined);
  // Under a city with no network of its own (the sample lies elsewhere), the headset stays free of the menu.
  const network = useStore(store, (s) => s.network !== null);
  return (
    <>
      <NetworkTubes store={store} />
      <XrayView store={store} />
      <RouteView store={store} />
      {inVR && network && runtime.config.mode !== 'exhibit' && <VrMenu store={store} />}
    </>
  );
}

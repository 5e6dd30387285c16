import { NetworkTubes } from './NetworkTubes.tsx';
import { RouteView } from './RouteView.tsx';
import { XrayView } from './XrayView.tsx';
import type { UtilitiesStore } from './utilities-state.ts';

/** What underground planning draws in the 3D scene: the network, the cut ground, the planned route. */
export function UtilitiesScene({ store }: { store: UtilitiesStore }) {
  return (
    <>
      <NetworkTubes store={store} />
      <XrayView store={store} />
      <RouteView store={store} />
    </>
  );
}

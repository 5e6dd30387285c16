import { createXRStore, type XRStore } from '@react-three/xr';

/** The XR session store: no emulator, no automatic offer; the app asks when the visitor presses the button. */
export function createTwinXRStore(): XRStore {
  return createXRStore({ emulate: false, offerSession: false });
}

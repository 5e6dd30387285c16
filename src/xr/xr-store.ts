import { createXRStore, type XRStore } from '@react-three/xr';

/** Where the app serves the controller and hand profiles of @webxr-input-profiles/assets (never a CDN). */
export const INPUT_PROFILES_PATH = 'input-profiles/';

/** The absolute URL of the served input profiles, next to the page. */
export function inputProfilesUrl(base = document.baseURI): string {
  return new URL(INPUT_PROFILES_PATH, base).href;
}

/**
 * The XR session store: no emulator, no automatic offer (the app asks when the visitor presses the button),
 * `local-floor` (the store's default), and controller models and input layouts from the app's own copy.
 */
export function createTwinXRStore(): XRStore {
  return createXRStore({
    emulate: false,
    offerSession: false,
    baseAssetPath: inputProfilesUrl(),
    // Teleporting is the walk controls' own arc; the rays stay for pointing at buildings.
    controller: { teleportPointer: false, grabPointer: false },
    hand: { teleportPointer: false, grabPointer: false },
  });
}

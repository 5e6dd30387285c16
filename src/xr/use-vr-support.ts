import { useEffect, useState } from 'react';
import { vrSupport, type VrSupport } from '../core/walk/xr-support.ts';

/** Ask the browser once whether immersive VR sessions are supported. */
export function useVrSupport(): VrSupport {
  const xr = typeof navigator === 'undefined' ? undefined : navigator.xr;
  const [supported, setSupported] = useState<boolean | null>(null);
  useEffect(() => {
    if (!xr) return;
    let live = true;
    xr.isSessionSupported('immersive-vr').then(
      (ok) => live && setSupported(ok),
      () => live && setSupported(false),
    );
    return () => {
      live = false;
    };
  }, [xr]);
  return vrSupport(window.isSecureContext, !!xr, supported);
}

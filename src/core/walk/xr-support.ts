// Why the Enter VR button is, or is not, offered.

/** Whether this browser can enter VR, and if not, the reason to tell the visitor. */
export type VrSupport = 'checking' | 'supported' | 'insecure' | 'no-webxr' | 'no-headset';

/** Decide from what the browser says: a secure context, a navigator.xr, and isSessionSupported's answer. */
export function vrSupport(secure: boolean, hasXR: boolean, supported: boolean | null): VrSupport {
  if (!hasXR) return secure ? 'no-webxr' : 'insecure';
  if (supported === null) return 'checking';
  return supported ? 'supported' : 'no-headset';
}

/**
 * Register the service worker of the built app (dist/sw.js, from sensors/offline/precache.ts): it keeps the app
 * and the default city, so a reload works while the server restarts. Not on the dev server (no sw.js there), and
 * not where the browser refuses it (an untrusted certificate); the twin runs the same without it.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register(new URL('sw.js', document.baseURI), { scope: './' })
    .catch(() => undefined);
}

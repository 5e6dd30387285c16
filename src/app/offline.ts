/**
 * Register the service worker of the built app (dist/sw.js, from sensors/offline/precache.ts): it keeps the app
 * and the default city, so a reload works while the server restarts. Not on the dev server (no sw.js there).
 * Not over HTTPS to a bare IP address either: that is `npm start -- --host` with its self-signed certificate,
 * for which browsers refuse service workers (and say so on the console); the twin runs the same without one.
 */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const selfSigned =
    location.protocol === 'https:' && /^(\d+\.\d+\.\d+\.\d+|\[.*\])$/.test(location.hostname);
  if (selfSigned) return;
  navigator.serviceWorker
    .register(new URL('sw.js', document.baseURI), { scope: './' })
    .catch(() => undefined);
}

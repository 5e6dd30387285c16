// The twin's service worker (built into dist/sw.js by sensors/offline/precache.ts, which puts VERSION and PRECACHE
// in front of this file). Network first, so a running server always gives the newest files (the live config and
// registry included); the cache answers only when the server cannot, e.g. while it restarts at the stand.
/* global VERSION, PRECACHE */
const CACHE = `stadtzwilling-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((path) => new URL(path, self.registration.scope))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  // Older versions' caches go; this one takes the open pages over at once (no second reload needed).
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('stadtzwilling-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only the app's own files; the broker's WebSocket never passes a service worker anyway.
  if (request.method !== 'GET' || url.origin !== self.location.origin || request.headers.has('range')) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === 'basic') {
          const copy = response.clone();
          void caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() =>
        caches
          .open(CACHE)
          .then((cache) =>
            cache.match(request, { ignoreSearch: request.mode === 'navigate', ignoreVary: true }),
          )
          .then((hit) => hit ?? Response.error()),
      ),
  );
});

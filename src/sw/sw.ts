/**
 * The service worker (its own entry: the build strips the types and writes dist/sw.js with the
 * cache's name and the list of files to keep in front of it — see serviceWorker() in
 * vite.config.ts; tsconfig.sw.json checks it against the WebWorker library). After the first
 * visit every file of the app is cached, so the hosted page opens with no network. The page
 * itself (navigations) and config.json are fetched fresh when the network answers and served from
 * the cache when it does not; the hashed assets never change, so the cache answers them first.
 *
 * Deploys: a new worker installs beside the old one and waits — the tabs open on the old build
 * keep it, and the previous build's cache is kept too, so a chunk an old tab asks for later (a
 * view it had not opened yet) is still there after the server dropped it. The page offers the new
 * version ("新版本可用 — 刷新", src/sw/update.ts); only when the user takes it does the worker
 * take over (message "skip-waiting") and the page reload. The first install, with no old build to
 * protect, takes over at once.
 *
 * Hand-written rather than Workbox (vite-plugin-pwa / workbox-build): this is ≈ 40 lines with no
 * runtime dependency, and the build plugin that writes it is ≈ 30; workbox-build would bring a
 * Babel + Rollup toolchain into the build to generate the same precache list and the same
 * wait-then-prompt flow. The flow is tested end to end (tests/e2e/deploy.e2e.ts: two tabs, a
 * deploy that drops a chunk, the prompt, the reload, offline after it).
 *
 * No imports: dist/sw.js is a classic script, this file as it is with the types stripped.
 */

// A module (for the typed `self` below); the build drops this line with the types.
export type {};

declare const self: ServiceWorkerGlobalScope;
/** This build's cache, `cq-map-<hash of the file list>`: written in front of this file by the build. */
declare const CACHE: string;
/** Every file of the build, './' first: written in front of this file by the build. */
declare const FILES: string[];

self.addEventListener('install', (e) => {
  // With no build installed before (the first visit) take over at once; otherwise wait for the
  // user to take the new version (a page's "skip-waiting").
  const first = !self.registration.active;
  e.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.addAll(FILES))
      .then(() => (first ? self.skipWaiting() : undefined)),
  );
});

self.addEventListener('message', (e) => {
  if (e.data === 'skip-waiting') void self.skipWaiting();
});

self.addEventListener('activate', (e) => {
  // Keep this build's cache and the one before it (tabs still on it may ask for its chunks).
  e.waitUntil(
    caches
      .keys()
      .then((keys) => {
        const ours = keys.filter((k) => k.startsWith('cq-map-') && k !== CACHE);
        return Promise.all(ours.slice(0, -1).map((k) => caches.delete(k)));
      })
      .then(() => self.clients.claim()),
  );
});

/** The network's answer (kept in the cache under `fallback ?? req`), or the cache's without one. */
const fresh = (req: Request, fallback?: string): Promise<Response> =>
  fetch(req)
    .then((res) => {
      if (res.ok) {
        const copy = res.clone();
        void caches.open(CACHE).then((c) => c.put(fallback ?? req, copy));
      }
      return res;
    })
    .catch(() =>
      caches.match(fallback ?? req, { ignoreSearch: true }).then((hit) => hit ?? Response.error()),
    );

self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    e.respondWith(fresh(req, './'));
    return;
  }
  if (req.url.endsWith('/config.json')) {
    e.respondWith(fresh(req));
    return;
  }
  e.respondWith(caches.match(req).then((hit) => hit ?? fetch(req)));
});

/**
 * The page's entry: tiny, so the districts drawn into index.html paint before anything else runs.
 * The app (maplibre, deck.gl, the data) is requested after that first frame; on a phone on a slow
 * network this keeps the map on screen instead of a blank page while half a megabyte arrives.
 */
import './styles.css';
import './profiles/sheets.css';
import { holdEarlyInput } from './app/early-input.ts';
import { captureOwnHtml } from './briefing/own-html.ts';
import { registerServiceWorker } from './sw/update.ts';
import { missingChunk } from './lib/errors.ts';
import { listChangedBy } from './lib/list-params.ts';

// The single file keeps its own HTML as parsed: it writes copies of itself with a briefing inside.
if (import.meta.env.VITE_SINGLE_FILE) captureOwnHtml();

// The list index.html carries is the default view's (src/pipeline/first-paint-svg.ts). A link
// whose view changes the list (a filter, a selected place, English) has it removed as soon as this
// runs, and the app lists that view; on a slow connection the default list may show until then.
if (listChangedBy(location.search)) document.getElementById('matching')?.replaceChildren();

// Clicks on the picture or the buttons before the app is wired are held, not lost.
const early = holdEarlyInput();

// The app's code is fetched from the first moment (index.html lists its chunks as modulepreload
// links: vite.config.ts, preloadApp) and run as it arrives; the app starts after the first paint.
// (Run only after the first paint, the modules' evaluation came just when a first click did: a
// real click after the first paint waited a median 195 ms, 693 at most, against 85 and 171 — 6
// interleaved cold loads at 1440×900, 2026-12-04 22:47, load 1–3.) The data and the geometry
// (≈ 120 KB compressed, more than the code) are requested by the app when it starts, after the
// first paint: fetched from the first moment they shared the link with the page's first frame,
// and Lighthouse's mobile model waited for them before its largest paint (2.9 s; 2.0–2.4 s after,
// the picture being that paint — docs/performance.md, 2026-12-05). The links do hold the first
// frame back in Lighthouse's mobile run (first paint 1.2–2.2 s, ≈ 0.2 s without them), but
// preloaded after the first paint instead, the model's first paint came at ≈ 1.1 s and all of
// the start-up counted as blocking time: beside another job 82 and 81 against 85 and 95 with the
// links (docs/performance.md, 2026-12-05 fifth session).
//
// In two evaluations, not one: the style module and its colour schemes first, then the rest, so
// that neither is a long task on a phone (as one, ≈ 60 ms at 4× while d3-scale was among them,
// 2026-12-05).
const app = import('./map/style.ts')
  .then(() => new Promise((r) => setTimeout(r, 0)))
  .then(() => import('./main.ts'));
const start = (): void => {
  app
    // In a task of its own: the app's modules are evaluated in the task in which their last file
    // arrived, and the start's first part ran in it too (one task of ≈ 80 ms at 4×, 2026-12-05).
    .then((m) => new Promise<typeof m>((r) => setTimeout(() => r(m), 0)))
    .then((m) => m.start(early))
    .catch((e: unknown) => {
      // The app, its data or its geometry did not arrive (offline on a first visit, a deploy in
      // between, a truncated file): say so where the map would be, with a retry — never a
      // loading line that stays for ever. The build-time picture stays under it.
      const p = document.getElementById('map-loading');
      if (p) {
        p.hidden = false;
        p.classList.add('failed');
        p.setAttribute('role', 'alert');
        const retry = document.createElement('button');
        retry.type = 'button';
        retry.dataset['testid'] = 'load-retry';
        retry.textContent = '重试 / Retry';
        retry.addEventListener('click', () => location.reload());
        // In both languages (the dictionaries are the app's, which did not arrive).
        const file = missingChunk(e);
        const why =
          file === null
            ? String(e).slice(0, 200)
            : `程序文件${file && ` ${file} `}未能下载，网络中断或网站刚更新过 / ${file ? `the file ${file}` : 'a file of the app'} did not download: the connection dropped, or the site was just updated`;
        p.replaceChildren(`地图程序未能加载 / The map could not load: ${why} `, retry);
      }
      // Held clicks will not run: their buttons must not look busy for ever.
      for (const b of document.querySelectorAll('[aria-busy="true"]'))
        b.removeAttribute('aria-busy');
    });
};
// After the first paint has really happened (a frame's callback can run before its pixels are
// on screen), so that nothing the app fetches or runs competes with it; a hidden tab, which never
// paints, starts after three seconds anyway. (Not one: in Lighthouse's mobile run Chromium
// sometimes shows its first frame only after ≈ 2.2 s, and an app started at 1 s put all its
// start-up and its data in that paint's path — those runs scored 88 where the others scored 94–97;
// five audits each, 2026-12-05 03:48 and 03:52, docs/performance.md.)
let started = false;
const once = (): void => {
  if (started) return;
  started = true;
  start();
};
try {
  new PerformanceObserver((list, observer) => {
    if (!list.getEntries().length) return;
    observer.disconnect();
    setTimeout(once, 0);
  }).observe({ type: 'paint', buffered: true });
} catch {
  requestAnimationFrame(() => setTimeout(once, 0));
}
setTimeout(once, 3000);

// After the first visit the hosted page works offline (dist/sw.js, made by the build). Not in
// development, not in the single file, not from file://. Registered once the map has drawn every
// layer (#map[data-complete]), or after SWORKER_LATEST_MS whatever happened: its install
// downloads every file of the app (≈ 4 MB) and runs in this page's process. At `load` — early
// here, the app being imported after the first paint — it competed with the app's start-up for
// the network and a phone's CPU.
const SWORKER_LATEST_MS = 15_000;
if (
  import.meta.env.PROD &&
  !import.meta.env.VITE_SINGLE_FILE &&
  'serviceWorker' in navigator &&
  /^https?:$/.test(location.protocol)
) {
  const map = document.getElementById('map');
  let registered = false;
  const register = () => {
    if (registered) return;
    registered = true;
    watch.disconnect();
    clearTimeout(latest);
    registerServiceWorker();
  };
  const watch = new MutationObserver(() => {
    if (map?.dataset['complete']) register();
  });
  if (map) watch.observe(map, { attributes: true, attributeFilter: ['data-complete'] });
  const latest = setTimeout(register, SWORKER_LATEST_MS);
}

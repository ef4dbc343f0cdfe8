/**
 * Owns the map on screen. The SVG map mounts at once, over the build-time picture and with its
 * framing, so the first thing a user sees already answers clicks, hovers and filters. Where the
 * machine has a real GPU (or a link asks for it) the live maplibre + deck.gl map starts beneath it
 * and takes over — at the SVG map's camera, so nothing jumps — once every layer is drawn; if it is
 * late or fails, the SVG map simply stays. `#map[data-renderer]` says which one is on screen.
 */
import type { DataFiles } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import { errorText, t } from '../i18n/index.ts';
import type { AppStore } from '../state/store.ts';
import type { MapView, RendererChoice, RendererReason } from './map-view.ts';
import { framedAlready } from './frame-places.ts';
import { mountInset } from './inset.ts';
import { chooseRenderer, isPhone, LIVE_MAP_DEADLINE_MS, probeWebGL } from './renderer-choice.ts';
import { mountSvgMap, prepareSvgMap } from './svg-map.ts';

export interface MapController {
  /** The renderer on screen now. */
  view(): MapView;
  choice(): RendererChoice;
  /** Called whenever the renderer on screen or the reason for it changes. */
  onChange(listener: () => void): void;
}

export interface MapDeps {
  host: HTMLElement;
  tooltip: HTMLElement;
  store: AppStore;
  data: DataFiles;
  atlas: Atlas;
  /** An online basemap's style URL ('' for the embedded map), from the runtime config. */
  basemapUrl: Promise<string>;
  /** Called after every frame either renderer draws. */
  /** After each frame drawn (the bench's instrument; absent in production). */
  onFrame?: () => void;
}

/** What mountMap would do first, as start-up steps ahead of it (src/lib/slices.ts: no long task). */
export const prepareMap = prepareSvgMap;

export function mountMap(deps: MapDeps): MapController {
  const { host, store } = deps;
  // The map's size as last laid out: reading it in the move (each filter change frames its
  // places) forced the page's layout inside the click. Read before the SVG map is put in: after,
  // the read made the browser lay out the new map inside this (start-up's longest) task.
  const hostSize = { width: host.clientWidth, height: host.clientHeight };
  const listeners: (() => void)[] = [];
  // The camera on screen, for end-to-end tests and anyone reading the page: `lng,lat,zoom`.
  const publishCamera = () => {
    const c = active.camera();
    host.dataset['camera'] = `${c.lng.toFixed(5)},${c.lat.toFixed(5)},${c.zoom.toFixed(3)}`;
  };
  const changed = () => {
    publishCamera();
    listeners.forEach((l) => l());
  };
  const mark = (key: 'ready' | 'complete') => {
    host.dataset[key] = 'true';
    host.dataset[`${key}At`] = String(Math.round(performance.now()));
  };
  const mountSvg = (camera = store.getState().camera) =>
    mountSvgMap(host, store, deps.data, deps.atlas, deps.tooltip, {
      camera,
      onFrame: deps.onFrame,
    });

  const mountedFirst = mountSvg();
  let active: MapView = mountedFirst;
  host.dataset['renderer'] = 'svg';
  publishCamera();
  store.subscribe((s) => s.camera, publishCamera);
  // The build-time picture gives way once it has been painted: it is the page's largest paint
  // on a phone (Lighthouse's LCP), and a picture hidden before its first frame (decoded off the
  // main thread, `decoding="async"`) leaves the LCP to a panel's heading drawn seconds later.
  // Decoded, then one frame drawn with it, then hidden — and not before the SVG map under it
  // has drawn what it showed besides the districts (the partners, the rivers): hidden at once,
  // the map lost its rivers for 3–5 frames (≈ 0.2 s, four times that on a phone's CPU), each
  // one more frame for the browser to draw while the app starts.
  const picture = host.querySelector('img.first-paint');
  const decoded =
    picture instanceof HTMLImageElement
      ? picture.decode().catch(() => undefined)
      : Promise.resolve();
  void Promise.all([decoded, mountedFirst.shown]).then(() =>
    requestAnimationFrame(() => requestAnimationFrame(() => mark('ready'))),
  );
  // Complete when the SVG map has drawn the context and the names too (unless the live map took
  // over first: it marks its own).
  const first = active;
  void first.complete.then(() => {
    if (active === first) mark('complete');
  });
  const loading = document.getElementById('map-loading');
  if (loading) loading.hidden = true;

  // Asking for a WebGL context costs tens of ms (more on a phone): only where it decides anything,
  // and in a task of its own after the SVG map is up (until then the SVG map is on screen anyway).
  const phone = isPhone();
  const forced = store.getState().renderer;
  const probe = !forced && !phone;
  let choice: RendererChoice = probe
    ? { kind: 'svg', reason: 'checking', gpu: '' }
    : chooseRenderer(forced, { gpu: '', phone });
  const setReason = (reason: RendererReason) => {
    choice = { ...choice, reason };
    host.dataset['rendererReason'] = reason;
    changed();
  };
  host.dataset['rendererReason'] = choice.reason;

  let attempt = 0;
  const startLive = async () => {
    const mine = ++attempt;
    const t0 = performance.now();
    let late = false;
    const deadline = setTimeout(() => {
      late = true;
      if (choice.reason !== 'forced') setReason('live-map-late');
    }, LIVE_MAP_DEADLINE_MS);
    try {
      const { startMap } = await import('./start-map.ts');
      const live = await startMap(
        store,
        deps.atlas,
        deps.data,
        await deps.basemapUrl,
        active.camera(),
        deps.onFrame,
      );
      await live.complete;
      clearTimeout(deadline);
      // A newer choice (the user switched back) or a late start on an unforced choice: keep SVG.
      if (mine !== attempt || (late && choice.reason !== 'forced')) {
        live.destroy();
        return;
      }
      live.jumpTo(active.camera());
      active.destroy();
      active = live;
      host.dataset['renderer'] = 'webgl';
      host.dataset['liveAfter'] = String(Math.round(performance.now() - t0));
      mark('complete');
      changed();
    } catch (e) {
      clearTimeout(deadline);
      if (mine !== attempt) return;
      setReason('live-map-failed');
      const s = store.getState();
      s.notify({
        id: 'live-map',
        kind: 'info',
        text: t(s.lang, 'liveMapFailed', { error: errorText(s.lang, e) }),
      });
    }
  };
  const useSvg = () => {
    attempt++;
    if (active.kind === 'svg') return;
    const camera = active.camera();
    active.destroy();
    active = mountSvg(camera);
    host.dataset['renderer'] = 'svg';
    changed();
  };

  setTimeout(() => {
    if (probe && !store.getState().renderer) {
      choice = chooseRenderer(null, { gpu: probeWebGL(), phone });
      setReason(choice.reason);
    }
    if (choice.kind === 'webgl' && active.kind === 'svg') void startLive();
  }, 0);
  // A switch asked for on the page (the renderer note) or by a later link change.
  store.subscribe(
    (s) => s.renderer,
    (r) => {
      if (!r) return;
      choice = { kind: r, reason: 'forced', gpu: choice.gpu };
      host.dataset['rendererReason'] = 'forced';
      if (r === 'svg') useSvg();
      else if (active.kind !== 'webgl') void startLive();
      changed();
    },
  );

  // The 主城 inset, over whichever renderer is on screen: after the first view is up (a task of
  // its own), and its map only when first wanted.
  setTimeout(() => {
    if (host.parentElement) mountInset(host.parentElement, host, store, deps.data, deps.atlas);
  }, 0);

  new ResizeObserver(([e]) => {
    if (!e) return;
    hostSize.width = host.clientWidth;
    hostSize.height = host.clientHeight;
  }).observe(host);
  // The moves asked of the map (the store is the camera's one writer), carried out by the
  // renderer on screen.
  store.subscribe(
    (s) => s.cameraMove,
    (m) => {
      if (!m) return;
      if (m.kind === 'zoom') active.zoomBy(m.delta);
      else if (m.kind === 'jump') active.jumpTo(m.camera, m.duration);
      else if (!framedAlready(m, active.camera(), hostSize.width, hostSize.height))
        active.fitBounds(m.bounds, {
          padding: m.padding,
          maxZoom: m.maxZoom,
          duration: m.duration,
        });
    },
  );

  return {
    view: () => active,
    choice: () => choice,
    onChange: (l) => listeners.push(l),
  };
}

/**
 * The composition root: wires data, store, map and panels; nothing else. Called by boot.ts after
 * the first paint, with the clicks it held until now.
 */
import type { Topology } from 'topojson-specification';
import { mountActions, type AppParts } from './app/actions.ts';
import { mountViews, syncChrome, syncSummary, syncUrl } from './app/chrome.ts';
import { replay, type EarlyInput } from './app/early-input.ts';
import { followFilters } from './app/follow-filters.ts';
import { CLOSE_UP_ZOOM, framePlaces } from './map/frame-places.ts';
import { loadConfig } from './data/config.ts';
import { buildAtlas } from './geo/atlas.ts';
import { t } from './i18n/index.ts';
import { recordFrame } from './map/frames.ts';
import { mountMap } from './map/map-controller.ts';
import { mountDistrictPanel } from './panels/district-panel.ts';
import { mountFilterChips } from './panels/filter-chips.ts';
import { mountFilters } from './panels/filters.ts';
import { mountIndustryDetail } from './panels/industry-detail.ts';
import { mountLegend } from './panels/legend.ts';
import { mountMapControls } from './panels/map-controls.ts';
import { mountMatchingList } from './panels/matching-list.ts';
import { mountNotices } from './panels/notices.ts';
import { mountSearch } from './panels/search.ts';
import { createSeedViewer } from './panels/seed-viewer.ts';
import { createAppStore } from './state/store.ts';
import { decodeView } from './state/url.ts';
import { linkNotices } from './state/link-notices.ts';

const $ = (sel: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el;
};

/**
 * Lets the browser paint and handle input between start-up steps: one long task would block a
 * tap for its whole length (on a phone CPU, start-up is hundreds of milliseconds).
 */
const yieldToMain = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

export async function start(early: EarlyInput): Promise<void> {
  // The action buttons work from now on: what they need arrives through `ready`.
  let resolveReady!: (parts: AppParts) => void;
  const ready = new Promise<AppParts>((r) => (resolveReady = r));
  const actions = mountActions(ready);

  // The runtime config only matters to the live map (an online basemap) and exports: the first
  // screen does not wait for it.
  const configured = loadConfig();
  const [data, topo] = await Promise.all([
    import('./data/data.ts').then((m) => m.DATA),
    import('../geo/boundaries.topo.json').then((m) => m.default as unknown as Topology),
  ]);
  performance.mark('app:data');
  await yieldToMain();
  const atlas = buildAtlas(topo, data);
  const { view, problems } = decodeView(location.search, data);
  const store = createAppStore(view);
  performance.mark('app:atlas');
  await yieldToMain();

  // The map first: it replaces the build-time picture with one that answers input.
  const map = mountMap({
    host: $('#map'),
    tooltip: $('#tooltip'),
    store,
    data,
    atlas,
    basemapUrl: configured.then((c) => c.config.basemapStyle),
    // Frame times are the bench's instrument only: a production build has no such global.
    ...(import.meta.env.VITE_BENCH ? { onFrame: recordFrame } : {}),
  });
  performance.mark('app:map');
  mountMapControls($('.map-wrap'), store, map, atlas, data);
  syncChrome(store);
  mountNotices($('#notices'), store);
  reportUncaught(store);
  const lang = store.getState().lang;
  for (const n of linkNotices(problems, lang)) store.getState().notify({ ...n, kind: 'error' });
  void configured.then(({ malformed }) => {
    if (malformed)
      store.getState().notify({ id: 'config', kind: 'info', text: t(lang, 'configMalformed') });
  });
  await yieldToMain();

  const focusPlace = (id: string) => {
    store.getState().selectDistrict(id);
    const shape = atlas.shape(id);
    const view = map.view();
    if (shape) framePlaces(map, atlas, [id]);
    else
      view.jumpTo(
        {
          ...view.camera(),
          ...lngLat(atlas.anchor(id)),
          zoom: Math.max(view.camera().zoom, CLOSE_UP_ZOOM),
        },
        800,
      );
  };
  const openSeed = createSeedViewer(() => store.getState().lang);
  if (store.getState().embed) mountEmbedChrome(store.getState().lang);
  // Top to bottom as a phone stacks them (panels, then filters), so that nothing painted in one
  // step is pushed down by the next.
  mountSearch($('#search'), store, data, focusPlace, (ids) => framePlaces(map, atlas, ids));
  await yieldToMain();
  mountDistrictPanel($('#district'), store, { data, openSeed, focusPlace });
  mountIndustryDetail($('#industry'), store, data, openSeed);
  await yieldToMain();
  mountMatchingList($('#matching'), store, data, focusPlace);
  performance.mark('app:panels');
  await yieldToMain();
  mountFilters($('#filters'), store, data);
  await yieldToMain();
  mountFilterChips($('#chips'), store, data);
  mountLegend($('#legend'), store, data, atlas, openSeed);
  performance.mark('app:filters');
  syncUrl(store, data);
  mountViews(store, openSeed, data);
  syncSummary(store, data);
  followFilters(store, map, data, atlas);

  document.body.dataset['live'] = 'true';
  performance.mark('app:live');
  replay(early.release());
  const { config } = await configured;
  resolveReady({ store, data, atlas, map, publicUrl: config.publicUrl });
  const linked = store.getState().tour;
  if (linked) await actions.startTour(linked.id, linked.step);
}

/**
 * An error nothing caught, anywhere, becomes a notice (one per distinct message), not silence in
 * the console.
 */
function reportUncaught(store: ReturnType<typeof createAppStore>): void {
  const seen = new Set<string>();
  const report = (what: unknown) => {
    const msg = what instanceof Error ? what.message : String(what);
    if (seen.has(msg) || seen.size > 20) return;
    seen.add(msg);
    const s = store.getState();
    s.notify({
      id: `uncaught-${seen.size}`,
      kind: 'error',
      text: t(s.lang, 'uncaughtError', { error: msg.slice(0, 200) }),
    });
  };
  addEventListener('error', (e) => report(e.error ?? e.message));
  addEventListener('unhandledrejection', (e) => report(e.reason));
}

const lngLat = ([lng, lat]: [number, number]) => ({ lng, lat });

/** An embedded view links out to the full map (same view, with its panels). */
function mountEmbedChrome(lang: 'zh' | 'en'): void {
  document.body.classList.add('embed');
  const full = new URL(location.href);
  full.searchParams.delete('embed');
  const a = document.createElement('a');
  a.className = 'open-full';
  a.href = full.href;
  a.target = '_blank';
  a.rel = 'noopener';
  a.textContent = t(lang, 'openFull');
  $('.map-wrap').append(a);
}

/** Wires data, store, map and panels together; nothing else. */
import type { Topology } from 'topojson-specification';
import { loadConfig } from './data/config.ts';
import type { DataFiles } from './data/types.ts';
import { buildAtlas, extent } from './geo/atlas.ts';
import { t } from './i18n/index.ts';
import type { MapHandle } from './map/create-map.ts';
import { layerContext } from './map/layers/context.ts';
import { mountLiteMap, startsLite } from './map/lite-map.ts';
import { createSeedViewer } from './panels/seed-viewer.ts';
import type { OpenSeed } from './panels/citation.ts';
import { mountDistrictPanel } from './panels/district-panel.ts';
import { mountFilters } from './panels/filters.ts';
import { mountIndustryDetail } from './panels/industry-detail.ts';
import { mountLegend } from './panels/legend.ts';
import { mountMatchingList } from './panels/matching-list.ts';
import { mountNotices } from './panels/notices.ts';
import { mountSearch } from './panels/search.ts';
import { createAppStore, type AppStore, type ViewMode } from './state/store.ts';
import { matchingPlaces } from './state/selectors.ts';
import { placeName } from './i18n/index.ts';
import { shallow } from 'zustand/vanilla/shallow';
import { decodeView, encodeView, type LinkProblem } from './state/url.ts';

/** data/ and geo/ arrive as their own chunks, fetched in parallel with the code. */
let DATA: DataFiles;

const $ = (sel: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el;
};

function problemText(p: LinkProblem, lang: 'zh' | 'en'): string {
  const key =
    p.reason === 'unknown-parameter'
      ? 'linkUnknownParam'
      : p.reason === 'malformed'
        ? 'linkMalformed'
        : 'linkUnknownValue';
  return t(lang, key, { param: p.param, value: p.value });
}

/**
 * Keeps the address bar in step with the view, a quarter second after the last change: the link
 * is read when someone copies it, not per frame (and Chromium throttles rapid replaceState calls).
 */
function syncUrl(store: AppStore): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const q = encodeView(store.getState(), DATA);
    const url = `${location.pathname}${q ? `?${q}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`)
      history.replaceState(null, '', url);
  };
  store.subscribe(() => {
    if (timer === undefined) timer = setTimeout(write, 250);
  });
  addEventListener('pagehide', () => timer !== undefined && write());
}

function syncChrome(store: AppStore): void {
  const apply = () => {
    const { lang } = store.getState();
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'title');
    $('#app-title').textContent = t(lang, 'title');
    $('#app-subtitle').textContent = t(lang, 'subtitle');
    const btn = $('#lang-toggle');
    btn.textContent = t(lang, 'language');
    // The accessible name starts with the visible text (WCAG 2.5.3).
    btn.setAttribute('aria-label', `${t(lang, 'language')} · ${t(lang, 'languageLabel')}`);
    $('#map-loading').textContent = t(lang, 'loading');
    const present = $('#present');
    present.textContent = t(lang, 'present');
    present.title = t(lang, 'presentLabel');
    const tools = $('#map-tools');
    tools.setAttribute('aria-label', t(lang, 'exportTools'));
    for (const b of tools.querySelectorAll<HTMLButtonElement>('[data-scale]')) {
      const n = Number(b.dataset['scale']);
      b.textContent = t(lang, n === 4 ? 'exportPng4' : 'exportPng2');
      b.title = t(lang, 'exportPngLabel', { n });
    }
    const print = tools.querySelector<HTMLButtonElement>('[data-testid="print"]')!;
    print.textContent = t(lang, 'print');
    print.title = t(lang, 'printLabel');
    const embed = tools.querySelector<HTMLButtonElement>('[data-testid="embed"]')!;
    embed.textContent = t(lang, 'embed');
    embed.title = t(lang, 'embedLabel');
    const views = $('#view-tabs');
    views.setAttribute('aria-label', t(lang, 'views'));
    const names = {
      map: 'viewMap',
      table: 'viewTable',
      compare: 'viewCompare',
      targets: 'viewTargets',
      catalogue: 'viewCatalogue',
    } as const;
    for (const b of views.querySelectorAll<HTMLButtonElement>('[data-mode]'))
      b.textContent = t(lang, names[b.dataset['mode'] as ViewMode]);
    $('#map').setAttribute('aria-label', t(lang, 'viewMap'));
  };
  apply();
  store.subscribe((s) => s.lang, apply);
  $('#lang-toggle').addEventListener('click', () => {
    const s = store.getState();
    s.setLang(s.lang === 'zh' ? 'en' : 'zh');
  });
}

type ViewMount = (area: HTMLElement) => () => void;

/** The views besides the map, each loaded the first time it is opened. */
const VIEWS: Record<
  Exclude<ViewMode, 'map'>,
  (store: AppStore, openSeed: OpenSeed) => Promise<ViewMount>
> = {
  table: async (store) => {
    const { mountTableView } = await import('./table/view.ts');
    return (area) => mountTableView(area, store, DATA);
  },
  compare: async (store) => {
    const { mountCompareView } = await import('./compare/view.ts');
    return (area) => mountCompareView(area, store, DATA);
  },
  targets: async (store, openSeed) => {
    const { mountTargetsView } = await import('./targets/view.ts');
    return (area) => mountTargetsView(area, store, DATA, openSeed);
  },
  catalogue: async (store, openSeed) => {
    const { mountCatalogueView } = await import('./catalogue/view.ts');
    return (area) => mountCatalogueView(area, store, DATA, openSeed);
  },
};

/**
 * Map | table | compare | targets | catalogue. A view's code loads the first time it is opened;
 * the left-hand filters drive them all through the one store.
 */
function mountViews(store: AppStore, openSeed: OpenSeed): void {
  const tabs = [...$('#view-tabs').querySelectorAll<HTMLButtonElement>('[data-mode]')];
  const area = $('#analysis');
  let shown: ViewMode = 'map';
  let unmount: (() => void) | null = null;
  const show = async () => {
    const { mode } = store.getState();
    for (const b of tabs) b.setAttribute('aria-pressed', String(b.dataset['mode'] === mode));
    if (mode === shown) return;
    shown = mode;
    unmount?.();
    unmount = null;
    area.replaceChildren();
    area.hidden = mode === 'map';
    document.body.dataset['mode'] = mode;
    const load = VIEWS[mode as Exclude<ViewMode, 'map'>];
    if (!load) return;
    const mount = await load(store, openSeed);
    if (store.getState().mode === mode) unmount = mount(area);
  };
  for (const b of tabs)
    b.addEventListener('click', () => store.getState().setMode(b.dataset['mode'] as ViewMode));
  store.subscribe(
    (s) => s.mode,
    () => void show(),
  );
  void show();
}

/** A text alternative of the map: what it shows and which places match (for screen readers). */
function syncSummary(store: AppStore): void {
  const el = $('#map-summary');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const s = store.getState();
    const { lang } = s;
    const rows = DATA.layout.filter((r) => s.industries.includes(r.id));
    const sep = lang === 'zh' ? '、' : ', ';
    const what = rows.length
      ? rows.map((r) => (lang === 'zh' ? r.name : r.nameEn)).join(sep)
      : t(lang, 'mapSummaryAll');
    const places = matchingPlaces(s, DATA).map((m) => placeName(m.place, lang));
    const list = places.length > 12 ? `${places.slice(0, 12).join(sep)}…` : places.join(sep);
    el.textContent = t(lang, 'mapSummary', { what, n: places.length, list });
  };
  write();
  store.subscribe(
    (s) => [s.industries, s.programmes, s.groups, s.lang] as const,
    () => {
      // Once the filters settle: a screen reader should not hear every intermediate state.
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(write, 400);
    },
    { equalityFn: shallow },
  );
}

/** The export and print buttons: their code loads on the first click. */
function mountExportTools(
  store: AppStore,
  /** The live map, started first if it is not yet (the light map on phones). */
  handle: () => Promise<MapHandle | null>,
  atlas: ReturnType<typeof buildAtlas>,
  publicUrl: string,
  available: boolean,
): void {
  const tools = $('#map-tools');
  const embedButton = tools.querySelector<HTMLButtonElement>('[data-testid="embed"]')!;
  embedButton.addEventListener('click', () => {
    void import('./export/embed.ts').then(({ openEmbedDialog }) =>
      openEmbedDialog(store.getState(), DATA, publicUrl),
    );
  });
  const buttons = [...tools.querySelectorAll<HTMLButtonElement>('button')].filter(
    (b) => b !== embedButton,
  );
  if (!available) {
    // No live map to render: the buttons say so by being unavailable.
    buttons.forEach((b) => (b.disabled = true));
    return;
  }
  const run = async (what: 'print' | 2 | 4) => {
    buttons.forEach((b) => (b.disabled = true));
    const h = await handle();
    if (!h) return;
    const s = store.getState();
    s.notify({ id: 'export', kind: 'info', text: t(s.lang, 'exporting') });
    try {
      const mod = await import('./export/export.ts');
      const deps = {
        handle: h,
        state: () => store.getState(),
        context: () => layerContext(store.getState(), DATA, atlas),
        data: DATA,
        publicUrl,
      };
      const lang = store.getState().lang;
      if (what === 'print') {
        store.getState().dismiss('export');
        await mod.printView(deps);
      } else {
        const r = await mod.exportPng(deps, what);
        store.getState().notify({
          id: 'export',
          kind: 'info',
          text:
            t(lang, 'exported', { file: r.file, w: r.width, h: r.height }) +
            (r.public ? '' : ` ${t(lang, 'exportNoPublicUrl')}`),
        });
      }
    } catch (e) {
      store.getState().notify({
        id: 'export',
        kind: 'error',
        text: t(store.getState().lang, 'exportFailed', { error: (e as Error).message }),
      });
    } finally {
      buttons.forEach((b) => (b.disabled = false));
    }
  };
  for (const b of buttons) {
    const scale = Number(b.dataset['scale']);
    b.addEventListener('click', () => void run(scale === 2 || scale === 4 ? scale : 'print'));
  }
}

/**
 * Lets the browser paint and handle input between start-up steps: one long task would block a
 * tap for its whole length (on a phone CPU, start-up is hundreds of milliseconds).
 */
const yieldToMain = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

async function main(): Promise<void> {
  const [data, topo] = await Promise.all([
    import('./data/data.ts').then((m) => m.DATA),
    import('../geo/boundaries.topo.json').then((m) => m.default as unknown as Topology),
  ]);
  DATA = data;
  performance.mark('app:data');
  await yieldToMain();
  const atlas = buildAtlas(topo, DATA);
  performance.mark('app:atlas');
  await yieldToMain();
  const { view, problems } = decodeView(location.search, DATA);
  const store = createAppStore(view);
  const lang = store.getState().lang;
  problems.forEach((p, i) =>
    store.getState().notify({ id: `link-${i}`, kind: 'error', text: problemText(p, lang) }),
  );

  let handle: MapHandle | null = null;
  const focusPlace = (id: string) => {
    store.getState().selectDistrict(id);
    const shape = atlas.shape(id);
    if (!handle) return;
    if (shape) {
      handle.map.fitBounds(extent([shape]), { padding: 80, maxZoom: 9, duration: 800 });
    } else {
      handle.map.flyTo({
        center: atlas.anchor(id),
        zoom: Math.max(handle.map.getZoom(), 8.5),
        duration: 800,
      });
    }
  };
  const openSeed = createSeedViewer(() => store.getState().lang);

  syncChrome(store);
  if (store.getState().embed) {
    document.body.classList.add('embed');
    // An embedded view links out to the full map (same view, with its panels).
    const full = new URL(location.href);
    full.searchParams.delete('embed');
    const a = document.createElement('a');
    a.className = 'open-full';
    a.href = full.href;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = t(store.getState().lang, 'openFull');
    $('.map-wrap').append(a);
  }
  // Top to bottom as a phone stacks them (panels, then filters), so that nothing painted in one
  // step is pushed down by the next.
  mountNotices($('#notices'), store);
  mountSearch($('#search'), store, DATA, focusPlace);
  await yieldToMain();
  mountDistrictPanel($('#district'), store, { data: DATA, openSeed, focusPlace });
  mountIndustryDetail($('#industry'), store, DATA, openSeed);
  await yieldToMain();
  mountMatchingList($('#matching'), store, DATA, focusPlace);
  performance.mark('app:panels');
  await yieldToMain();
  mountFilters($('#filters'), store, DATA);
  await yieldToMain();
  mountLegend($('#legend'), store, DATA, atlas, openSeed);
  performance.mark('app:filters');
  syncUrl(store);
  mountViews(store, openSeed);
  syncSummary(store);
  (window as unknown as { __store?: AppStore }).__store = store;

  const { config, malformed } = await loadConfig();
  if (malformed) {
    store
      .getState()
      .notify({ id: 'config', kind: 'info', text: t(store.getState().lang, 'configMalformed') });
  }
  // The live map loads as its own chunk; on phones the light map stands in until asked for.
  let starting: Promise<MapHandle | null> | null = null;
  let unmountLite: (() => void) | null = null;
  const ensureMap = (): Promise<MapHandle | null> =>
    (starting ??= (async () => {
      try {
        const { startMap } = await import('./map/start-map.ts');
        handle = await startMap(store, atlas, DATA, config.basemapStyle);
        unmountLite?.();
      } catch (e) {
        store.getState().notify({
          id: 'no-webgl',
          kind: 'error',
          text: `${t(store.getState().lang, 'mapUnavailable')} (${(e as Error).message})`,
        });
        $('#map').classList.add('unavailable');
      }
      return handle;
    })());
  const lite = startsLite() && !store.getState().tour;
  await yieldToMain();
  if (lite) {
    unmountLite = mountLiteMap($('#map'), store, DATA, atlas, () => void ensureMap());
    $('#map-loading').hidden = true;
    performance.mark('app:lite');
  } else await ensureMap();

  mountExportTools(store, ensureMap, atlas, config.publicUrl, lite || handle !== null);

  // The briefing: its code and chapters load on demand, when asked for or linked to.
  const startTour = async (id: string, step: number) => {
    try {
      await ensureMap();
      const { present } = await import('./tour/presenter.ts');
      present(
        {
          store,
          data: DATA,
          atlas,
          map: () => handle?.map ?? null,
          host: $('.map-wrap'),
          legend: $('#legend'),
        },
        id,
        step,
      );
    } catch (e) {
      const lang = store.getState().lang;
      store.getState().notify({
        id: 'tour',
        kind: 'error',
        text: t(lang, 'tourLoadFailed', { error: (e as Error).message }),
      });
    }
  };
  $('#present').addEventListener('click', () => void startTour('briefing', 0));
  const linked = store.getState().tour;
  if (linked) await startTour(linked.id, linked.step);
}

void main();

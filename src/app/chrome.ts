/** The page's chrome kept in step with the store: titles and labels, the address bar, the views, the map's text alternative. */
import { shallow } from 'zustand/vanilla/shallow';
import type { DataFiles } from '../data/types.ts';
import { placeName, t } from '../i18n/index.ts';
import type { OpenSeed } from '../panels/citation.ts';
import { matchingPlaces } from '../state/selectors.ts';
import type { AppStore, ViewMode } from '../state/store.ts';
import { encodeView } from '../state/url.ts';

const $ = (sel: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el;
};

/**
 * Keeps the address bar in step with the view, a quarter second after the last change: the link
 * is read when someone copies it, not per frame (and Chromium throttles rapid replaceState calls).
 */
export function syncUrl(store: AppStore, DATA: DataFiles): void {
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

export function syncChrome(store: AppStore): void {
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
    for (const b of tools.querySelectorAll<HTMLButtonElement>('[data-paper]'))
      b.title = t(lang, 'exportPaperLabel', { paper: b.textContent ?? '' });
    const title = tools.querySelector<HTMLInputElement>('#export-title');
    if (title) {
      title.placeholder = t(lang, 'exportTitlePlaceholder', { title: t(lang, 'title') });
      title.setAttribute('aria-label', t(lang, 'exportTitleLabel'));
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
      projects: 'viewProjects',
    } as const;
    for (const b of views.querySelectorAll<HTMLButtonElement>('[data-mode]'))
      b.textContent = t(lang, names[b.dataset['mode'] as ViewMode]);
    $('#map').setAttribute('aria-label', t(lang, 'viewMap'));
    $('#legend-dock').setAttribute('aria-label', t(lang, 'legend'));
    const toggle = $('[data-testid="legend-toggle"]');
    toggle.textContent = `${t(lang, 'legendToggle')} ${toggle.getAttribute('aria-expanded') === 'true' ? '▴' : '▾'}`;
  };
  // On a phone or a portrait tablet the open legend would cover the districts: it starts folded
  // (the chips stay in view; one tap opens it).
  if (matchMedia('(max-width: 900px)').matches)
    $('[data-testid="legend-toggle"]').setAttribute('aria-expanded', 'false');
  apply();
  store.subscribe((s) => s.lang, apply);
  // The legend folds away (the filters in force stay) when it is in the way.
  $('[data-testid="legend-toggle"]').addEventListener('click', (e) => {
    const b = e.currentTarget as HTMLElement;
    b.setAttribute('aria-expanded', String(b.getAttribute('aria-expanded') !== 'true'));
    apply();
  });
  $('#lang-toggle').addEventListener('click', () => {
    const s = store.getState();
    s.setLang(s.lang === 'zh' ? 'en' : 'zh');
  });
}

type ViewMount = (area: HTMLElement) => () => void;

/** The views besides the map, each loaded the first time it is opened. */
const VIEWS: Record<
  Exclude<ViewMode, 'map'>,
  (store: AppStore, openSeed: OpenSeed, DATA: DataFiles) => Promise<ViewMount>
> = {
  table: async (store, _openSeed, DATA) => {
    const { mountTableView } = await import('../table/view.ts');
    return (area) => mountTableView(area, store, DATA);
  },
  compare: async (store, _openSeed, DATA) => {
    const { mountCompareView } = await import('../compare/view.ts');
    return (area) => mountCompareView(area, store, DATA);
  },
  targets: async (store, openSeed, DATA) => {
    const { mountTargetsView } = await import('../targets/view.ts');
    return (area) => mountTargetsView(area, store, DATA, openSeed);
  },
  catalogue: async (store, openSeed, DATA) => {
    const { mountCatalogueView } = await import('../catalogue/view.ts');
    return (area) => mountCatalogueView(area, store, DATA, openSeed);
  },
  projects: async (store, openSeed, DATA) => {
    const { mountProjectsView } = await import('../projects/view.ts');
    return (area) => mountProjectsView(area, store, DATA, openSeed);
  },
};

/**
 * Map | table | compare | targets | catalogue. A view's code loads the first time it is opened;
 * the left-hand filters drive them all through the one store.
 */
export function mountViews(store: AppStore, openSeed: OpenSeed, DATA: DataFiles): void {
  const tabs = [...$('#view-tabs').querySelectorAll<HTMLButtonElement>('[data-mode]')];
  const area = $('#analysis');
  let shown: ViewMode = 'map';
  let unmount: (() => void) | null = null;
  const show = async () => {
    const { mode } = store.getState();
    for (const b of tabs) b.setAttribute('aria-pressed', String(b.dataset['mode'] === mode));
    document.body.dataset['mode'] = mode;
    if (mode === shown) return;
    shown = mode;
    unmount?.();
    unmount = null;
    area.replaceChildren();
    area.hidden = mode === 'map';
    document.body.dataset['mode'] = mode;
    const load = VIEWS[mode as Exclude<ViewMode, 'map'>];
    if (!load) return;
    try {
      const mount = await load(store, openSeed, DATA);
      if (store.getState().mode === mode) unmount = mount(area);
    } catch (e) {
      // A chunk that did not arrive (offline, a deploy in between): say so; the map still works.
      const s = store.getState();
      s.notify({
        id: 'view-load',
        kind: 'error',
        text: t(s.lang, 'viewLoadFailed', { error: (e as Error).message }),
      });
      if (store.getState().mode === mode) shown = 'map';
      s.setMode('map');
    }
  };
  for (const b of tabs)
    b.addEventListener('click', () => store.getState().setMode(b.dataset['mode'] as ViewMode));
  store.subscribe(
    (s) => s.mode,
    () => void show(),
  );
  void show();
  mountFiltersDrawer(store);
}

/**
 * In the table, compare, targets and catalogue views the side columns fold away (they squeezed
 * the table's 区县 column to one character a line at 1440 px); the filters, which still drive
 * those views, open over the view from a button saying how many are on.
 */
function mountFiltersDrawer(store: AppStore): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'filters-toggle';
  button.dataset['testid'] = 'filters-toggle';
  button.setAttribute('aria-controls', 'filters');
  const set = (open: boolean) => {
    document.body.classList.toggle('filters-open', open);
    button.setAttribute('aria-expanded', String(open));
  };
  const label = () => {
    const s = store.getState();
    const n = s.industries.length + s.programmes.length + s.groups.length;
    button.textContent = n ? t(s.lang, 'filtersOn', { n }) : t(s.lang, 'filtersOpen');
  };
  button.addEventListener('click', () => set(!document.body.classList.contains('filters-open')));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && document.body.classList.contains('filters-open')) set(false);
  });
  $('.map-wrap').append(button);
  set(false);
  label();
  store.subscribe((s) => [s.industries, s.programmes, s.groups, s.lang] as const, label, {
    equalityFn: shallow,
  });
  store.subscribe(
    (s) => s.mode,
    () => set(false),
  );
}

/** A text alternative of the map: what it shows and which places match (for screen readers). */
export function syncSummary(store: AppStore, DATA: DataFiles): void {
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

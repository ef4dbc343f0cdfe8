/** The page's chrome kept in step with the store: titles and labels, the address bar, the views, the map's text alternative. */
import { shallow } from 'zustand/vanilla/shallow';
import type { DataFiles } from '../data/types.ts';
import { placeName, t, listText } from '../i18n/index.ts';
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
    // Both titles are in the page; CSS shows the short one on a phone (one header line).
    $('#app-title .title-long').textContent = t(lang, 'title');
    $('#app-title .title-short').textContent = t(lang, 'titleShort');
    const searchToggle = $('#search-toggle');
    searchToggle.setAttribute('aria-label', t(lang, 'searchOpen'));
    searchToggle.title = t(lang, 'searchOpen');
    $('#app-subtitle').textContent = t(lang, 'subtitle');
    const btn = $('#lang-toggle');
    btn.textContent = t(lang, 'language');
    // The other language's name, in that language.
    btn.lang = lang === 'zh' ? 'en' : 'zh-CN';
    // The accessible name starts with the visible text (WCAG 2.5.3).
    btn.setAttribute('aria-label', `${t(lang, 'language')} · ${t(lang, 'languageLabel')}`);
    $('#map-loading').textContent = t(lang, 'loading');
    const present = $('#present');
    present.textContent = t(lang, 'present');
    present.title = t(lang, 'presentLabel');
    const tools = $('#map-tools');
    tools.setAttribute('aria-label', t(lang, 'exportTools'));
    $('.map-tools-label').textContent = t(lang, 'exportShort');
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
  mountSearchToggle(store);
  $('#lang-toggle').addEventListener('click', () => {
    const s = store.getState();
    s.setLang(s.lang === 'zh' ? 'en' : 'zh');
  });
}

/**
 * On a phone the search box is behind a button (the header keeps to one line): the button opens it
 * below the header and puts the cursor in it; the button again, Esc, or a place or industry picked
 * closes it. Wider screens never show the button (styles.css).
 */
function mountSearchToggle(store: AppStore): void {
  const header = $('.app-header');
  const button = $('#search-toggle');
  const set = (open: boolean) => {
    header.classList.toggle('search-open', open);
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => {
    const open = !header.classList.contains('search-open');
    set(open);
    if (open) document.querySelector<HTMLInputElement>('#search-input')?.focus();
  });
  $('#search').addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !header.classList.contains('search-open')) return;
    set(false);
    button.focus();
  });
  store.subscribe(
    (s) => [s.district, s.industries, s.programmes, s.groups] as const,
    () => set(false),
    { equalityFn: shallow },
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
    const what = rows.length
      ? listText(
          lang,
          rows.map((r) => (lang === 'zh' ? r.name : r.nameEn)),
        )
      : t(lang, 'mapSummaryAll');
    const places = matchingPlaces(s, DATA).map((m) => placeName(m.place, lang));
    const list = listText(lang, places.slice(0, 12)) + (places.length > 12 ? '…' : '');
    el.textContent = t(lang, 'mapSummary', { what, n: places.length, list });
  };
  // Written once the start-up work is done: the first screen does not wait for a text no one
  // sees.
  timer = setTimeout(write, 400);
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

/**
 * The catalogue view (loaded on demand): the plans' sector priorities in one searchable list, each
 * with its verbatim source; entries that cover rows of the layout table link to them on the map,
 * and 专栏17's directions to the 川渝 cooperation entries they cover. The query lives in the store
 * (and the link: `?mode=catalogue&q=…`).
 */
import type { DataFiles } from '../data/types.ts';
import { dataName, labelled, t } from '../i18n/index.ts';
import { renderCitation, type OpenSeed } from '../panels/citation.ts';
import { h, rerender } from '../panels/dom.ts';
import type { AppStore, Lang } from '../state/store.ts';
import { catalogueEntries, filterCatalogue, groupLabel, type CatalogueEntry } from './catalogue.ts';
import type { ViewContext } from '../panels/view-context.ts';

function entryView(
  e: CatalogueEntry,
  lang: Lang,
  data: DataFiles,
  store: AppStore,
  openSeed: OpenSeed,
  showGroup: boolean,
): HTMLElement {
  const rows = data.layout.filter((r) => e.rows.includes(r.id));
  const coop = data.cooperation.filter((c) => e.cooperation.includes(c.id));
  const showOnMap = (ids: string[], layers: boolean) => {
    const s = store.getState();
    s.setIndustries(ids);
    if (layers && !s.layers.includes('coop')) s.toggleLayer('coop');
    s.setMode('map');
  };
  return h(
    'li',
    { 'data-testid': 'catalogue-entry', 'data-kind': e.kind, 'data-id': e.id },
    h(
      'h4',
      {},
      e.title,
      lang === 'en' && e.titleEn ? h('span', { class: 'muted' }, ` · ${e.titleEn}`) : null,
    ),
    showGroup ? h('p', { class: 'muted' }, groupLabel(e, lang)) : null,
    rows.length
      ? h(
          'p',
          { class: 'entry-rows' },
          labelled(lang, t(lang, 'coversRows')),
          rows.map((r) =>
            h(
              'button',
              {
                type: 'button',
                class: 'chip',
                'data-testid': 'entry-row',
                'data-industry': r.id,
                title: t(lang, 'showOnMap'),
                onclick: () => showOnMap([r.id], false),
              },
              dataName(r.name, r.nameEn, lang),
            ),
          ),
        )
      : null,
    coop.length
      ? h(
          'p',
          { class: 'entry-rows' },
          labelled(lang, t(lang, 'coversCoop')),
          coop.map((c) =>
            h(
              'button',
              {
                type: 'button',
                class: 'chip',
                'data-testid': 'entry-coop',
                onclick: () => showOnMap([], true),
              },
              dataName(c.theme, c.themeEn, lang),
            ),
          ),
        )
      : null,
    renderCitation(e.source, lang, openSeed),
  );
}

export function renderCatalogueResults(
  state: { query: string; lang: Lang },
  data: DataFiles,
  store: AppStore,
  openSeed: OpenSeed,
  entries = catalogueEntries(data),
): Node {
  const { lang, query } = state;
  const hits = filterCatalogue(entries, query, data);
  const frag = document.createDocumentFragment();
  frag.append(
    h(
      'p',
      { class: 'muted', role: 'status', 'data-testid': 'catalogue-count' },
      query.trim()
        ? t(lang, 'catalogueHits', { n: hits.length, total: entries.length })
        : t(lang, 'catalogueAll', { total: entries.length }),
    ),
  );
  if (!hits.length) {
    frag.append(h('p', { 'data-testid': 'catalogue-empty' }, t(lang, 'catalogueNone')));
    return frag;
  }
  if (query.trim()) {
    frag.append(
      h(
        'ul',
        { class: 'plain catalogue' },
        hits.map((e) => entryView(e, lang, data, store, openSeed, true)),
      ),
    );
    return frag;
  }
  const groups = new Map<string, CatalogueEntry[]>();
  for (const e of hits)
    groups.set(groupLabel(e, lang), [...(groups.get(groupLabel(e, lang)) ?? []), e]);
  for (const [label, list] of groups)
    frag.append(
      h(
        'section',
        { 'data-testid': 'catalogue-group' },
        h('h3', {}, label),
        h(
          'ul',
          { class: 'plain catalogue' },
          list.map((e) => entryView(e, lang, data, store, openSeed, false)),
        ),
      ),
    );
  return frag;
}

export function mountView(el: HTMLElement, { store, data, openSeed }: ViewContext): () => void {
  const entries = catalogueEntries(data);
  const title = h('h2', { id: 'catalogue-title' });
  const note = h('p', { class: 'muted' });
  const label = h('label', { for: 'catalogue-input' });
  const input = h('input', {
    type: 'search',
    id: 'catalogue-input',
    'data-testid': 'catalogue-input',
    autocomplete: 'off',
    value: store.getState().query,
  });
  const results = h('div', { class: 'catalogue-results', 'data-testid': 'catalogue-results' });
  input.addEventListener('input', () => store.getState().setQuery(input.value));
  el.replaceChildren(
    h(
      'section',
      {
        class: 'catalogue-view',
        'data-testid': 'catalogue-view',
        'aria-labelledby': 'catalogue-title',
      },
      title,
      note,
      h('p', { class: 'catalogue-search' }, label, input),
      results,
    ),
  );
  const render = () => {
    const s = store.getState();
    title.textContent = t(s.lang, 'viewCatalogueTitle');
    note.textContent = t(s.lang, 'catalogueNote');
    label.textContent = t(s.lang, 'catalogueSearch');
    if (input.value !== s.query) input.value = s.query;
    rerender(results, () => renderCatalogueResults(s, data, store, openSeed, entries));
  };
  render();
  return store.subscribe((s) => [s.query, s.lang] as const, render, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1],
  });
}

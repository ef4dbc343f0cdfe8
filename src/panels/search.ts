/** The search box: a combobox over places, sub-industries and base themes, keyboard-driven. */
import type { DataFiles } from '../data/types.ts';
import { t, listText } from '../i18n/index.ts';
import { loadResolver, search, type SearchHit } from '../state/search.ts';
import type { Resolver } from '../import/resolve.ts';
import type { AppStore } from '../state/store.ts';
import { h } from './dom.ts';
import { filterChips } from './filter-chips.ts';

const TYPE_LABEL: Record<'zh' | 'en', Record<SearchHit['type'], string>> = {
  zh: {
    place: '地方',
    industry: '小类',
    base: '基地',
    brand: '品牌',
    catalogue: '目录',
    group: '群组',
    programme: '基地类型',
    outline: '布局',
  },
  en: {
    place: 'Place',
    industry: 'Industry',
    base: 'Base',
    brand: 'Brand',
    catalogue: 'Catalogue',
    group: 'Group',
    programme: 'Programme',
    outline: 'Layout',
  },
};

export function mountSearch(
  el: HTMLElement,
  store: AppStore,
  data: DataFiles,
  focusPlace: (id: string) => void,
  /** Frames a set of places (all of Chongqing when empty). */
  framePlaces: (ids: readonly string[]) => void = () => undefined,
): () => void {
  const input = h('input', {
    type: 'search',
    id: 'search-input',
    role: 'combobox',
    autocomplete: 'off',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    'data-testid': 'search',
  });
  const label = h('label', { for: 'search-input', class: 'visually-hidden' });
  const list = h('ul', {
    id: 'search-results',
    role: 'listbox',
    class: 'search-results',
    'data-testid': 'search-results',
    hidden: true,
  });
  el.replaceChildren(label, input, list);

  let hits: SearchHit[] = [];
  let active = -1;

  const choose = (hit: SearchHit) => {
    const s = store.getState();
    if (hit.type === 'industry') s.setIndustries([hit.id]);
    else if (hit.type === 'group') s.setGroups([hit.id]);
    else if (hit.type === 'programme') {
      s.showLayer('bases');
      s.setProgrammes([hit.id]);
    } else if (hit.type === 'outline') {
      s.showLayer(hit.layer);
      s.setHighlight(hit.members);
      framePlaces(hit.members);
    } else if (hit.type === 'catalogue') {
      s.setQuery(hit.query);
      s.setMode('catalogue');
    } else {
      const place = hit.type === 'base' || hit.type === 'brand' ? hit.place : hit.id;
      if (hit.type === 'base') {
        s.showLayer('bases');
        s.setHighlight([place]);
      }
      focusPlace(place);
      if (hit.type === 'base') showBaseEntry(hit.id);
      // A place found while filters are on: say which, so its colour is not misread.
      const chips = filterChips(store.getState(), data);
      if (chips.length)
        s.notify({
          id: 'search-filters',
          kind: 'info',
          text: t(s.lang, 'searchFiltersOn', {
            list: listText(
              s.lang,
              chips.map((c) => c.label),
              'and',
            ),
          }),
        });
    }
    close();
    input.value = '';
  };
  /** The base's entry in the district panel: scrolled into view and marked as the one found. */
  const showBaseEntry = (id: string) => {
    requestAnimationFrame(() => {
      const entry = document.querySelector<HTMLElement>(
        `#district [data-base="${CSS.escape(id)}"]`,
      );
      if (!entry) return;
      for (const e of document.querySelectorAll('#district [data-found]'))
        e.removeAttribute('data-found');
      entry.dataset['found'] = 'true';
      entry.scrollIntoView({ block: 'nearest' });
    });
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const paint = () => {
    const lang = store.getState().lang;
    list.replaceChildren(
      ...(hits.length
        ? hits.map((hit, i) =>
            h(
              'li',
              {
                id: `search-hit-${i}`,
                role: 'option',
                'aria-selected': String(i === active),
                'data-type': hit.type,
                class: i === active ? 'active' : '',
                onmousedown: (e: Event) => {
                  e.preventDefault();
                  choose(hit);
                },
              },
              h('span', { class: 'type' }, TYPE_LABEL[lang][hit.type]),
              h('strong', {}, hit.label),
              h('span', { class: 'muted' }, hit.detail),
            ),
          )
        : [
            h(
              'li',
              { class: 'muted', role: 'option', 'aria-disabled': 'true' },
              t(lang, 'noResults'),
            ),
          ]),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  // The resolver (trade words, addresses) arrives on first want; what was typed meanwhile is
  // searched again with it. A failed load leaves the search on names, as written.
  let resolver: Resolver | null = null;
  const want = () => {
    if (resolver) return;
    loadResolver(data).then(
      (r) => {
        resolver = r;
        if (input.value.trim()) run();
      },
      () => undefined,
    );
  };
  input.addEventListener('focus', want);
  input.addEventListener('pointerenter', want);
  const run = () => {
    hits = search(input.value, data, store.getState().lang, 12, resolver);
    active = hits.length ? 0 : -1;
    if (input.value.trim()) paint();
    else close();
  };
  input.addEventListener('input', () => {
    cancelClose();
    want();
    run();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) {
      active = (active + 1) % hits.length;
      paint();
      e.preventDefault();
    } else if (e.key === 'ArrowUp' && hits.length) {
      active = (active - 1 + hits.length) % hits.length;
      paint();
      e.preventDefault();
    } else if (e.key === 'Enter' && hits[active]) {
      choose(hits[active]!);
      e.preventDefault();
    } else if (e.key === 'Escape') {
      close();
    }
  });
  // The list closes a moment after the box loses focus (a click on a hit lands first) — unless the
  // box has focus again or is typed into by then: a pending close must not hide fresh results.
  let closing: ReturnType<typeof setTimeout> | undefined;
  const cancelClose = () => {
    if (closing !== undefined) clearTimeout(closing);
    closing = undefined;
  };
  input.addEventListener('blur', () => {
    cancelClose();
    closing = setTimeout(close, 100);
  });
  input.addEventListener('focus', cancelClose);

  const label_ = () => {
    const lang = store.getState().lang;
    label.textContent = t(lang, 'searchLabel');
    input.placeholder = t(lang, 'search');
  };
  label_();
  return store.subscribe((s) => s.lang, label_);
}

/** Filters: 门类 and 小类 (each with how many places it names), base programme, group, layers. */
import type { DataFiles, GroupId, ProgrammeId } from '../data/types.ts';
import { dataName, t } from '../i18n/index.ts';
import { categoryGroups } from '../state/selectors.ts';
import { LAYER_IDS, type AppStore, type AppState, type LayerId } from '../state/store.ts';
import { shallow } from 'zustand/vanilla/shallow';
import { afterNextFrame, h, rerender } from './dom.ts';
import { programmeSymbol } from './symbols.ts';

const LAYER_LABEL: Record<
  LayerId,
  'layerIndustry' | 'layerBases' | 'layerCoop' | 'layerRegions' | 'layerBrands'
> = {
  industry: 'layerIndustry',
  bases: 'layerBases',
  coop: 'layerCoop',
  regions: 'layerRegions',
  brands: 'layerBrands',
};

function checkbox(
  opts: {
    key: string;
    checked: boolean;
    indeterminate?: boolean;
    testid: string;
    attrs?: Record<string, string>;
  },
  label: (string | Node | null)[],
  onChange: (checked: boolean) => void,
): HTMLElement {
  const input = h('input', {
    type: 'checkbox',
    'data-key': opts.key,
    'data-testid': opts.testid,
    ...opts.attrs,
    checked: opts.checked,
    onchange: (e: Event) => onChange((e.target as HTMLInputElement).checked),
  });
  input.checked = opts.checked;
  input.indeterminate = Boolean(opts.indeterminate);
  return h('label', { class: 'check' }, input, ...label);
}

/** The industry tree's 门类 `from` to `to` (each with its 小类) for a state. */
function renderCategories(
  state: AppState,
  data: DataFiles,
  from = 0,
  to = Infinity,
): HTMLElement[] {
  const { lang } = state;
  const selected = new Set(state.industries);
  const count = (n: number) => h('span', { class: 'count' }, t(lang, 'districtsCount', { n }));
  return categoryGroups(data.layout)
    .slice(from, to)
    .map((g) => {
      const ids = g.rows.map((r) => r.id);
      const on = ids.filter((id) => selected.has(id)).length;
      const single = g.rows.length === 1 && g.rows[0]?.subcategory === null;
      const head = checkbox(
        {
          key: `cat:${g.category}`,
          checked: on === ids.length,
          indeterminate: on > 0 && on < ids.length,
          testid: single ? 'industry-option' : 'category-option',
          attrs: single ? { 'data-industry': ids[0] ?? '' } : { 'data-category': g.category },
        },
        [dataName(g.category, g.categoryEn, lang), ' ', count(g.placeCount)],
        (c) => state.toggleIndustries(ids, c),
      );
      if (single) return h('li', { class: 'category' }, head);
      return h(
        'li',
        { class: 'category' },
        head,
        h(
          'ul',
          { class: 'sub' },
          g.rows.map((r) =>
            h(
              'li',
              {},
              checkbox(
                {
                  key: `row:${r.id}`,
                  checked: selected.has(r.id),
                  testid: 'industry-option',
                  attrs: { 'data-industry': r.id },
                },
                [
                  dataName(
                    r.subcategory ?? `${r.category}（${t(lang, 'whole门类')}）`,
                    r.nameEn,
                    lang,
                  ),
                  ' ',
                  count(r.places.length),
                ],
                (c) => state.toggleIndustries([r.id], c),
              ),
            ),
          ),
        ),
      );
    });
}

/** The filter panel for a state; the industry tree up to its `categories`-th 门类. */
export function renderFilters(state: AppState, data: DataFiles, categories = Infinity): Node {
  const { lang } = state;
  const count = (n: number) => h('span', { class: 'count' }, t(lang, 'districtsCount', { n }));
  const programmes = data.programmes.map((p) =>
    h(
      'li',
      {},
      checkbox(
        {
          key: `prog:${p.id}`,
          checked: state.programmes.includes(p.id),
          testid: 'programme-option',
          attrs: { 'data-programme': p.id },
        },
        [programmeSymbol(p.id as ProgrammeId), dataName(p.name, p.en, lang)],
        () => state.toggleProgramme(p.id),
      ),
    ),
  );
  const groups = data.groups.map((g) =>
    h(
      'li',
      {},
      checkbox(
        {
          key: `group:${g.id}`,
          checked: state.groups.includes(g.id),
          testid: 'group-option',
          attrs: { 'data-group': g.id },
        },
        [dataName(g.name, g.en, lang), ' ', count(g.members.length)],
        () => state.toggleGroup(g.id as GroupId),
      ),
    ),
  );
  const layers = LAYER_IDS.map((l) =>
    h(
      'li',
      {},
      checkbox(
        {
          key: `layer:${l}`,
          checked: state.layers.includes(l),
          testid: 'layer-option',
          attrs: { 'data-layer': l },
        },
        [t(lang, LAYER_LABEL[l])],
        () => state.toggleLayer(l),
      ),
    ),
  );
  const anyFilter = state.industries.length + state.programmes.length + state.groups.length > 0;
  return h(
    'div',
    { class: 'filters' },
    h('h2', { class: 'visually-hidden' }, t(lang, 'filters')),
    h('fieldset', {}, h('legend', {}, t(lang, 'layers')), h('ul', { class: 'plain' }, layers)),
    h(
      'fieldset',
      { 'data-testid': 'industry-filter' },
      h('legend', {}, t(lang, 'industries')),
      h('ul', { class: 'plain tree' }, renderCategories(state, data, 0, categories)),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, t(lang, 'programmes')),
      h('ul', { class: 'plain' }, programmes),
    ),
    h('fieldset', {}, h('legend', {}, t(lang, 'groups')), h('ul', { class: 'plain' }, groups)),
    h(
      'button',
      {
        type: 'button',
        'data-key': 'clear',
        'data-testid': 'clear-filters',
        disabled: !anyFilter,
        onclick: () => state.clearFilters(),
      },
      t(lang, 'clear'),
    ),
  );
}

/**
 * Brings a rendered filter panel in line with `state` without rebuilding it: the checkboxes' checked
 * and mixed states and the clear button. (Rebuilding 40-odd labelled checkboxes on every click cost
 * more than the map's whole frame.)
 */
export function syncFilters(root: ParentNode, state: AppState, data: DataFiles): void {
  const selected = new Set(state.industries);
  const checked = new Map<string, boolean>();
  const mixed = new Map<string, boolean>();
  for (const g of categoryGroups(data.layout)) {
    const on = g.rows.filter((r) => selected.has(r.id)).length;
    checked.set(`cat:${g.category}`, on === g.rows.length);
    mixed.set(`cat:${g.category}`, on > 0 && on < g.rows.length);
    for (const r of g.rows) checked.set(`row:${r.id}`, selected.has(r.id));
  }
  for (const p of data.programmes) checked.set(`prog:${p.id}`, state.programmes.includes(p.id));
  for (const g of data.groups) checked.set(`group:${g.id}`, state.groups.includes(g.id as GroupId));
  for (const l of LAYER_IDS) checked.set(`layer:${l}`, state.layers.includes(l));
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-key]')) {
    const key = input.dataset['key'] ?? '';
    const on = checked.get(key) ?? false;
    if (input.checked !== on) input.checked = on;
    const m = mixed.get(key) ?? false;
    if (input.indeterminate !== m) input.indeterminate = m;
  }
  const clear = root.querySelector<HTMLButtonElement>('[data-testid="clear-filters"]');
  if (clear)
    clear.disabled = state.industries.length + state.programmes.length + state.groups.length === 0;
}

/**
 * The 门类 in the panel's first render at start-up; the rest follow this many a task. Built at
 * once, the panel was one task of ≈ 55 ms of a phone's CPU (4× throttled), with its symbols
 * inline (bench/probes/tasks.ts, 2026-12-05); on a phone it sits below the map, where it is built
 * even unseen (dom.ts, mountWhenShown: a screen reader reaches it there). One a task: three were
 * still tasks of ≈ 30 ms there, long ones once another job slows the machine. They are built off
 * the page and put in together after the last: each put in alone lengthened the page, and the
 * browser drew a frame for each (ten frames of nothing new at start-up, each one more for a busy
 * phone to draw and Lighthouse to photograph: docs/performance.md, tenth session).
 */
const FIRST_CATEGORIES = 1;
const CATEGORIES_PER_TASK = 1;

export function mountFilters(el: HTMLElement, store: AppStore, data: DataFiles): () => void {
  const total = categoryGroups(data.layout).length;
  let built = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The 门类 built since the first render, not yet in the tree. */
  let waiting: Node[] = [];
  /** Builds the next few 门类; after the last, puts them all in the tree, checked as the state is now. */
  const more = () => {
    const to = Math.min(total, built + CATEGORIES_PER_TASK);
    waiting.push(...renderCategories(store.getState(), data, built, to));
    built = to;
    if (built < total) {
      timer = setTimeout(more, 0);
      return;
    }
    el.querySelector('[data-testid="industry-filter"] ul.tree')?.append(...waiting);
    waiting = [];
    // Each was built for the state of its task: a box ticked since is ticked here too.
    syncFilters(el, store.getState(), data);
  };
  const build = (upTo = total) => {
    clearTimeout(timer);
    waiting = [];
    built = Math.min(total, upTo);
    rerender(el, () => renderFilters(store.getState(), data, built));
    if (built < total) timer = setTimeout(more, 0);
  };
  build(FIRST_CATEGORIES);
  // In the other language the panel is rebuilt whole, a frame after the map's (as the other
  // panels are).
  const offLang = store.subscribe((s) => s.lang, afterNextFrame(build));
  const offChecks = store.subscribe(
    (s) => [s.industries, s.programmes, s.groups, s.layers] as const,
    () => syncFilters(el, store.getState(), data),
    { equalityFn: shallow },
  );
  return () => {
    clearTimeout(timer);
    offLang();
    offChecks();
  };
}

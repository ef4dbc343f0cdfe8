/**
 * The compare view (loaded on demand): two to four places side by side — what the plans give
 * each, what all share, what is unique to one. The selection lives in the store (and the URL).
 */
import type { DataFiles, PlaceRecord } from '../data/types.ts';
import { SEEDS } from '../data/seeds.ts';
import { placeName, t } from '../i18n/index.ts';
import { h, rerender } from '../panels/dom.ts';
import { COMPARE_LIMIT, type Lang, type Verdict } from '../state/store.ts';
import { shallow } from 'zustand/vanilla/shallow';
import { comparePlaces, type CompareItem, type ItemKind } from './compare.ts';
import type { ViewContext } from '../panels/view-context.ts';

const KIND_LABEL: Record<ItemKind, 'kindIndustry' | 'kindProgramme' | 'kindCoop'> = {
  industry: 'kindIndustry',
  programme: 'kindProgramme',
  coop: 'kindCoop',
};

/** Places worth comparing: Chongqing's districts and zones, and the Sichuan partners the plans name. */
function candidates(data: DataFiles): { chongqing: PlaceRecord[]; sichuan: PlaceRecord[] } {
  const partners = new Set([
    ...data.cooperation.flatMap((c) => [...c.partners, ...c.inferredPartners]),
    ...data.bases.flatMap((b) => b.partners),
  ]);
  return {
    chongqing: data.places.filter((p) => p.province === 'chongqing'),
    sichuan: data.places.filter((p) => p.province !== 'chongqing' && partners.has(p.id)),
  };
}

function itemList(
  items: CompareItem[],
  lang: Lang,
  mark: (it: CompareItem) => 'shared' | 'unique' | null,
): HTMLElement {
  return h(
    'ul',
    { class: 'plain compare-items' },
    items.map((it) => {
      const m = mark(it);
      const src = it.sources[0]!;
      const seed = SEEDS.find((s) => s.id === src.doc);
      return h(
        'li',
        { 'data-key': it.key, 'data-kind': it.kind, class: m ?? '' },
        h('span', { class: 'kind' }, t(lang, KIND_LABEL[it.kind])),
        h('span', { class: 'label' }, it.label),
        m === 'unique' ? h('span', { class: 'badge' }, t(lang, 'compareOnly')) : null,
        h(
          'details',
          { class: 'compare-source' },
          h('summary', {}, t(lang, 'source')),
          h('blockquote', { lang: 'zh-CN' }, `“${src.quote}”`),
          h('cite', {}, seed ? (lang === 'zh' ? seed.title : seed.titleEn) : src.doc),
        ),
      );
    }),
  );
}

/** The user's projects in a compared place ("你的项目：此地 12 个，其中 9 个…"), if any. */
function projectCount(counts: Record<Verdict, number> | undefined, lang: Lang): HTMLElement | null {
  if (!counts) return null;
  const n = Object.values(counts).reduce((a, b) => a + b, 0);
  return h(
    'p',
    { class: 'projects-here', 'data-testid': 'compare-projects' },
    t(lang, 'projectsHere', { n, planned: counts.planned }),
  );
}

export function mountView(el: HTMLElement, { store, data }: ViewContext): () => void {
  const pool = candidates(data);
  const byId = new Map(data.places.map((p) => [p.id, p]));
  const render = () =>
    rerender(el, () => {
      const s = store.getState();
      const { lang } = s;
      const cmp = comparePlaces(s.compare, data, lang);
      const option = (p: PlaceRecord) =>
        h('option', { value: p.id, disabled: s.compare.includes(p.id) }, placeName(p, lang));
      const select = h(
        'select',
        { 'data-key': 'pick', 'data-testid': 'compare-pick', 'aria-label': t(lang, 'comparePick') },
        h('optgroup', { label: t(lang, 'chongqingPlaces') }, pool.chongqing.map(option)),
        h('optgroup', { label: t(lang, 'sichuanPartners') }, pool.sichuan.map(option)),
      );
      const sharedItems = cmp.places[0]?.items.filter((it) => cmp.shared.has(it.key)) ?? [];
      return h(
        'section',
        {
          class: 'compare-view',
          'data-testid': 'compare-view',
          'aria-labelledby': 'compare-title',
        },
        h('h2', { id: 'compare-title' }, t(lang, 'viewCompare')),
        h(
          'div',
          { class: 'compare-pick' },
          select,
          h(
            'button',
            {
              type: 'button',
              'data-key': 'add',
              'data-testid': 'compare-add',
              disabled: s.compare.length >= COMPARE_LIMIT,
              onclick: () => store.getState().addCompare(select.value),
            },
            t(lang, 'compareAdd'),
          ),
          h(
            'ul',
            { class: 'plain chips' },
            s.compare.map((id) => {
              const name = byId.get(id) ? placeName(byId.get(id)!, lang) : id;
              return h(
                'li',
                {},
                name,
                h(
                  'button',
                  {
                    type: 'button',
                    'data-key': `remove:${id}`,
                    'aria-label': t(lang, 'compareRemove', { name }),
                    onclick: () => store.getState().removeCompare(id),
                  },
                  '×',
                ),
              );
            }),
          ),
        ),
        s.compare.length < 2 ? h('p', { class: 'hint' }, t(lang, 'compareHint')) : null,
        s.compare.length >= 2
          ? h(
              'section',
              { class: 'compare-shared', 'data-testid': 'compare-shared' },
              h('h3', {}, t(lang, 'compareShared', { n: s.compare.length })),
              sharedItems.length
                ? itemList(sharedItems, lang, () => 'shared')
                : h('p', { class: 'muted' }, t(lang, 'compareNone')),
            )
          : null,
        h(
          'div',
          { class: 'compare-columns' },
          cmp.places.map((p) => {
            const place = byId.get(p.id);
            const unique = cmp.unique.get(p.id) ?? new Set<string>();
            return h(
              'section',
              { class: 'compare-column', 'data-testid': 'compare-column', 'data-code': p.id },
              h('h3', {}, place ? placeName(place, lang) : p.id),
              projectCount(s.projects?.byPlace[p.id], lang),
              p.items.length
                ? itemList(p.items, lang, (it) =>
                    cmp.shared.has(it.key) ? 'shared' : unique.has(it.key) ? 'unique' : null,
                  )
                : h('p', { class: 'muted' }, t(lang, 'compareEmpty')),
            );
          }),
        ),
      );
    });
  render();
  return store.subscribe((s) => [s.compare, s.lang, s.projects] as const, render, {
    equalityFn: shallow,
  });
}

/**
 * The selected sub-industries in detail: where the table places them and what the national
 * light-industry guidance (003) prioritises for the matching sector — key technologies, upgraded
 * products, digital and green directions — each with its quote. Shown for one to three selected
 * rows; where no sector of the guidance matches, it says so.
 */
import { prepareButton } from './briefing-entry.ts';
import type { DataFiles } from '../data/types.ts';
import { dataName, labelled, mfgFieldName, noteIn, t } from '../i18n/index.ts';
import type { AppStore } from '../state/store.ts';
import { renderCitation, type OpenSeed } from './citation.ts';
import { afterNextFrame, h, rerender } from './dom.ts';
import { priorityItem, sectorTargetLine } from './alignment.ts';
import { rowAlignment, type RowAlignment } from '../state/alignment.ts';

/** The city's sector target and the manufacturing plan's field for a row, with their quotes. */
function cityLine(a: RowAlignment, lang: 'zh' | 'en', openSeed: OpenSeed): Node {
  return h(
    'div',
    { class: 'city-line' },
    a.sector && a.target
      ? h(
          'details',
          { 'data-testid': 'detail-target' },
          h(
            'summary',
            {},
            `${t(lang, 'cityTarget')} ${sectorTargetLine(a.sector, a.target, lang)}`,
          ),
          h('p', { class: 'note' }, labelled(lang, t(lang, 'note')) + noteIn(a.sector.note, lang)),
          renderCitation(a.target.source, lang, openSeed),
        )
      : null,
    a.fields.map((f) =>
      h(
        'details',
        { 'data-testid': 'detail-field' },
        h('summary', {}, `${t(lang, 'mfgField')} · ${mfgFieldName(f.field, lang)}`),
        renderCitation(f.source, lang, openSeed),
      ),
    ),
  );
}

export function renderIndustryDetail(
  state: { industries: readonly string[]; lang: 'zh' | 'en' },
  data: DataFiles,
  openSeed: OpenSeed,
): Node {
  const { lang } = state;
  const rows = data.layout.filter((r) => state.industries.includes(r.id));
  if (rows.length === 0 || rows.length > 3) return document.createDocumentFragment();
  return h(
    'section',
    {
      class: 'industry-detail',
      'data-testid': 'industry-detail',
      'aria-labelledby': 'industry-title',
    },
    h('h2', { id: 'industry-title', class: 'visually-hidden' }, t(lang, 'nationalPriorities')),
    rows.map((r) => {
      const a = rowAlignment(r.id, data);
      return h(
        'article',
        { 'data-industry': r.id },
        h(
          'h3',
          {},
          dataName(r.name, r.nameEn, lang),
          h('span', { class: 'muted' }, ` · GB/T 4754 ${r.gb}`),
        ),
        cityLine(a, lang, openSeed),
        // Issue 22: a briefing for a visitor in this industry, composed from the plans.
        prepareButton(lang, () => ({ kind: 'compose', industry: r.id })),
        h('h4', {}, t(lang, 'nationalPriorities')),
        a.priorities.length
          ? h(
              'ul',
              { class: 'plain', 'data-testid': 'priorities' },
              a.priorities.map((p) => priorityItem(p, lang, openSeed)),
            )
          : h('p', { class: 'muted', 'data-testid': 'no-priorities' }, t(lang, 'noPriorities')),
      );
    }),
  );
}

export function mountIndustryDetail(
  el: HTMLElement,
  store: AppStore,
  data: DataFiles,
  openSeed: OpenSeed,
): () => void {
  const render = () => {
    rerender(el, () => renderIndustryDetail(store.getState(), data, openSeed));
    el.hidden = el.childNodes.length === 0;
  };
  render();
  return store.subscribe((s) => [s.industries, s.lang] as const, afterNextFrame(render), {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1],
  });
}

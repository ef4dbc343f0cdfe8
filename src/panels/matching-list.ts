/** The places matching the current filter, always beside the map; one item per place. */
import type { DataFiles } from '../data/types.ts';
import { placeName, t } from '../i18n/index.ts';
import { matchingPlaces } from '../state/selectors.ts';
import type { AppStore, ViewState } from '../state/store.ts';
import { shallow } from 'zustand/vanilla/shallow';
import { afterNextFrame, h, rerender } from './dom.ts';
import { memoBy } from '../lib/memo.ts';

const placeById = memoBy((data: DataFiles) => new Map(data.places.map((p) => [p.id, p])));

/** How many items the list draws at first and per "show more": a nation has ~2,900 places. */
export const LIST_PAGE = 120;

export function renderMatchingList(
  state: Pick<ViewState, 'lang' | 'industries' | 'programmes' | 'groups' | 'district'>,
  data: DataFiles,
  focusPlace: (id: string) => void,
  limit = LIST_PAGE,
  showMore: () => void = () => undefined,
): Node {
  const { lang } = state;
  const all = matchingPlaces(state, data);
  const items = all.length > limit ? all.slice(0, limit) : all;
  const showCount =
    state.industries.length > 0 || (state.programmes.length === 0 && state.groups.length === 0);
  return h(
    'section',
    { class: 'matching', 'aria-labelledby': 'matching-title' },
    h(
      'h2',
      { id: 'matching-title' },
      t(lang, 'matching'),
      ' ',
      h(
        'span',
        { class: 'count', 'data-testid': 'matching-count' },
        t(lang, 'matchingCount', { n: all.length }),
      ),
    ),
    h(
      'ol',
      { 'data-testid': 'matching-districts', class: 'plain' },
      items.map(({ place, count }, i) => {
        const parent = place.parent ? placeById(data).get(place.parent) : undefined;
        const zone =
          place.kind === 'functional-zone'
            ? `${t(lang, 'functionalZone')}${parent ? (lang === 'en' ? `, ${t(lang, 'inParent', { parent: placeName(parent, lang) })}` : `，${t(lang, 'inParent', { parent: placeName(parent, lang) })}`) : ''}`
            : null;
        return h(
          'li',
          { 'data-code': place.id, class: state.district === place.id ? 'selected' : '' },
          h(
            'button',
            {
              type: 'button',
              'data-key': `place:${place.id}`,
              'aria-current': state.district === place.id ? 'true' : null,
              onclick: () => focusPlace(place.id),
            },
            // The rank is text, not a list marker: off-screen items skip layout (styles.css), and
            // that containment would reset the markers' counter.
            h('span', { class: 'rank', 'aria-hidden': 'true' }, `${i + 1}.`),
            h('span', { class: 'name' }, placeName(place, lang)),
            showCount && count > 0 ? h('span', { class: 'count' }, String(count)) : null,
          ),
          zone ? h('span', { class: 'zone-note' }, zone) : null,
        );
      }),
    ),
    all.length > items.length
      ? h(
          'button',
          {
            type: 'button',
            class: 'more',
            'data-key': 'more',
            'data-testid': 'matching-more',
            onclick: showMore,
          },
          t(lang, 'showMore', {
            n: Math.min(LIST_PAGE, all.length - items.length),
            total: all.length,
          }),
        )
      : null,
  );
}

export function mountMatchingList(
  el: HTMLElement,
  store: AppStore,
  data: DataFiles,
  focusPlace: (id: string) => void,
): () => void {
  let limit = LIST_PAGE;
  const render = () =>
    rerender(el, () =>
      renderMatchingList(store.getState(), data, focusPlace, limit, () => {
        limit += LIST_PAGE;
        render();
      }),
    );
  render();
  const later = afterNextFrame(render);
  return store.subscribe(
    (s) => [s.industries, s.programmes, s.groups, s.district, s.lang] as const,
    (now, before) => {
      // A new filter starts from the top page again; a new selection or language keeps the length.
      if (now[0] !== before[0] || now[1] !== before[1] || now[2] !== before[2]) limit = LIST_PAGE;
      later();
    },
    { equalityFn: shallow },
  );
}

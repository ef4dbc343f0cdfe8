/** The places matching the current filter, always beside the map; one item per place. */
import type { DataFiles } from '../data/types.ts';
import { placeName, t } from '../i18n/index.ts';
import { matchingPlaces } from '../state/selectors.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { shallow } from 'zustand/vanilla/shallow';
import { h, rerender } from './dom.ts';

export function renderMatchingList(
  state: AppState,
  data: DataFiles,
  focusPlace: (id: string) => void,
): Node {
  const { lang } = state;
  const items = matchingPlaces(state, data);
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
        t(lang, 'matchingCount', { n: items.length }),
      ),
    ),
    h(
      'ol',
      { 'data-testid': 'matching-districts', class: 'plain' },
      items.map(({ place, count }) => {
        const parent = place.parent ? data.places.find((p) => p.id === place.parent) : undefined;
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
            h('span', { class: 'name' }, placeName(place, lang)),
            showCount && count > 0 ? h('span', { class: 'count' }, String(count)) : null,
          ),
          zone ? h('span', { class: 'zone-note' }, zone) : null,
        );
      }),
    ),
  );
}

export function mountMatchingList(
  el: HTMLElement,
  store: AppStore,
  data: DataFiles,
  focusPlace: (id: string) => void,
): () => void {
  const render = () => rerender(el, () => renderMatchingList(store.getState(), data, focusPlace));
  render();
  return store.subscribe(
    (s) => [s.industries, s.programmes, s.groups, s.district, s.lang] as const,
    render,
    { equalityFn: shallow },
  );
}

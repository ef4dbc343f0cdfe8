/**
 * The filters in force, as removable chips beside the legend (always in view with the map): each
 * selected 小类 or 门类, base programme and 一区两群 group, and a clear-all. Without them a filter
 * chosen below the fold stays on unseen — a later search then draws the found district grey.
 */
import type { DataFiles, GroupId, ProgrammeId } from '../data/types.ts';
import { dataName, t } from '../i18n/index.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { h, rerender } from './dom.ts';
import { shallow } from 'zustand/vanilla/shallow';

interface Chip {
  key: string;
  label: string;
  remove: (s: AppState) => void;
}

/** The chips for a state: a whole 门类 is one chip, as the filter panel ticks it. */
export function filterChips(state: AppState, data: DataFiles): Chip[] {
  const { lang } = state;
  const picked = new Set(state.industries);
  const chips: Chip[] = [];
  const done = new Set<string>();
  for (const r of data.layout) {
    if (!picked.has(r.id) || done.has(r.id)) continue;
    const rows = data.layout.filter((x) => x.category === r.category);
    const whole = rows.length > 1 && rows.every((x) => picked.has(x.id));
    const ids = whole ? rows.map((x) => x.id) : [r.id];
    ids.forEach((id) => done.add(id));
    chips.push({
      key: `industry:${ids.join(',')}`,
      label: whole ? dataName(r.category, r.categoryEn, lang) : dataName(r.name, r.nameEn, lang),
      remove: (s) => s.toggleIndustries(ids, false),
    });
  }
  for (const id of state.programmes) {
    const p = data.programmes.find((x) => x.id === id);
    chips.push({
      key: `programme:${id}`,
      label: p ? dataName(p.name, p.en, lang) : id,
      remove: (s) => s.toggleProgramme(id as ProgrammeId),
    });
  }
  for (const id of state.groups) {
    const g = data.groups.find((x) => x.id === id);
    chips.push({
      key: `group:${id}`,
      label: g ? dataName(g.name, g.en, lang) : id,
      remove: (s) => s.toggleGroup(id as GroupId),
    });
  }
  return chips;
}

export function renderFilterChips(state: AppState, data: DataFiles, store: AppStore): Node {
  const { lang } = state;
  const chips = filterChips(state, data);
  if (!chips.length)
    return h('p', { class: 'chips-none', 'data-testid': 'chips-none' }, t(lang, 'chipsNone'));
  return h(
    'div',
    { class: 'chips', role: 'group', 'aria-label': t(lang, 'chipsLabel') },
    chips.map((c) =>
      h(
        'button',
        {
          type: 'button',
          class: 'chip',
          'data-testid': 'filter-chip',
          'data-key': c.key,
          'aria-label': t(lang, 'chipRemove', { name: c.label }),
          onclick: () => c.remove(store.getState()),
        },
        c.label,
        h('span', { class: 'chip-x', 'aria-hidden': 'true' }, '×'),
      ),
    ),
    chips.length > 1
      ? h(
          'button',
          {
            type: 'button',
            class: 'link-button',
            'data-testid': 'chips-clear',
            'data-key': 'clear',
            onclick: () => store.getState().clearFilters(),
          },
          t(lang, 'clear'),
        )
      : null,
  );
}

export function mountFilterChips(el: HTMLElement, store: AppStore, data: DataFiles): () => void {
  const render = () => rerender(el, () => renderFilterChips(store.getState(), data, store));
  render();
  return store.subscribe((s) => [s.industries, s.programmes, s.groups, s.lang] as const, render, {
    equalityFn: shallow,
  });
}

/** The legend: one entry per visible layer, matching what the map draws. */
import type { DataFiles, GroupId, ProgrammeId } from '../data/types.ts';
import { dataName, t } from '../i18n/index.ts';
import { layerContext } from '../map/layers/context.ts';
import { GROUP_COLOURS, industryColour, PARTNER_CSS } from '../map/style.ts';
import type { Atlas } from '../geo/atlas.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { shallow } from 'zustand/vanilla/shallow';
import { afterNextFrame, h, rerender } from './dom.ts';
import { programmeSymbol, swatch } from './symbols.ts';

const rgb = ([r, g, b]: readonly number[]) => `rgb(${r},${g},${b})`;

export function renderLegend(state: AppState, data: DataFiles, atlas: Atlas): Node {
  const { lang } = state;
  const ctx = layerContext(state, data, atlas);
  const blocks: HTMLElement[] = [];
  if (state.layers.includes('industry')) {
    const steps = Array.from({ length: ctx.max }, (_, i) => i + 1);
    blocks.push(
      h(
        'div',
        { 'data-testid': 'legend-industry' },
        h('h3', {}, t(lang, 'legendIndustry')),
        h(
          'ul',
          { class: 'plain steps' },
          steps.map((n) =>
            h('li', { 'data-count': n }, swatch(rgb(industryColour(n, ctx.max))), String(n)),
          ),
          h('li', {}, swatch('rgb(233,236,239)'), t(lang, 'legendNone')),
        ),
      ),
    );
  }
  if (state.layers.includes('bases')) {
    blocks.push(
      h(
        'div',
        { 'data-testid': 'legend-bases' },
        h('h3', {}, t(lang, 'layerBases')),
        h(
          'ul',
          { class: 'plain' },
          data.programmes.map((p) =>
            h('li', {}, programmeSymbol(p.id as ProgrammeId), dataName(p.name, p.en, lang)),
          ),
        ),
      ),
    );
  }
  if (state.layers.includes('coop')) {
    blocks.push(
      h(
        'div',
        { 'data-testid': 'legend-coop' },
        h('h3', {}, t(lang, 'layerCoop')),
        h(
          'ul',
          { class: 'plain' },
          h('li', {}, swatch(PARTNER_CSS), t(lang, 'partners')),
          h('li', {}, swatch('#0072B2'), t(lang, 'cooperation')),
          h('li', {}, swatch('#0072B2', 'outline'), t(lang, 'frameworks')),
        ),
      ),
    );
  }
  if (state.layers.includes('regions')) {
    blocks.push(
      h(
        'div',
        { 'data-testid': 'legend-regions' },
        h('h3', {}, t(lang, 'layerRegions')),
        h(
          'ul',
          { class: 'plain' },
          data.groups.map((g) =>
            h(
              'li',
              {},
              swatch(GROUP_COLOURS(g.id as GroupId), 'outline'),
              dataName(g.name, g.en, lang),
            ),
          ),
          h('li', {}, swatch('#D55E00', 'outline'), t(lang, 'belts')),
          h(
            'li',
            {},
            swatch('#D55E00', 'outline-thin'),
            `${t(lang, 'belts')} · ${t(lang, 'partial')}`,
          ),
        ),
      ),
    );
  }
  if (state.layers.includes('brands')) {
    blocks.push(
      h(
        'div',
        { 'data-testid': 'legend-brands' },
        h('h3', {}, t(lang, 'layerBrands')),
        h(
          'p',
          { class: 'brand-sample' },
          lang === 'zh' ? '荣昌夏布 · 荣昌生猪' : 'Rongchang ramie cloth',
        ),
      ),
    );
  }
  return h('section', { class: 'legend', 'aria-label': t(lang, 'legend') }, blocks);
}

export function mountLegend(
  el: HTMLElement,
  store: AppStore,
  data: DataFiles,
  atlas: Atlas,
): () => void {
  // The legend changes with the layers, the language and the top count only: skip the rest.
  let drawn = '';
  const render = () => {
    const s = store.getState();
    const key = `${s.layers.join()}|${s.lang}|${layerContext(s, data, atlas).max}`;
    if (key === drawn) return;
    drawn = key;
    rerender(el, () => renderLegend(s, data, atlas));
  };
  render();
  return store.subscribe(
    (s) => [s.industries, s.programmes, s.groups, s.layers, s.lang] as const,
    afterNextFrame(render),
    { equalityFn: shallow },
  );
}

/** The legend: one entry per visible layer, matching what the map draws. */
import type { DataFiles } from '../data/types.ts';
import { t } from '../i18n/index.ts';
import { layerContext } from '../map/layers/context.ts';
import { legendModel } from '../map/layers/registry.ts';
import type { MapLayerId } from '../map/layers/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { shallow } from 'zustand/vanilla/shallow';
import { afterNextFrame, h, rerender } from './dom.ts';
import { signElement } from './symbols.ts';
import { sectorTargetLine } from './alignment.ts';
import type { OpenSeed } from './citation.ts';
import { sectorTargets } from '../state/alignment.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** Two thin bars, 2020 against the 2025 target, on one scale (no style attributes: CSP). */
function miniBars(from: number | null, to: number | null): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 80 12');
  svg.setAttribute('width', '80');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  const hi = Math.max(from ?? 0, to ?? 0) || 1;
  [
    [from, 0, '#9aa7b2'],
    [to, 6, '#0b5cad'],
  ].forEach(([v, y, fill]) => {
    const r = document.createElementNS(SVG, 'rect');
    r.setAttribute('x', '0');
    r.setAttribute('y', String(y));
    r.setAttribute('height', '5');
    r.setAttribute('width', String(Math.max(1, ((Number(v) || 0) / hi) * 80)));
    r.setAttribute('fill', String(fill));
    svg.append(r);
  });
  return svg;
}

/** The output targets (000) of the consumer-goods sectors the selected rows fall in. */
function targetsBlock(state: AppState, data: DataFiles, openSeed?: OpenSeed): HTMLElement | null {
  const { lang } = state;
  const list = state.industries.length ? sectorTargets(state.industries, data) : [];
  if (!list.length) return null;
  return h(
    'div',
    { 'data-testid': 'legend-targets' },
    h('h3', {}, t(lang, 'legendTargets')),
    h(
      'ul',
      { class: 'plain sector-targets' },
      list.map(({ sector, target }) =>
        h(
          'li',
          { 'data-sector': sector.id, 'data-target': target.id },
          miniBars(target.value2020Number, target.target2025Range?.[1] ?? null),
          h('span', {}, sectorTargetLine(sector, target, lang, false)),
          openSeed
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'link',
                  'data-testid': 'legend-target-source',
                  title: target.source.quote.replace(/\s+/g, ' '),
                  onclick: () => openSeed(target.source),
                },
                t(lang, 'source'),
              )
            : null,
        ),
      ),
    ),
    h(
      'details',
      { class: 'legend-note' },
      h('summary', {}, t(lang, 'note')),
      h('p', {}, list[0]!.sector.note),
    ),
  );
}

/** The page's hook for each legend section, by the layer it starts with. */
const SECTION_IDS: Partial<Record<MapLayerId, string>> = {
  choropleth: 'legend-industry',
  bases: 'legend-bases',
  partners: 'legend-coop',
  arcs: 'legend-coop',
  frameworks: 'legend-coop',
  regions: 'legend-regions',
  brands: 'legend-brands',
  badges: 'legend-projects',
  rivers: 'legend-base',
  core: 'legend-base',
  seats: 'legend-base',
  zones: 'legend-base',
  neighbours: 'legend-base',
};

/** The 川渝 directions (manufacturing plan, 专栏 17) under the cooperation entries. */
function directionsBlock(
  state: AppState,
  data: DataFiles,
  openSeed?: OpenSeed,
): HTMLElement | null {
  const { lang } = state;
  if (!data.directions.length) return null;
  return h(
    'details',
    { class: 'legend-directions', 'data-testid': 'legend-directions' },
    h('summary', {}, t(lang, 'coopDirections', { n: data.directions.length })),
    h(
      'ul',
      { class: 'plain' },
      data.directions.map((d) =>
        h(
          'li',
          { 'data-linked': String(d.cooperation.length > 0) },
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              title: t(lang, 'readInSeed'),
              onclick: () => openSeed?.(d.source),
            },
            lang === 'en' ? d.titleEn : d.title,
          ),
          d.cooperation.length
            ? h(
                'span',
                { class: 'muted' },
                ` · ${t(lang, 'directionCovers', { n: d.cooperation.length })}`,
              )
            : null,
        ),
      ),
    ),
  );
}

/** The legend: the registry's legend model (what is drawn, in plain words), as the page shows it. */
export function renderLegend(
  state: AppState,
  data: DataFiles,
  atlas: Atlas,
  openSeed?: OpenSeed,
): Node {
  const ctx = layerContext(state, data, atlas);
  const blocks = legendModel(state, ctx).map((section) => {
    const extra =
      section.layer === 'choropleth'
        ? targetsBlock(state, data, openSeed)
        : SECTION_IDS[section.layer] === 'legend-coop'
          ? directionsBlock(state, data, openSeed)
          : null;
    return h(
      'div',
      { 'data-testid': SECTION_IDS[section.layer] ?? `legend-${section.layer}` },
      h('h3', {}, section.heading),
      h(
        'ul',
        { class: section.layer === 'choropleth' ? 'plain steps' : 'plain' },
        section.entries.map((e) =>
          h('li', e.when ? { 'data-when': e.when } : {}, signElement(e.sign), e.label),
        ),
      ),
      section.note
        ? h('p', { class: 'legend-subject', 'data-testid': 'legend-subject' }, section.note)
        : null,
      extra,
    );
  });
  return h('section', { class: 'legend', 'aria-label': t(state.lang, 'legend') }, blocks);
}

export function mountLegend(
  el: HTMLElement,
  store: AppStore,
  data: DataFiles,
  atlas: Atlas,
  openSeed?: OpenSeed,
): () => void {
  // The legend changes with the layers, the language and the top count only: skip the rest.
  let drawn = '';
  const render = () => {
    const s = store.getState();
    const sectors = sectorTargets(s.industries, data)
      .map((x) => x.sector.id)
      .join();
    const ctx = layerContext(s, data, atlas);
    // The model reads the layers, language, subject, programme and group filters and the list.
    const key = [
      s.layers.join(),
      s.lang,
      ctx.max,
      ctx.filterKey,
      sectors,
      s.projects ? JSON.stringify(s.projects.byPlace) : '',
    ].join('|');
    if (key === drawn) return;
    drawn = key;
    rerender(el, () => renderLegend(s, data, atlas, openSeed));
  };
  render();
  return store.subscribe(
    (s) => [s.industries, s.programmes, s.groups, s.layers, s.lang, s.projects] as const,
    afterNextFrame(render),
    { equalityFn: shallow },
  );
}

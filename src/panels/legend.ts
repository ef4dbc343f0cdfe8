/** The legend: one entry per visible layer, matching what the map draws. */
import type { DataFiles, GroupId, ProgrammeId } from '../data/types.ts';
import { dataName, t } from '../i18n/index.ts';
import { layerContext } from '../map/layers/context.ts';
import {
  choroplethClasses,
  css,
  GROUP_COLOURS,
  LINES,
  NEUTRAL_FILL,
  PARTNER_CSS,
  VERDICT_COLOURS,
} from '../map/style.ts';
import { VERDICTS } from '../state/store.ts';
import type { Atlas } from '../geo/atlas.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { shallow } from 'zustand/vanilla/shallow';
import { afterNextFrame, h, rerender } from './dom.ts';
import { programmeSymbol, signSymbol, swatch } from './symbols.ts';
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

export function renderLegend(
  state: AppState,
  data: DataFiles,
  atlas: Atlas,
  openSeed?: OpenSeed,
): Node {
  const { lang } = state;
  const ctx = layerContext(state, data, atlas);
  const blocks: HTMLElement[] = [];
  if (state.layers.includes('industry')) {
    const classes = choroplethClasses(ctx.max);
    blocks.push(
      h(
        'div',
        { 'data-testid': 'legend-industry' },
        h('h3', {}, t(lang, 'legendIndustry')),
        h(
          'ul',
          { class: 'plain steps' },
          classes.map((c) =>
            h(
              'li',
              { 'data-count': c.from, 'data-to': c.to },
              swatch(c.colour),
              c.from === c.to ? String(c.from) : `${c.from}–${c.to}`,
            ),
          ),
          h('li', {}, swatch(css(NEUTRAL_FILL)), t(lang, 'legendNone')),
        ),
      ),
    );
    const targets = targetsBlock(state, data, openSeed);
    if (targets) blocks.push(targets);
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
          h('li', {}, signSymbol('arc'), t(lang, 'cooperation')),
          h('li', {}, signSymbol('framework'), t(lang, 'frameworks')),
        ),
        data.directions.length
          ? h(
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
            )
          : null,
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
          h('li', {}, swatch(LINES.belt.colour, 'outline', true), t(lang, 'belts')),
          h(
            'li',
            {},
            swatch(LINES.beltPartial.colour, 'outline-thin', true),
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
  if (state.projects)
    blocks.push(
      h(
        'div',
        { 'data-testid': 'legend-projects' },
        h('h3', {}, t(lang, 'legendProjects')),
        h(
          'ul',
          { class: 'plain' },
          VERDICTS.map((v) => h('li', {}, swatch(VERDICT_COLOURS[v]), t(lang, `verdict_${v}`))),
        ),
      ),
    );
  // What the map always draws, whatever the layers: the geography a visitor orients by.
  blocks.push(
    h(
      'div',
      { 'data-testid': 'legend-base' },
      h('h3', {}, t(lang, 'legendBase')),
      h(
        'ul',
        { class: 'plain' },
        atlas.rivers.map((r) =>
          h('li', {}, signSymbol('river'), lang === 'zh' ? r.properties.name : r.properties.en),
        ),
        atlas.core
          ? h(
              'li',
              {},
              signSymbol('core'),
              t(lang, 'legendCore', { name: dataName(atlas.core.name, atlas.core.en, lang) }),
            )
          : null,
        h('li', {}, signSymbol('seat'), t(lang, 'legendSeat')),
        h('li', {}, signSymbol('zone'), t(lang, 'legendZone')),
      ),
    ),
  );
  return h('section', { class: 'legend', 'aria-label': t(lang, 'legend') }, blocks);
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
    const key = `${s.layers.join()}|${s.lang}|${layerContext(s, data, atlas).max}|${sectors}|${s.projects ? 'p' : ''}`;
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

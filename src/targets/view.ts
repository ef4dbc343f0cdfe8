/**
 * The Targets view (loaded on demand): every target of the two plans' target tables (000 consumer
 * goods, 002 manufacturing) as a small chart — the 2020 value against the 2025 target on one
 * d3-scale axis, with the growth rate where the table gives one — and its source row. Values are
 * the seed's cells, as written; cumulative targets ("[ ]": totals over the plan period) and rows
 * without a 2020 value are drawn as the target alone.
 */
import { scaleLinear } from 'd3-scale';
import type { DataFiles, TargetRecord } from '../data/types.ts';
import { SEEDS } from '../data/seeds.ts';
import { placeName, t } from '../i18n/index.ts';
import { goalFigure } from '../panels/plan.ts';
import { renderCitation, type OpenSeed } from '../panels/citation.ts';
import { h, rerender } from '../panels/dom.ts';
import type { Lang } from '../state/store.ts';
import type { ViewContext } from '../panels/view-context.ts';

const SVG = 'http://www.w3.org/2000/svg';
const W = 260;
const BAR = 14;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The chart for one target: bars for 2020 and 2025 (a range shows as a band). */
export function targetChart(r: TargetRecord): SVGSVGElement {
  const hi = Math.max(
    Math.abs(r.value2020Number ?? 0),
    ...(r.target2025Range ?? [0]).map(Math.abs),
  );
  const x = scaleLinear()
    .domain([0, hi || 1])
    .range([0, W - 90]);
  const chart = svg('svg', {
    viewBox: `0 0 ${W} ${2 * BAR + 14}`,
    width: W,
    height: 2 * BAR + 14,
    role: 'img',
    'aria-label': `${r.name}: 2020 ${r.value2020}, 2025 ${r.target2025}`,
  });
  const row = (y: number, label: string, from: number, to: number, value: string, fill: string) => {
    chart.append(svg('text', { x: 0, y: y + BAR - 3, 'font-size': 11, fill: '#56616b' }, label));
    chart.append(
      svg('rect', {
        x: 34 + x(Math.min(from, to)),
        y,
        width: Math.max(2, x(Math.abs(to)) - x(Math.abs(from))),
        height: BAR,
        fill,
        rx: 2,
      }),
    );
    chart.append(
      svg(
        'text',
        { x: 38 + x(Math.abs(to)), y: y + BAR - 3, 'font-size': 11, fill: '#1d2429' },
        value,
      ),
    );
  };
  if (r.value2020Number !== null)
    row(0, '2020', 0, Math.abs(r.value2020Number), r.value2020, '#9aa7b2');
  else row(0, '2020', 0, 0, r.value2020, '#9aa7b2');
  if (r.target2025Range) {
    const [lo, hiT] = r.target2025Range.map(Math.abs) as [number, number];
    row(BAR + 6, '2025', lo === hiT ? 0 : lo, hiT, r.target2025, '#0b5cad');
  }
  return chart;
}

/** The goals a district's own plan sets for 2025 (004 for 黔江), one list per plan. */
function planGoals(data: DataFiles, lang: Lang, openSeed: OpenSeed): HTMLElement[] {
  return data.plans.map((plan) => {
    const place = data.places.find((p) => p.id === plan.place);
    return h(
      'section',
      { 'data-doc': plan.doc, 'data-testid': 'plan-goals', 'data-plan': plan.id },
      h(
        'h3',
        {},
        t(lang, 'planGoalsTitle', { place: place ? placeName(place, lang) : plan.place }),
      ),
      h('p', { class: 'muted', lang: 'zh-CN' }, `《${plan.title}》`),
      h(
        'ul',
        { class: 'plain targets' },
        plan.actions.flatMap((a) =>
          a.goals.map((g) =>
            h(
              'li',
              { 'data-testid': 'plan-goal', 'data-goal': g.id },
              h(
                'p',
                { class: 'target-name' },
                h('strong', { lang: 'zh-CN' }, `${a.id} ${a.title}`),
              ),
              h(
                'ul',
                { class: 'plain goal-items' },
                g.items.map((it) =>
                  h(
                    'li',
                    { 'data-value': it.value },
                    h('strong', { 'data-testid': 'goal-figure' }, goalFigure(it)),
                    h('span', { lang: 'zh-CN' }, ` ${it.text}`),
                  ),
                ),
              ),
              renderCitation(g.source, lang, openSeed),
            ),
          ),
        ),
      ),
    );
  });
}

export function renderTargets(
  data: DataFiles,
  lang: Lang,
  openSeed: OpenSeed,
  showRows?: (rows: string[]) => void,
): Node {
  const docs = ['000', '002'] as const;
  return h(
    'section',
    { class: 'targets-view', 'data-testid': 'targets-view', 'aria-labelledby': 'targets-title' },
    h('h2', { id: 'targets-title' }, t(lang, 'viewTargets')),
    h('p', { class: 'muted' }, t(lang, 'targetsNote')),
    docs.map((doc) => {
      const seed = SEEDS.find((s) => s.id === doc);
      const rows = data.targets.filter((r) => r.doc === doc);
      return h(
        'section',
        { 'data-doc': doc },
        h('h3', {}, seed ? (lang === 'zh' ? seed.title : seed.titleEn) : doc),
        h(
          'ul',
          { class: 'plain targets' },
          rows.map((r) =>
            h(
              'li',
              { 'data-testid': 'target', 'data-target': r.id },
              h(
                'p',
                { class: 'target-name' },
                h(
                  'strong',
                  {},
                  r.category && !r.name.includes(r.category) ? `${r.category} · ${r.name}` : r.name,
                ),
                h('span', { class: 'muted' }, ` · ${r.type}`),
              ),
              targetChart(r),
              h(
                'p',
                { class: 'target-values' },
                h('span', { 'data-testid': 'value2020' }, r.value2020),
                ' → ',
                h('span', { 'data-testid': 'target2025' }, r.target2025),
                r.growth && r.growth !== '—'
                  ? h('span', { class: 'muted' }, ` · ${t(lang, 'growth')} ${r.growth}`)
                  : null,
                r.cumulative ? h('span', { class: 'muted' }, ` · ${t(lang, 'cumulative')}`) : null,
              ),
              sectorRows(r.id, data, lang, showRows),
              renderCitation(r.source, lang, openSeed),
            ),
          ),
        ),
      );
    }),
    planGoals(data, lang, openSeed),
  );
}

/** For a sector's output target: the sub-industries the sector covers, each a way to the map. */
function sectorRows(
  targetId: string,
  data: DataFiles,
  lang: Lang,
  showRows?: (rows: string[]) => void,
): HTMLElement | null {
  const sector = data.consumerSectors.find((s) => s.target === targetId);
  if (!sector) return null;
  return h(
    'p',
    { class: 'entry-rows', 'data-testid': 'sector-rows', 'data-sector': sector.id },
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        'data-testid': 'sector-show',
        onclick: () => showRows?.(sector.rows),
      },
      t(lang, 'sectorShow', { n: sector.rows.length }),
    ),
    h('span', { class: 'muted' }, ` · ${t(lang, 'sectorReading')}`),
  );
}

export function mountView(el: HTMLElement, { store, data, openSeed }: ViewContext): () => void {
  const showRows = (rows: string[]) => {
    const s = store.getState();
    s.setIndustries(rows);
    s.setMode('map');
  };
  const render = () =>
    rerender(el, () => renderTargets(data, store.getState().lang, openSeed, showRows));
  render();
  return store.subscribe((s) => s.lang, render);
}

/**
 * 选址 / Siting, inside 我的项目: type an industry (a trade word, a code, a 小类) and read the places
 * ranked by how strongly the plans support it there, each reason cited; show it on the map, or
 * make a one-page landscape handout (A4, with QR code) for the investor.
 */
import { prepareButton } from '../panels/briefing-entry.ts';
import type { DataFiles } from '../data/types.ts';
import { loadConfig } from '../data/config.ts';
import { errorText, t, listText } from '../i18n/index.ts';
import { createResolver } from '../import/resolve.ts';
import { industryLabel } from '../data/industries.ts';
import { POINTS, rankPlaces, type Siting, type SitingReasonKind } from '../import/siting.ts';
import { renderCitation, type OpenSeed } from '../panels/citation.ts';
import { h } from '../panels/dom.ts';
import { createAppStore, type AppStore, type Lang } from '../state/store.ts';

/** How many places the ranking shows (and the handout lists). */
const TOP = 12;

const placeOf = (data: DataFiles, id: string, lang: Lang) => {
  const p = data.places.find((x) => x.id === id);
  return p ? (lang === 'zh' ? p.name : p.en) : id;
};

/** "江津区 9 分：布局表 ×1、基地 ×2 …" — one line a place, for the handout. */
function rankLine(s: Siting['places'][number], i: number, data: DataFiles, lang: Lang): string {
  const kinds = new Map<SitingReasonKind, number>();
  for (const r of s.reasons) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  const why = listText(
    lang,
    [...kinds].map(([k, n]) => `${t(lang, `sitingKind_${k}`)} ×${n}`),
  );
  return `${i + 1}. ${placeOf(data, s.place, lang)} ${t(lang, 'sitingScore', { n: s.score })}：${why}`;
}

export function mountSiting(
  el: HTMLElement,
  store: AppStore,
  data: DataFiles,
  openSeed: OpenSeed,
): void {
  const lang = () => store.getState().lang;
  const resolver = createResolver(data);
  let result: Siting | null = null;
  let term = '';
  const input = h('input', {
    type: 'search',
    'data-testid': 'siting-input',
    'aria-label': t(lang(), 'sitingLabel'),
    placeholder: t(lang(), 'sitingPlaceholder'),
  });
  const status = h('p', { role: 'status', 'data-testid': 'siting-status' });
  const out = h('div', {});

  const run = () => {
    term = input.value.trim();
    const m = resolver.industry(term);
    if (!m.ok) {
      result = null;
      status.textContent = term ? t(lang(), 'sitingUnknownWord', { term }) : '';
      render();
      return;
    }
    result = rankPlaces(data, m);
    const rows = industryLabel(m, lang(), data.layout);
    // Placed somewhere, or named by the plans without a place, or in no plan at all: each says so.
    status.textContent = result.places.length
      ? t(lang(), 'sitingFor', { term, rows, n: result.places.length })
      : result.unplaced.length
        ? t(lang(), 'sitingUnplaced', {
            term,
            rows,
            list: listText(
              lang(),
              result.unplaced.slice(0, 3).map((r) => r.label),
            ),
          })
        : t(lang(), 'sitingNotInPlans', { term, rows });
    render();
  };

  const showOnMap = () => {
    if (!result) return;
    const s = store.getState();
    s.setIndustries(result.rows);
    s.setHighlight(result.places.slice(0, 5).map((p) => p.place));
    s.setMode('map');
  };

  const handout = async () => {
    if (!result) return;
    const l = lang();
    status.textContent = t(l, 'exporting');
    try {
      const [mod, { mountSvgMap }, { buildAtlas }, topo, { config }] = await Promise.all([
        import('../export/export.ts'),
        import('../map/svg-map.ts'),
        import('../geo/atlas.ts'),
        import('../geo/load-topology.ts').then((m) => m.loadTopology()),
        loadConfig(),
      ]);
      const { layerContext } = await import('../map/layers/context.ts');
      const atlas = buildAtlas(topo, data);
      // The handout's own view: the industry's layout, its five best places outlined.
      const hs = createAppStore({
        lang: l,
        industries: result.rows,
        highlight: result.places.slice(0, 5).map((p) => p.place),
        layers: ['industry', 'bases', 'coop'],
      });
      const r = await mod.exportPaper(
        {
          state: () => hs.getState(),
          context: () => layerContext(hs.getState(), data, atlas),
          data,
          publicUrl: config.publicUrl,
          title: t(l, 'sitingHandoutTitle', { term }),
          extra: {
            heading: t(l, 'sitingHandoutHeading'),
            lines: result.places.slice(0, TOP).map((p, i) => rankLine(p, i, data, l)),
          },
        },
        'a4',
        async (width, height) => {
          const host = h('div', { class: 'offscreen-map', 'aria-hidden': 'true' });
          host.style.width = `${width}px`;
          host.style.height = `${height}px`;
          document.body.append(host);
          const view = mountSvgMap(host, hs, data, atlas, h('div', {}), { detached: true });
          return {
            view,
            host,
            close: () => {
              view.destroy();
              host.remove();
            },
          };
        },
      );
      status.textContent = t(l, 'exported', { file: r.file, w: r.width, h: r.height });
    } catch (e) {
      status.textContent = t(l, 'exportFailed', { error: errorText(l, e) });
    }
  };

  const render = () => {
    const l = lang();
    if (!result) {
      out.replaceChildren();
      return;
    }
    out.replaceChildren(
      ...[
        h(
          'div',
          { class: 'siting-actions' },
          h(
            'button',
            { type: 'button', 'data-testid': 'siting-map', onclick: showOnMap },
            t(l, 'sitingShowMap'),
          ),
          h(
            'button',
            { type: 'button', 'data-testid': 'siting-handout', onclick: () => void handout() },
            t(l, 'sitingHandout'),
          ),
          prepareButton(l, () => ({ kind: 'compose', industry: term })),
        ),
        result.priorities.length
          ? h('p', { class: 'muted' }, t(l, 'sitingPriorities', { n: result.priorities.length }))
          : null,
        // Named by the plans but placed nowhere: the statements themselves, cited.
        result.places.length || !result.unplaced.length
          ? null
          : h(
              'ul',
              { class: 'plain', 'data-testid': 'siting-unplaced' },
              result.unplaced
                .slice(0, 3)
                .map((r) => h('li', {}, r.label, renderCitation(r.source, l, openSeed))),
            ),
        h(
          'ol',
          { class: 'siting-list', 'data-testid': 'siting-list' },
          result.places.slice(0, TOP).map((p) =>
            h(
              'li',
              { 'data-place': p.place, 'data-score': p.score },
              h('strong', {}, placeOf(data, p.place, l)),
              ` ${t(l, 'sitingScore', { n: p.score })}`,
              h(
                'ul',
                { class: 'plain' },
                p.reasons.map((r) =>
                  h(
                    'li',
                    { 'data-kind': r.kind },
                    `${t(l, `sitingKind_${r.kind}`)} (+${POINTS[r.kind]})：${r.label}`,
                    renderCitation(r.source, l, openSeed),
                  ),
                ),
              ),
            ),
          ),
        ),
      ].filter((x) => x !== null),
    );
  };

  el.replaceChildren(
    h(
      'section',
      { class: 'siting', 'data-testid': 'siting' },
      h('h2', {}, t(lang(), 'sitingTitle')),
      h('p', { class: 'muted' }, t(lang(), 'sitingRule')),
      h(
        'form',
        {
          class: 'siting-form',
          onsubmit: (e: Event) => {
            e.preventDefault();
            run();
          },
        },
        input,
        h('button', { type: 'submit', 'data-testid': 'siting-go' }, t(lang(), 'sitingGo')),
      ),
      status,
      out,
    ),
  );
}

/** The district panel: every fact the plans hold about one place, each with its citation. */
import type { DataFiles, PlaceRecord } from '../data/types.ts';
import { dataName, dict, labelled, noteIn, placeName, t } from '../i18n/index.ts';
import { placeFacts } from '../state/selectors.ts';
import type { AppState, AppStore, Lang, Verdict } from '../state/store.ts';
import { renderCitation, type OpenSeed } from './citation.ts';
import { shallow } from 'zustand/vanilla/shallow';
import { h, rerender } from './dom.ts';
import { programmeSymbol } from './symbols.ts';
import { renderAlignment } from './alignment.ts';
import { plansSection } from './plan.ts';
import { directionsFor } from '../state/alignment.ts';

export interface PanelContext {
  data: DataFiles;
  openSeed: OpenSeed;
  /** Selects a place and brings it into view. */
  focusPlace: (id: string) => void;
  /** Prints the profile of place `id` (区县产业名片), or the booklet of all of them (null). */
  printProfile?: (id: string | null) => void;
}

function nameOf(id: string, data: DataFiles, lang: Lang): string {
  const p = data.places.find((x) => x.id === id);
  return p ? placeName(p, lang) : id;
}

function placeButton(id: string, ctx: PanelContext, lang: Lang): HTMLElement {
  return h(
    'button',
    { type: 'button', class: 'link', 'data-code': id, onclick: () => ctx.focusPlace(id) },
    nameOf(id, ctx.data, lang),
  );
}

function section(title: string, testid: string, items: HTMLElement[], lang: Lang): HTMLElement {
  return h(
    'section',
    { 'data-testid': testid },
    h('h3', {}, title),
    items.length
      ? h('ul', { class: 'facts' }, items)
      : h('p', { class: 'muted' }, t(lang, 'noneListed')),
  );
}

function zoneLine(place: PlaceRecord, data: DataFiles, lang: Lang): string | null {
  if (place.kind !== 'functional-zone') return null;
  const parts = [t(lang, 'functionalZone')];
  if (place.parent) parts.push(t(lang, 'inParent', { parent: nameOf(place.parent, data, lang) }));
  if (place.spans)
    parts.push(
      t(lang, 'spans', {
        list: place.spans.map((s) => nameOf(s, data, lang)).join(lang === 'en' ? ', ' : '、'),
      }),
    );
  return parts.join(lang === 'en' ? '; ' : '，');
}

/** The panel for the selected place (an empty fragment when none is selected). */
/** "Your projects: 12 here, 9 in planned industries", linking to the list (none: nothing). */
function projectsLine(
  counts: Record<Verdict, number> | undefined,
  lang: Lang,
  open: () => void,
): HTMLElement | null {
  if (!counts) return null;
  const n = Object.values(counts).reduce((a, b) => a + b, 0);
  return h(
    'p',
    { class: 'projects-here', 'data-testid': 'panel-projects' },
    h(
      'button',
      { type: 'button', class: 'link', onclick: open },
      t(lang, 'projectsHere', { n, planned: counts.planned }),
    ),
  );
}

export function renderDistrictPanel(
  state: Pick<AppState, 'district' | 'lang' | 'compare' | 'addCompare' | 'setMode'> &
    Partial<Pick<AppState, 'projects' | 'setMode'>>,
  ctx: PanelContext,
): Node {
  const { lang } = state;
  const facts = state.district ? placeFacts(state.district, ctx.data) : undefined;
  if (!facts) return document.createDocumentFragment();
  const { place } = facts;
  const d = dict(lang);
  const cite = (s: Parameters<typeof renderCitation>[0]) => renderCitation(s, lang, ctx.openSeed);
  const note = (text: string | undefined) =>
    text ? h('p', { class: 'note' }, labelled(lang, t(lang, 'note')) + noteIn(text, lang)) : null;

  const rows = facts.rows.map((r) =>
    h(
      'li',
      { 'data-testid': 'panel-industry', 'data-industry': r.id },
      h('strong', {}, dataName(r.name, r.nameEn, lang)),
      h(
        'span',
        { class: 'muted' },
        ` · ${dataName(r.category, r.categoryEn, lang)} · GB/T 4754 ${r.gb}`,
      ),
      note(r.note),
      cite(r.source),
      renderAlignment(r.id, ctx.data, lang, ctx.openSeed),
    ),
  );
  const brands = facts.brands.map((b) =>
    h(
      'li',
      { 'data-testid': 'panel-brand' },
      h('strong', {}, lang === 'zh' ? b.name : b.nameEn),
      lang === 'zh' ? null : h('span', { class: 'muted', lang: 'zh-CN' }, ` · ${b.name}`),
      b.note ? note(b.note) : null,
      cite(b.source),
      ...b.mentions.map((m) => cite(m.source)),
    ),
  );
  const programmes = new Map(ctx.data.programmes.map((p) => [p.id, p]));
  const bases = facts.bases.map((b) => {
    const prog = programmes.get(b.programme);
    return h(
      'li',
      { 'data-testid': 'panel-base', 'data-programme': b.programme, 'data-base': b.id },
      programmeSymbol(b.programme),
      h('strong', {}, dataName(b.theme, b.themeEn, lang)),
      h(
        'span',
        { class: 'muted' },
        ` · ${prog ? dataName(prog.name, prog.en, lang) : b.programme}`,
      ),
      b.partners.length
        ? h(
            'p',
            {},
            labelled(lang, t(lang, 'partners')),
            ...b.partners.map((p) => placeButton(p, ctx, lang)),
          )
        : null,
      note(b.note),
      cite(b.source),
    );
  });
  const coop = facts.cooperation.map(({ record }) =>
    h(
      'li',
      { 'data-testid': 'panel-coop' },
      h('strong', {}, dataName(record.theme, record.themeEn, lang)),
      h(
        'p',
        {},
        labelled(lang, t(lang, 'chongqingSide')),
        ...record.places.map((p) => placeButton(p, ctx, lang)),
        ' ↔ ',
        labelled(lang, t(lang, 'partners')),
        ...record.partners.map((p) => placeButton(p, ctx, lang)),
        ...record.inferredPartners.map((p) => placeButton(p, ctx, lang)),
        record.inferredPartners.length ? t(lang, 'inferred') : '',
      ),
      note(record.note),
      cite(record.source),
      directionsFor(record.id, ctx.data).map((dir) =>
        h(
          'details',
          { class: 'direction', 'data-testid': 'coop-direction' },
          h(
            'summary',
            {},
            labelled(lang, t(lang, 'coopDirection')),
            h('span', { lang: 'zh-CN' }, dir.title),
            lang === 'en' ? ` (${dir.titleEn})` : '',
          ),
          cite(dir.source),
        ),
      ),
    ),
  );
  const frameworks = facts.frameworks.map((f) =>
    h('li', {}, h('strong', {}, dataName(f.name, f.en, lang)), note(f.note), cite(f.source)),
  );
  const belts = facts.belts.map((b) =>
    h(
      'li',
      { 'data-partial': String(b.partial) },
      h('strong', {}, dataName(b.belt.name, b.belt.en, lang)),
      b.partial ? h('span', { class: 'badge' }, t(lang, 'partial')) : null,
      note(b.belt.note),
      cite(b.belt.source),
    ),
  );
  const group = facts.group;
  return h(
    'article',
    {
      class: 'district-panel',
      'data-testid': 'district-panel',
      'data-code': place.id,
      'aria-labelledby': 'district-title',
    },
    h(
      'header',
      {},
      h('h2', { id: 'district-title' }, placeName(place, lang)),
      h(
        'p',
        { class: 'muted' },
        // The name in the other language, marked as such (screen readers switch voice).
        h('span', { lang: lang === 'en' ? 'zh-CN' : 'en' }, lang === 'en' ? place.name : place.en),
        [' ', d.kind[place.kind], place.kind === 'functional-zone' ? '' : place.id]
          .filter(Boolean)
          .join(' · '),
      ),
      zoneLine(place, ctx.data, lang)
        ? h('p', { class: 'zone', 'data-testid': 'zone-note' }, zoneLine(place, ctx.data, lang))
        : null,
      projectsLine(state.projects?.byPlace[place.id], lang, () => state.setMode('projects')),
      h(
        'button',
        {
          type: 'button',
          class: 'add-compare',
          'data-testid': 'add-compare',
          'data-key': 'add-compare',
          disabled: state.compare.includes(place.id),
          onclick: () => {
            state.addCompare(place.id);
            state.setMode('compare');
          },
        },
        t(lang, state.compare.includes(place.id) ? 'inCompare' : 'addCompare'),
      ),
      profileButtons(place, ctx, lang),
    ),
    group
      ? h(
          'section',
          { 'data-testid': 'panel-group' },
          h('h3', {}, t(lang, 'group')),
          h(
            'p',
            {},
            dataName(group.name, group.en, lang),
            h('span', { class: 'muted' }, ` — ${t(lang, 'outsideSource')}`),
          ),
          cite(group.source),
        )
      : null,
    plansSection(place.id, ctx.data, lang, ctx.openSeed),
    place.province === 'chongqing'
      ? section(t(lang, 'subIndustries'), 'panel-industries', rows, lang)
      : null,
    place.province === 'chongqing' ? section(t(lang, 'bases'), 'panel-bases', bases, lang) : null,
    brands.length ? section(t(lang, 'brands'), 'panel-brands', brands, lang) : null,
    section(t(lang, 'cooperation'), 'panel-cooperation', coop, lang),
    frameworks.length ? section(t(lang, 'frameworks'), 'panel-frameworks', frameworks, lang) : null,
    belts.length ? section(t(lang, 'belts'), 'panel-belts', belts, lang) : null,
    facts.zones.length
      ? section(
          t(lang, 'zones'),
          'panel-zones',
          facts.zones.map((z) => h('li', {}, placeButton(z.id, ctx, lang))),
          lang,
        )
      : null,
  );
}

/** "打印名片" and "打印全部 41 张名片", for a Chongqing place (a Sichuan partner has no profile). */
function profileButtons(place: PlaceRecord, ctx: PanelContext, lang: Lang): HTMLElement | null {
  const print = ctx.printProfile;
  if (!print || place.province !== 'chongqing') return null;
  const n = ctx.data.places.filter((p) => p.province === 'chongqing').length;
  return h(
    'p',
    { class: 'profile-print' },
    h(
      'button',
      {
        type: 'button',
        'data-testid': 'print-profile',
        title: t(lang, 'profilePrintLabel'),
        onclick: () => print(place.id),
      },
      t(lang, 'profilePrint'),
    ),
    ' ',
    h(
      'button',
      { type: 'button', 'data-testid': 'print-profiles', onclick: () => print(null) },
      t(lang, 'profileBooklet', { n }),
    ),
  );
}

/** Mounts the panel; returns an unmount function. */
export function mountDistrictPanel(
  el: HTMLElement,
  store: AppStore,
  ctx: PanelContext,
): () => void {
  const render = () => {
    rerender(el, () => renderDistrictPanel(store.getState(), ctx));
    el.hidden = !store.getState().district;
  };
  render();
  return store.subscribe((s) => [s.district, s.lang, s.compare, s.projects] as const, render, {
    equalityFn: shallow,
  });
}

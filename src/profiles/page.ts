/**
 * One district profile as one A4 page (sheets.css): the place's name and 一区两群 group, a locator
 * map, the sub-industries the layout table lists, the city's targets for their sectors, bases,
 * brands, 川渝 roles, its own plan, and a QR code to its view. Each fact is followed by its
 * verbatim quote and a short reference 〔document·line〕; the documents are listed at the foot.
 * All text goes in as text nodes (`h`), never as markup.
 */
import { displayQuote } from '../data/quote.ts';
import { SEEDS } from '../data/seeds.ts';
import type { DataFiles, Source } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import { dataName, dict, listText, placeName, t } from '../i18n/index.ts';
import { docTitle } from '../panels/citation.ts';
import { h } from '../panels/dom.ts';
import type { Lang } from '../state/store.ts';
import { type Profile, profileSources } from './model.ts';
import { locatorSvg, qrSvg } from './sheets.ts';

export interface PageDeps {
  data: DataFiles;
  atlas: Atlas;
  lang: Lang;
  /** The link that opens place `id` on the map (the QR code's content). */
  link: (id: string) => string;
}

/** A fact's citation: the verbatim quote, then 〔doc·line〕. */
export function citeLine(s: Source, lang: Lang): HTMLElement {
  return h(
    'span',
    { class: 'sheet-cite', 'data-testid': 'sheet-quote', 'data-doc': s.doc },
    h('q', { lang: 'zh-CN' }, displayQuote(s.quote)),
    h(
      'span',
      { class: 'sheet-ref' },
      lang === 'zh' ? `〔${s.doc}·第${s.line}行〕` : `[${s.doc} · l. ${s.line}]`,
    ),
  );
}

/** The documents a page cites, one line each: 〔000〕《title》（number）. */
export function docList(sources: readonly Source[], lang: Lang): HTMLElement {
  const docs = [...new Set(sources.map((s) => s.doc))].sort();
  return h(
    'ul',
    { class: 'sheet-docs' },
    docs.map((d) => {
      const seed = SEEDS.find((s) => s.id === d);
      const ref = seed?.docNumber ?? seed?.date ?? '';
      return h(
        'li',
        {},
        lang === 'zh'
          ? `〔${d}〕${docTitle(d, lang)}${ref ? `（${ref}）` : ''}`
          : `[${d}] ${docTitle(d, lang)}${ref ? `, ${ref}` : ''}`,
      );
    }),
  );
}

const item = (head: string, detail: string | null, s: Source, lang: Lang) =>
  h(
    'li',
    {},
    h('strong', {}, head),
    detail ? h('span', { class: 'sheet-muted' }, ` · ${detail}`) : null,
    ' ',
    citeLine(s, lang),
  );

const block = (title: string, testid: string, items: HTMLElement[]) =>
  items.length
    ? h(
        'section',
        { class: 'sheet-block', 'data-testid': testid },
        h('h3', {}, title),
        h('ul', {}, items),
      )
    : null;

/** The profile's facts, section by section. */
function factBlocks(p: Profile, deps: PageDeps): (HTMLElement | null)[] {
  const { lang, data } = deps;
  const f = p.facts;
  const name = (id: string) => {
    const x = data.places.find((q) => q.id === id);
    return x ? placeName(x, lang) : id;
  };
  const rowName = (id: string) => {
    const r = data.layout.find((x) => x.id === id);
    return r ? dataName(r.name, r.nameEn, lang) : id;
  };
  const programmes = new Map(data.programmes.map((x) => [x.id, x]));
  const rows = f.rows.map((r) =>
    item(
      dataName(r.name, r.nameEn, lang),
      dataName(r.category, r.categoryEn, lang),
      r.source,
      lang,
    ),
  );
  return [
    rows.length
      ? block(t(lang, 'subIndustries'), 'sheet-industries', rows)
      : h(
          'p',
          { class: 'sheet-muted', 'data-testid': 'sheet-industries' },
          t(lang, 'profileNoRows'),
        ),
    block(
      t(lang, 'profileTargets'),
      'sheet-targets',
      p.targets.map((x) =>
        h(
          'li',
          {},
          t(lang, 'profileTargetLine', {
            sector: dataName(x.sector.name, x.sector.en, lang),
            from: x.target.value2020,
            to: x.target.target2025,
            rows: listText(lang, x.rows.map(rowName)),
          }),
          ' ',
          citeLine(x.target.source, lang),
        ),
      ),
    ),
    block(
      t(lang, 'bases'),
      'sheet-bases',
      f.bases.map((b) => {
        const prog = programmes.get(b.programme);
        const partners = b.partners.length ? ` ↔ ${listText(lang, b.partners.map(name))}` : '';
        return item(
          dataName(b.theme, b.themeEn, lang),
          `${prog ? dataName(prog.name, prog.en, lang) : b.programme}${partners}`,
          b.source,
          lang,
        );
      }),
    ),
    block(
      t(lang, 'brands'),
      'sheet-brands',
      f.brands.map((b) =>
        item(
          lang === 'zh' ? b.name : b.nameEn,
          lang === 'zh' ? b.product : b.productEn,
          b.source,
          lang,
        ),
      ),
    ),
    block(t(lang, 'cooperation'), 'sheet-coop', [
      ...f.cooperation.map(({ record }) =>
        item(
          dataName(record.theme, record.themeEn, lang),
          `${listText(lang, record.places.map(name))} ↔ ${listText(lang, [...record.partners, ...record.inferredPartners].map(name))}`,
          record.source,
          lang,
        ),
      ),
      ...f.frameworks.map((x) => item(dataName(x.name, x.en, lang), null, x.source, lang)),
      ...f.belts.map((b) =>
        item(
          dataName(b.belt.name, b.belt.en, lang),
          b.partial ? t(lang, 'partial') : null,
          b.belt.source,
          lang,
        ),
      ),
    ]),
    ...p.plans.map((plan) =>
      block(
        `${t(lang, 'profilePlan')}：${lang === 'zh' ? `《${plan.title}》` : plan.titleEn}`,
        'sheet-plan',
        [
          ...plan.pillars.map((x) =>
            item(dataName(x.name, x.en, lang), listText(lang, x.members), x.source, lang),
          ),
        ],
      ),
    ),
  ];
}

/** A functional zone's place: the district it lies in, or those it spans. */
function zoneLine(place: Profile['place'], data: DataFiles, lang: Lang): HTMLElement | null {
  if (place.kind !== 'functional-zone') return null;
  const name = (id: string) => {
    const x = data.places.find((q) => q.id === id);
    return x ? placeName(x, lang) : id;
  };
  const parts = [t(lang, 'functionalZone')];
  if (place.parent) parts.push(t(lang, 'inParent', { parent: name(place.parent) }));
  if (place.spans) parts.push(t(lang, 'spans', { list: listText(lang, place.spans.map(name)) }));
  return h('p', { class: 'sheet-muted' }, parts.join(lang === 'en' ? '; ' : '，'));
}

/** The page of one profile. */
export function profilePage(p: Profile, deps: PageDeps): HTMLElement {
  const { lang, data, atlas } = deps;
  const { place, facts } = p;
  const d = dict(lang);
  const group = facts.group;
  const title = placeName(place, lang);
  const link = deps.link(place.id);
  return h(
    'article',
    { class: 'sheet sheet-profile', 'data-testid': 'profile-sheet', 'data-code': place.id },
    h(
      'header',
      { class: 'sheet-head' },
      h(
        'div',
        { class: 'sheet-titles' },
        h('p', { class: 'sheet-kicker' }, t(lang, 'profileHeading')),
        h('h2', { 'data-testid': 'profile-title' }, title),
        h(
          'p',
          { class: 'sheet-muted' },
          h(
            'span',
            { lang: lang === 'en' ? 'zh-CN' : 'en' },
            lang === 'en' ? place.name : place.en,
          ),
          ` · ${d.kind[place.kind]}${place.kind === 'functional-zone' ? '' : ` · ${place.id}`}`,
        ),
        group
          ? h(
              'p',
              { class: 'sheet-group', 'data-testid': 'profile-group' },
              h('strong', {}, `${t(lang, 'group')}：${dataName(group.name, group.en, lang)}`),
              ' ',
              citeLine(group.source, lang),
            )
          : null,
        zoneLine(place, data, lang),
      ),
      h(
        'figure',
        { class: 'sheet-map' },
        locatorSvg(atlas, place, t(lang, 'profileLocator', { name: title })),
      ),
      h(
        'figure',
        { class: 'sheet-qr-box' },
        qrSvg(link, t(lang, 'profileQr')),
        h('figcaption', {}, t(lang, 'profileQr')),
      ),
    ),
    h('div', { class: 'sheet-body' }, factBlocks(p, { ...deps, data })),
    h(
      'footer',
      { class: 'sheet-foot' },
      h('p', {}, t(lang, 'profileFooter')),
      h('p', { class: 'sheet-docs-head' }, t(lang, 'profileDocs')),
      docList(profileSources(p), lang),
      h('p', { class: 'sheet-link' }, link),
    ),
  );
}

/**
 * Composes a briefing for one visitor's industry (issue 22): a `Tour` built from data/ alone, so
 * the presenter, the editor and the briefing file treat it like data/tour.json's. No DOM here.
 *
 * The chapters, in the order an officer talks a visitor through them:
 *   1. where the plans place the industry: the layout table's places for each of its 小类, named
 *      on the map (outlined) and on the card; for an industry the table does not list, the places
 *      siting ranks (bases, brands, 川渝 entries);
 *   2. each of the best places in close-up (siting's ranking, Chongqing's places only): its bases,
 *      brands, 川渝 cooperation and Sichuan partners about the industry;
 *   3. the city's output target for its consumer-goods sector (000's targets table);
 *   4. the national priorities for it (003);
 *   5. the manufacturing plan's field for it (002 专栏2–12);
 *   6. with a project list loaded, the office's own projects in the industry, by verdict.
 * Every chapter carries a data record's own `source` (verbatim seed text, as the pipeline cited
 * it): nothing here writes a quote. Captions are ours, in both languages.
 */
import type { DataFiles, LayoutRecord, PlaceRecord, Source } from '../data/types.ts';
import { covers, createIndustryReader, type IndustryMatch } from '../data/industries.ts';
import { listText, mfgFieldName, placeName, prioritySector, t } from '../i18n/index.ts';
import { rankPlaces, type Siting } from '../import/siting.ts';
import { sectorTargets } from '../state/alignment.ts';
import { VERDICTS, type Lang, type Verdict } from '../state/store.ts';
import { OUTLINE_MAX } from '../tour/chapter.ts';
import type { Bilingual, Chapter, ChapterSpec, Tour } from '../tour/types.ts';

/** Close-ups of this many of the best places (a briefing is read in minutes, not an atlas). */
export const CLOSE_UPS = 4;
/** One "where" chapter per 小类, for at most this many (a whole 门类 gets its first ones). */
export const WHERE_ROWS = 3;

/** A project of the office's list, as the list store holds it (src/import/projects.ts ProjectRow). */
export interface BriefingProject {
  name: string;
  place: { id: string } | null;
  industry: { rows: readonly string[]; codes: readonly string[] } | null;
  fit: { verdict: Verdict } | null;
}

export type Composed =
  | { ok: true; tour: Tour; match: Extract<IndustryMatch, { ok: true }> }
  /** `unknown`: no industry by that word; `not-in-plans`: known, but no plan says anything of it. */
  | { ok: false; reason: 'empty' | 'unknown' | 'not-in-plans' };

const both = (zh: string, en: string): Bilingual => ({ zh, en });
/** A caption in both languages from one function of the language. */
const each = (f: (lang: Lang) => string): Bilingual => both(f('zh'), f('en'));
const end = (lang: Lang) => (lang === 'zh' ? '。' : '.');
const semi = (lang: Lang) => (lang === 'zh' ? '；' : '; ');

/**
 * The briefing for `industry` (a word as typed — 白酒, baijiu, liquor, a 小类, a GB/T code — or a
 * resolver match). `lang` is the reader's language: it names the tour after the word they typed.
 */
export function composeBriefing(
  industry: string | Extract<IndustryMatch, { ok: true }>,
  data: DataFiles,
  lang: Lang = 'zh',
  projects?: readonly BriefingProject[] | null,
): Composed {
  const match =
    typeof industry === 'string' ? createIndustryReader(data.layout).resolve(industry) : industry;
  if (!match.ok) return { ok: false, reason: match.reason };
  const term = typeof industry === 'string' ? industry.trim() : match.matched;
  const rows = match.rows
    .map((id) => data.layout.find((r) => r.id === id))
    .filter((r): r is LayoutRecord => r !== undefined);
  const siting = rankPlaces(data, match);
  const places = new Map(data.places.map((p) => [p.id, p]));
  const ctx: Ctx = { data, rows, siting, places, match };

  const chapters: Chapter[] = [
    ...whereChapters(ctx),
    ...closeUps(ctx),
    targetChapter(ctx),
    priorityChapter(ctx),
    fieldChapter(ctx),
    projects ? projectsChapter(ctx, projects) : null,
  ].filter((c): c is Chapter => c !== null);
  if (!chapters.length) return { ok: false, reason: 'not-in-plans' };

  const label = each((l) => industryName(ctx, l));
  const title = each((l) => {
    const name = label[l];
    const shown = l === lang && term && term !== name ? `${term} · ${name}` : name;
    return l === 'zh' ? `招商简报：${shown}` : `Briefing: ${shown}`;
  });
  return {
    ok: true,
    match,
    tour: { id: tourId(match), title, chapters },
  };
}

interface Ctx {
  data: DataFiles;
  rows: LayoutRecord[];
  siting: Siting;
  places: Map<string, PlaceRecord>;
  match: Extract<IndustryMatch, { ok: true }>;
}

/** A tour id the checks accept (a-z, 0-9, -): from the industry's codes. */
function tourId(m: Extract<IndustryMatch, { ok: true }>): string {
  const code = m.codes[m.codes.length - 1] ?? m.divisions[0] ?? 'industry';
  return `brief-${code.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}

/** The industry's name: its 小类 (the table's words), else the standard's name for its code. */
function industryName(ctx: Ctx, lang: Lang): string {
  if (ctx.rows.length)
    return listText(
      lang,
      ctx.rows.map((r) => (lang === 'zh' ? r.name : r.nameEn)),
    );
  return ctx.match.matched;
}

const nameOf = (ctx: Ctx, id: string, lang: Lang) => {
  const p = ctx.places.get(id);
  return p ? placeName(p, lang) : id;
};
const namesOf = (ctx: Ctx, ids: readonly string[], lang: Lang) =>
  listText(
    lang,
    ids.map((id) => nameOf(ctx, id, lang)),
  );
/** Outline a few places; a long list would only repeat the colours under it (chapter.ts). */
const outline = (ids: readonly string[]) => (ids.length <= OUTLINE_MAX ? [...ids] : []);

function chapter(
  id: string,
  title: Bilingual,
  caption: Bilingual,
  source: Source,
  view: ChapterSpec,
): Chapter {
  return { id, title, caption, source: { ...source }, view };
}

/** 1. Where the plans place it: the layout table's places for each 小类, named and outlined. */
function whereChapters(ctx: Ctx): Chapter[] {
  if (ctx.rows.length)
    return ctx.rows.slice(0, WHERE_ROWS).map((r, i) =>
      chapter(
        `where-${i + 1}`,
        each((l) => (l === 'zh' ? `规划布局：${r.name}` : `Where the plans place it: ${r.nameEn}`)),
        each((l) =>
          l === 'zh'
            ? `消费品工业布局表为${r.name}列出 ${r.places.length} 个区县：${namesOf(ctx, r.places, l)}。`
            : `The consumer-goods layout table lists ${r.places.length} places for ${r.nameEn}: ${namesOf(ctx, r.places, l)}.`,
        ),
        r.source,
        {
          layers: ['industry', 'bases'],
          industries: [r.id],
          highlight: outline(r.places.filter((p) => ctx.places.get(p)?.kind !== 'functional-zone')),
          fit: [...r.places],
        },
      ),
    );
  // Not in the table: the places the other plans tie to it (bases, brands, 川渝 entries).
  const top = chongqingPlaces(ctx).slice(0, OUTLINE_MAX);
  const first = top[0];
  if (!first) return [];
  return [
    chapter(
      'where-1',
      each((l) => (l === 'zh' ? '规划在哪里提到它' : 'Where the plans name it')),
      each((l) =>
        l === 'zh'
          ? `布局表未列此行业；基地、品牌或川渝合作条目把它与这些区县联系起来：${namesOf(
              ctx,
              top.map((p) => p.place),
              l,
            )}。`
          : `The layout table does not list this industry; bases, brands or 川渝 entries tie it to: ${namesOf(
              ctx,
              top.map((p) => p.place),
              l,
            )}.`,
      ),
      first.reasons[0]!.source,
      {
        layers: ['bases', 'brands', 'coop'],
        highlight: top.map((p) => p.place),
        fit: top.map((p) => p.place),
      },
    ),
  ];
}

/** Siting's ranking, Chongqing's places only: a Sichuan partner is named in its partner's close-up. */
function chongqingPlaces(ctx: Ctx): Siting['places'] {
  return ctx.siting.places.filter((p) => ctx.places.get(p.place)?.province === 'chongqing');
}

/** The most specific reason a place has: a base of its own before the table's line. */
const SOURCE_ORDER = [
  'base',
  'brand',
  'cooperation',
  'layout',
  'belt',
  'group',
  'partner',
] as const;

/** 2. Each of the best places in close-up: its bases, brands, 川渝 entries and partners. */
function closeUps(ctx: Ctx): Chapter[] {
  const { data } = ctx;
  return chongqingPlaces(ctx)
    .slice(0, CLOSE_UPS)
    .map((p) => {
      const of = (k: string) => p.reasons.filter((r) => r.kind === k);
      const bases = of('base').map(
        (r) => data.bases.find((b) => b.place === p.place && b.theme === r.label) ?? null,
      );
      const brands = of('brand').map((r) => data.brands.find((b) => b.name === r.label) ?? null);
      const coop = of('cooperation').map(
        (r) =>
          data.cooperation.find((c) => c.theme === r.label && c.places.includes(p.place)) ?? null,
      );
      const partners = [
        ...new Set(coop.flatMap((c) => (c ? [...c.partners, ...c.inferredPartners] : []))),
      ];
      const listed = of('layout').map((r) => r.label);
      const caption = each((l) => {
        const zh = l === 'zh';
        const parts = [
          listed.length
            ? zh
              ? `布局表列出${listed.join('、')}`
              : `listed by the layout table for ${listText(
                  l,
                  ctx.rows.filter((r) => listed.includes(r.name)).map((r) => r.nameEn),
                )}`
            : null,
          bases.length
            ? `${zh ? '基地' : 'bases'}: ${listText(
                l,
                bases.map((b) => (b ? (zh ? b.theme : b.themeEn) : '')),
              )}`
            : null,
          brands.length
            ? `${zh ? '区域品牌' : 'brands'}: ${listText(
                l,
                brands.map((b) => (b ? (zh ? b.name : b.nameEn) : '')),
              )}`
            : null,
          coop.length
            ? `${zh ? '川渝合作' : '川渝 cooperation'}: ${listText(
                l,
                coop.map((c) => (c ? (zh ? c.theme : c.themeEn) : '')),
              )}` +
              (partners.length
                ? zh
                  ? `（四川伙伴：${namesOf(ctx, partners, l)}）`
                  : ` (Sichuan partners: ${namesOf(ctx, partners, l)})`
                : '')
            : null,
        ].filter((x): x is string => x !== null);
        const text = parts.join(semi(l)).replace(/: /g, zh ? '：' : ': ');
        return `${nameOf(ctx, p.place, l)}${zh ? '：' : ': '}${text}${end(l)}`;
      });
      const best = [...p.reasons].sort(
        (a, b) => SOURCE_ORDER.indexOf(a.kind) - SOURCE_ORDER.indexOf(b.kind),
      )[0]!;
      return chapter(
        `close-up-${p.place}`,
        each((l) =>
          l === 'zh' ? `近看：${nameOf(ctx, p.place, l)}` : `Close-up: ${nameOf(ctx, p.place, l)}`,
        ),
        caption,
        best.source,
        {
          layers: ['industry', 'bases', 'brands', 'coop'],
          ...(ctx.rows.length ? { industries: ctx.rows.map((r) => r.id) } : {}),
          highlight: [p.place],
          fit: [p.place],
        },
      );
    });
}

/** 3. The city's output target for the industry's consumer-goods sector (000's targets table). */
function targetChapter(ctx: Ctx): Chapter | null {
  const st = sectorTargets(
    ctx.rows.map((r) => r.id),
    ctx.data,
  )[0];
  if (!st) return null;
  const { sector, target } = st;
  return chapter(
    'target',
    each((l) => (l === 'zh' ? `全市目标：${sector.name}` : `The city's target: ${sector.en}`)),
    each((l) =>
      l === 'zh'
        ? `${sector.name}规模以上工业产值：2020 年 ${target.value2020} 亿元，2025 年目标 ${target.target2025} 亿元（${target.type}）。${industryName(ctx, l)}按通常统计口径计入${sector.name}（目标表未列所含行业）。`
        : `Output of ${sector.en.toLowerCase()} above designated size: ${target.value2020} (2020) → ${target.target2025} (2025 target), 100 million yuan (${target.type === '约束性' ? 'binding' : 'expected'}). ${industryName(ctx, l)} is counted in ${sector.en.toLowerCase()} as consumer-goods statistics usually are (the table names no divisions).`,
    ),
    target.source,
    { layers: ['industry'], industries: [...sector.rows], highlight: [], fit: 'chongqing' },
  );
}

const KIND_KEY = {
  technology: 'priorityTechnology',
  product: 'priorityProduct',
  digital: 'priorityDigital',
  green: 'priorityGreen',
} as const;

/** 4. The national priorities for the industry's sector (003, the light-industry guidance). */
function priorityChapter(ctx: Ctx): Chapter | null {
  const { data, siting } = ctx;
  const records = siting.priorities.length
    ? siting.priorities
    : siting.unplaced
        .filter((r) => r.kind === 'priority')
        .map((r) =>
          data.priorities.find((p) => p.source.quote === r.source.quote && p.sector === r.label),
        )
        .filter((p) => p !== undefined);
  const first = records[0];
  if (!first) return null;
  const sectors = [...new Set(records.map((p) => p.sector))];
  return chapter(
    'national',
    each((l) =>
      l === 'zh'
        ? `国家重点：${sectors.join('、')}`
        : `National priorities for ${industryName(ctx, l)}`,
    ),
    each((l) =>
      l === 'zh'
        ? `国家轻工业指导意见为${sectors.join('、')}列出：` +
          records.map((p) => `${t(l, KIND_KEY[p.kind])}——${p.text.replace(/。$/, '')}`).join('；') +
          '。'
        : `The national light-industry guidance lists ${records.length} ${records.length === 1 ? 'priority' : 'priorities'} for its sector “${sectors.map((s) => prioritySector(s, l)).join('”, “')}” (${listText(
            l,
            [...new Set(records.map((p) => t(l, KIND_KEY[p.kind])))],
          )}); the first is quoted below.`,
    ),
    first.source,
    {
      layers: ['industry'],
      ...(ctx.rows.length ? { industries: ctx.rows.map((r) => r.id) } : {}),
      highlight: [],
      fit: 'chongqing',
    },
  );
}

/** 5. The manufacturing plan's field for the industry (002 专栏2–12), the most specific first. */
function fieldChapter(ctx: Ctx): Chapter | null {
  const reason = ctx.siting.unplaced.find((r) => r.kind === 'sector');
  const sector = reason && ctx.data.sectors.find((s) => s.source.quote === reason.source.quote);
  if (!sector) return null;
  return chapter(
    'field',
    each((l) =>
      l === 'zh'
        ? `制造业规划：专栏${sector.column} ${sector.field}`
        : `Manufacturing plan: column ${sector.column}, ${mfgFieldName(sector.field, l)}`,
    ),
    each((l) =>
      l === 'zh'
        ? `重庆制造业“十四五”规划专栏${sector.column}“${sector.columnTitle}”把${sector.field}列为发展重点。`
        : `Column ${sector.column} of Chongqing's manufacturing plan (${sector.columnEn}) names ${mfgFieldName(sector.field, l)} as a priority.`,
    ),
    sector.source,
    {
      layers: ['industry'],
      ...(sector.rows.length ? { industries: [...sector.rows] } : {}),
      highlight: [],
      fit: 'chongqing',
    },
  );
}

/** 6. The office's own projects in the industry, by verdict (plan fit, src/import/fit.ts). */
function projectsChapter(ctx: Ctx, projects: readonly BriefingProject[]): Chapter | null {
  const ours = projects.filter(
    (p) =>
      p.fit &&
      p.industry &&
      (p.industry.rows.some((r) => ctx.match.rows.includes(r)) ||
        covers(ctx.match.codes, p.industry.codes)),
  );
  if (!ours.length) return null;
  const by = new Map<Verdict, BriefingProject[]>();
  for (const p of ours) by.set(p.fit!.verdict, [...(by.get(p.fit!.verdict) ?? []), p]);
  const placesOf = [...new Set(ours.flatMap((p) => (p.place ? [p.place.id] : [])))];
  // The verdicts rest on the plans: the table's line for the industry, else its best place's.
  const source = ctx.rows[0]?.source ?? ctx.siting.places[0]?.reasons[0]?.source;
  if (!source) return null;
  return chapter(
    'projects',
    each((l) => (l === 'zh' ? `本局项目：${ours.length} 个` : `Our projects: ${ours.length}`)),
    each(
      (l) =>
        VERDICTS.filter((v) => by.has(v))
          .map((v) => {
            const list = by.get(v)!;
            const names = list.slice(0, 4).map((p) => p.name);
            const more = list.length > names.length ? '…' : '';
            return l === 'zh'
              ? `${t(l, `verdict_${v}`)} ${list.length} 个（${listText(l, names)}${more}）`
              : `${t(l, `verdict_${v}`)}: ${list.length} (${listText(l, names)}${more})`;
          })
          .join(semi(l)) + end(l),
    ),
    source,
    {
      layers: ['industry'],
      ...(ctx.rows.length ? { industries: ctx.rows.map((r) => r.id) } : {}),
      highlight: outline(placesOf),
      fit: placesOf.length ? placesOf : 'chongqing',
    },
  );
}

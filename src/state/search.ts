/**
 * Search over places (Chinese, pinyin, English), sub-industries, base themes, regional brands and
 * the catalogue of sector priorities (002 专栏2–12 and 17, 003 专栏1–4). Pure.
 */
import type { DataFiles, GroupId, ProgrammeId } from '../data/types.ts';
import { placeName } from '../i18n/index.ts';
import type { Resolver } from '../import/resolve.ts';
import type { Lang } from './store.ts';

export type SearchHit =
  | { type: 'place'; id: string; label: string; detail: string; score: number }
  | { type: 'industry'; id: string; label: string; detail: string; score: number }
  | { type: 'base'; id: string; place: string; label: string; detail: string; score: number }
  | { type: 'brand'; id: string; place: string; label: string; detail: string; score: number }
  | { type: 'catalogue'; id: string; query: string; label: string; detail: string; score: number }
  | { type: 'group'; id: GroupId; label: string; detail: string; score: number }
  | { type: 'programme'; id: ProgrammeId; label: string; detail: string; score: number }
  | {
      /** A belt, a 川渝 framework, or 一区两群 as a whole: shown on its layer, its places outlined. */
      type: 'outline';
      id: string;
      layer: 'regions' | 'coop';
      members: string[];
      label: string;
      detail: string;
      score: number;
    };

function score(query: string, fields: readonly string[]): number {
  let best = 0;
  for (const f of fields) {
    const v = f.toLowerCase();
    if (!v) continue;
    if (v === query) best = Math.max(best, 100);
    else if (v.startsWith(query)) best = Math.max(best, 80);
    else if (v.includes(query)) best = Math.max(best, 50);
  }
  return best;
}

/**
 * The import's resolver (one place resolver, one industry table: src/import/resolve.ts,
 * src/data/industries.ts), built once per data: every word the import knows, the search knows.
 * Loaded when the search box is first wanted, not with the first view: the industry table and the
 * town index are ≈ 14 KiB (gzip) a visitor who never searches does not need.
 */
const resolvers = new WeakMap<DataFiles, Promise<Resolver>>();
export function loadResolver(data: DataFiles): Promise<Resolver> {
  let r = resolvers.get(data);
  if (!r) {
    r = import('../import/resolve.ts').then((m) => m.createResolver(data));
    // A failed load is tried again on the next want, not remembered.
    r.catch(() => resolvers.delete(data));
    resolvers.set(data, r);
  }
  return r;
}

/**
 * Hits for a query, best first; at most `limit`. `resolver` (see `loadResolver`) adds what the
 * import makes of the whole query — an address, an old name, a trade word; without it (still
 * loading) names are matched as written.
 */
export function search(
  query: string,
  data: DataFiles,
  lang: Lang,
  limit = 12,
  resolver: Resolver | null = null,
): SearchHit[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return [];
  const nameOf = (id: string) => {
    const p = data.places.find((x) => x.id === id);
    return p ? placeName(p, lang) : id;
  };
  const hits: SearchHit[] = [];
  for (const p of data.places) {
    const s = score(q, [
      p.name,
      p.short,
      ...p.aliases,
      p.en.toLowerCase().replace(/\s+/g, ''),
      p.pinyin,
      p.pinyinInitials,
    ]);
    if (s)
      hits.push({
        type: 'place',
        id: p.id,
        label: placeName(p, lang),
        detail: lang === 'en' ? p.name : p.en,
        score: s + 5,
      });
  }
  // What the import's resolver makes of the whole query: a place (an address, an old name) and
  // the layout rows of an industry (白酒, baijiu, liquor → 酒的制造; C15 → its three rows).
  const pm = resolver?.place(query);
  const im = resolver?.industry(query);
  const resolvedRows = new Set(im?.ok ? im.rows : []);
  for (const p of data.places) {
    if (!pm?.ok || p.id !== pm.id || hits.some((x) => x.type === 'place' && x.id === p.id))
      continue;
    hits.push({
      type: 'place',
      id: p.id,
      label: placeName(p, lang),
      detail: lang === 'en' ? p.name : p.en,
      score: 85,
    });
  }
  for (const r of data.layout) {
    const named = score(q, [r.name, r.category, r.nameEn.toLowerCase().replace(/\s+/g, '')]);
    const s = Math.max(named, resolvedRows.has(r.id) ? 90 : 0);
    if (s) {
      hits.push({
        type: 'industry',
        id: r.id,
        label: lang === 'en' ? r.nameEn : r.name,
        detail: r.places.map(nameOf).join(lang === 'en' ? ', ' : '、'),
        score: s,
      });
    }
  }
  for (const b of data.bases) {
    const s = Math.max(
      score(q, [b.theme, b.themeEn.toLowerCase().replace(/\s+/g, '')]),
      score(q, [b.source.quote]) ? 30 : 0,
    );
    if (s) {
      hits.push({
        type: 'base',
        id: b.id,
        place: b.place,
        label: lang === 'en' ? b.themeEn : b.theme,
        detail: nameOf(b.place),
        score: s,
      });
    }
  }
  for (const b of data.brands) {
    const s = score(q, [b.name, b.nameEn.toLowerCase().replace(/\s+/g, '')]);
    if (s)
      hits.push({
        type: 'brand',
        id: b.id,
        place: b.place,
        label: lang === 'en' ? b.nameEn : b.name,
        detail: nameOf(b.place),
        score: s + 2,
      });
  }
  // The plan's spatial frame: groups and programmes filter; belts, frameworks and 一区两群 itself
  // are shown on their layer with their places outlined.
  const plain = (v: string) => v.toLowerCase().replace(/\s+/g, '');
  for (const g of data.groups) {
    const s = score(q, [g.name, plain(g.en)]);
    if (s)
      hits.push({
        type: 'group',
        id: g.id as GroupId,
        label: lang === 'en' ? g.en : g.name,
        detail: lang === 'en' ? 'group of 一区两群 · filter' : '一区两群 · 筛选',
        score: s + 3,
      });
  }
  const whole = score(q, ['一区两群', 'yiquliangqun', plain('One area, two clusters')]);
  if (whole)
    hits.push({
      type: 'outline',
      id: 'groups',
      layer: 'regions',
      members: [],
      label: lang === 'en' ? '一区两群 (one area, two clusters)' : '一区两群',
      detail: data.groups
        .map((g) => (lang === 'en' ? g.en : g.name))
        .join(lang === 'en' ? ', ' : '、'),
      score: whole + 3,
    });
  for (const p of data.programmes) {
    const s = score(q, [p.name, plain(p.en)]);
    if (s)
      hits.push({
        type: 'programme',
        id: p.id as ProgrammeId,
        label: lang === 'en' ? p.en : p.name,
        detail: lang === 'en' ? 'base programme · filter' : '基地类型 · 筛选',
        score: s + 1,
      });
  }
  for (const b of data.belts) {
    const s = score(q, [b.name, plain(b.en)]);
    if (s)
      hits.push({
        type: 'outline',
        id: b.id,
        layer: 'regions',
        members: b.members.map((m) => m.place),
        label: lang === 'en' ? b.en : b.name,
        detail: lang === 'en' ? 'trillion-yuan belt' : '万亿级产业带',
        score: s + 1,
      });
  }
  for (const f of data.frameworks) {
    const s = score(q, [f.name, plain(f.en)]);
    if (s)
      hits.push({
        type: 'outline',
        id: f.id,
        layer: 'coop',
        members: f.members,
        label: lang === 'en' ? f.en : f.name,
        detail: lang === 'en' ? 'cooperation framework' : '合作平台',
        score: s + 1,
      });
  }
  // The catalogue: one hit per field/sector title (its entries open in the catalogue view), and a
  // weaker one when only an entry's text mentions the query.
  const titles = new Map<string, { detail: string; score: number }>();
  const catalogue = [
    ...data.sectors.map((x) => ({ title: x.field, text: x.text, group: `专栏${x.column}` })),
    ...data.directions.map((x) => ({ title: x.title, text: x.text, group: '专栏17' })),
    ...data.priorities.map((x) => ({ title: x.sector, text: x.text, group: x.column })),
  ];
  for (const e of catalogue) {
    const s = score(q, [e.title]) || (q.length >= 2 && e.text.toLowerCase().includes(q) ? 20 : 0);
    if (!s) continue;
    const key = s >= 50 ? e.title : q;
    const prev = titles.get(key);
    if (!prev || prev.score < s) titles.set(key, { detail: e.group, score: s - 10 });
  }
  for (const [query, { detail, score: s }] of titles)
    hits.push({
      type: 'catalogue',
      id: `catalogue:${query}`,
      query,
      label: query,
      detail: query === q ? (lang === 'en' ? 'mentioned in the catalogue' : '目录中提及') : detail,
      score: s,
    });
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

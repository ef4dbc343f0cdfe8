/**
 * Plan fit: for a project's place and industry, what the plans say — each verdict with the
 * sentences it rests on. Every plan is read, not only the layout table:
 *
 * - planned: the layout table (000) lists this place for one of the project's 小类;
 * - supported: a base (专栏1, 2+N zone, national base), a regional brand, a 川渝 entry or a
 *   trillion-yuan belt of this place is about the same industry (大足五金 supports a 五金 project
 *   in 大足);
 * - elsewhere: the plans place this industry, but in other places (named): the layout table, or a
 *   base, brand or 川渝 entry of another place;
 * - priority: the plans name the industry but place it in no district — the 一区两群 sentence of
 *   the place's group (002), a sector 专栏2–12 of the manufacturing plan (002: a city priority),
 *   or the national light-industry guidance (003); cited in that order;
 * - none: no plan mentions the industry (or the row could not be resolved).
 *
 * "About the same industry" is one rule for fit, siting and the map's subject: the entry's words,
 * read by the one industry table (src/data/industries.ts), cover the project's GB/T codes.
 */
import type { DataFiles, Source } from '../data/types.ts';
import { covers, createIndustryReader, SECTOR_CODES } from '../data/industries.ts';

import type { Verdict } from '../types/projects.ts';
export { VERDICTS, type Verdict } from '../types/projects.ts';

export interface FitReason {
  kind: 'layout' | 'base' | 'brand' | 'belt' | 'cooperation' | 'group' | 'sector' | 'priority';
  /** What it is, in the document's words (the 小类, the base's theme, the brand, the 专栏 field…). */
  label: string;
  source: Source;
}

export interface Fit {
  verdict: Verdict;
  reasons: FitReason[];
  /** For `elsewhere`: the places the plans put the industry instead. */
  elsewhere: string[];
}

/** A project's industry as fit reads it: its layout rows and its GB/T codes. */
export interface FitIndustry {
  rows: readonly string[];
  codes: readonly string[];
}

export interface FitIndex {
  /** `industry` as a resolver match, or (as before) a list of layout rows. */
  fit(place: string, industry: FitIndustry | readonly string[]): Fit;
}

/** A plan entry and the GB/T codes its words are about. */
export interface Entry {
  codes: readonly string[];
  reason: FitReason;
}

/** The entries of every plan, indexed once (shared by fit and siting). */
export interface PlanReading {
  /** Per place: its bases, brands, 川渝 entries and belt texts, with what each is about. */
  local: Map<string, Entry[]>;
  /** Per place: its 一区两群 group's sentence, when that names industries. */
  group: Map<string, Entry>;
  /** Sector 专栏2–12 (002) and the national priorities (003): about industries, no place. */
  unplaced: Entry[];
  /** The GB/T codes of a list of layout rows. */
  codesOf(rows: readonly string[]): string[];
}

export function readPlans(data: DataFiles): PlanReading {
  const reader = createIndustryReader(data.layout);
  const local = new Map<string, Entry[]>();
  const add = (place: string, text: string, reason: FitReason) => {
    const codes = reader.about(text);
    if (codes.length) local.set(place, [...(local.get(place) ?? []), { codes, reason }]);
  };
  for (const b of data.bases)
    add(b.place, b.theme, { kind: 'base', label: b.theme, source: b.source });
  for (const b of data.brands)
    add(b.place, `${b.name}${b.product}`, { kind: 'brand', label: b.name, source: b.source });
  for (const c of data.cooperation)
    for (const p of c.places)
      add(p, c.theme, { kind: 'cooperation', label: c.theme, source: c.source });
  for (const belt of data.belts)
    for (const m of belt.members)
      add(m.place, `${belt.name}${m.text}`, {
        kind: 'belt',
        label: belt.name,
        source: belt.source,
      });

  const group = new Map<string, Entry>();
  for (const g of data.groups) {
    const codes = reader.about(g.source.quote, true);
    if (!codes.length) continue;
    for (const p of g.members)
      group.set(p, { codes, reason: { kind: 'group', label: g.name, source: g.source } });
  }

  const gb = new Map(data.layout.map((r) => [r.id, r.gb.replace(/^C/, '')]));
  const codesOf = (rows: readonly string[]) => rows.map((r) => gb.get(r)!).filter(Boolean);
  const unplaced: Entry[] = [
    ...data.sectors.map((s) => ({
      codes: [...(SECTOR_CODES[s.id] ?? []), ...codesOf(s.rows)],
      reason: {
        kind: 'sector' as const,
        label: `专栏${s.column} ${s.columnTitle}：${s.field}`,
        source: s.source,
      },
    })),
    ...data.priorities.map((p) => {
      const m = reader.resolve(p.sector);
      return {
        codes: p.rows.length ? codesOf(p.rows) : m.ok ? m.codes : [],
        reason: { kind: 'priority' as const, label: p.sector, source: p.source },
      };
    }),
  ].filter((e) => e.codes.length);
  return { local, group, unplaced, codesOf };
}

/**
 * Statements about an industry, most telling first: a 一区两群 group's own sentence, then the
 * most specific (the finest code matched, then the fewest codes: 专栏9 关键零部件 before 专栏3
 * 新能源核心配套), then the documents' order.
 */
export function rankStatements(entries: readonly Entry[], codes: readonly string[]): FitReason[] {
  const depth = (e: Entry) =>
    Math.max(...e.codes.filter((c) => covers([c], codes)).map((c) => c.length));
  return entries
    .map((e, i) => ({ e, i, d: e.reason.kind === 'group' ? 9 : depth(e) }))
    .sort((a, b) => b.d - a.d || a.e.codes.length - b.e.codes.length || a.i - b.i)
    .map((x) => x.e.reason);
}

/** Indexes the data once; `fit` is then a few lookups a row (100,000 rows in well under a second). */
export function createFitIndex(data: DataFiles): FitIndex {
  const layout = new Map(data.layout.map((r) => [r.id, r]));
  const plans = readPlans(data);

  // One Fit object per (place, industry) pair, shared by every row that asks for it: a list is
  // thousands of rows but a few hundred pairs, and a shared object crosses from the worker once.
  const memo = new Map<string, Fit>();
  const fit = (place: string, industry: FitIndustry | readonly string[]): Fit => {
    const ind: FitIndustry = Array.isArray(industry)
      ? { rows: industry, codes: plans.codesOf(industry) }
      : (industry as FitIndustry);
    const key = `${place}|${ind.rows.join('|')}|${ind.codes.join('|')}`;
    let f = memo.get(key);
    if (!f) memo.set(key, (f = compute(place, ind)));
    return f;
  };
  return { fit };

  function compute(place: string, ind: FitIndustry): Fit {
    const rows = ind.rows.map((id) => layout.get(id)).filter((r) => r !== undefined);
    const tableReason = (r: (typeof rows)[number]) => ({
      kind: 'layout' as const,
      label: r.name,
      source: r.source,
    });
    const planned = rows.filter((r) => r.places.includes(place));
    if (planned.length)
      return { verdict: 'planned', reasons: planned.map(tableReason), elsewhere: [] };
    const about = (e: Entry) => covers(e.codes, ind.codes);
    const supporting = (plans.local.get(place) ?? []).filter(about);
    if (supporting.length)
      return { verdict: 'supported', reasons: supporting.map((s) => s.reason), elsewhere: [] };
    // Elsewhere: the table's places for the rows, then other places' bases, brands, entries.
    const others = [...plans.local].flatMap(([p, entries]) =>
      p === place ? [] : entries.filter(about).map((e) => ({ place: p, reason: e.reason })),
    );
    const elsewhere = [
      ...new Set([...rows.flatMap((r) => r.places), ...others.map((o) => o.place)]),
    ];
    if (elsewhere.length)
      return {
        verdict: 'elsewhere',
        reasons: [...rows.map(tableReason), ...others.map((o) => o.reason)],
        elsewhere,
      };
    const group = plans.group.get(place);
    const priorities = [...(group && about(group) ? [group] : []), ...plans.unplaced.filter(about)];
    const ranked = rankStatements(priorities, ind.codes);
    if (ranked.length) return { verdict: 'priority', reasons: ranked, elsewhere: [] };
    return { verdict: 'none', reasons: [], elsewhere: [] };
  }
}

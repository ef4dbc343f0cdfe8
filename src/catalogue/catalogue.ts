/**
 * The catalogue: every priority the plans list by sector, in one searchable list — the
 * manufacturing plan's sector priorities (002 专栏2–12) and 川渝 cooperation directions (专栏17),
 * and the national light-industry priorities (003 专栏1–4). Pure: data in, entries out.
 */
import type { DataFiles, PriorityKind, Source } from '../data/types.ts';
import type { Lang } from '../state/store.ts';

export type EntryKind = 'sector' | 'direction' | 'priority';

export interface CatalogueEntry {
  kind: EntryKind;
  id: string;
  /** The field, direction or sector, as the seed writes it. */
  title: string;
  /** English for the title where we have one (the 专栏17 directions). */
  titleEn: string | null;
  /** The 专栏 it is listed under, e.g. "专栏11 消费品产业发展重点". */
  group: string;
  groupEn: string;
  text: string;
  /** Layout rows it covers. */
  rows: string[];
  /** 川渝 cooperation entries it covers (专栏17). */
  cooperation: string[];
  priorityKind: PriorityKind | null;
  source: Source;
}

const PRIORITY_GROUP_EN: Record<PriorityKind, string> = {
  technology: 'National guidance, column 1: key technologies',
  product: 'National guidance, column 2: upgraded and new products',
  digital: 'National guidance, column 3: digital development',
  green: 'National guidance, column 4: green and low-carbon technologies',
};

/** All entries, in the documents' order. */
export function catalogueEntries(data: DataFiles): CatalogueEntry[] {
  return [
    ...data.sectors.map((s): CatalogueEntry => ({
      kind: 'sector',
      id: s.id,
      title: s.field,
      titleEn: null,
      group: `专栏${s.column} ${s.columnTitle}`,
      groupEn: `Manufacturing plan, column ${s.column}: ${s.columnEn}`,
      text: s.text,
      rows: s.rows,
      cooperation: [],
      priorityKind: null,
      source: s.source,
    })),
    ...data.directions.map((d): CatalogueEntry => ({
      kind: 'direction',
      id: d.id,
      title: d.title,
      titleEn: d.titleEn,
      group: '专栏17 成渝地区双城经济圈产业合作重点方向',
      groupEn: 'Manufacturing plan, column 17: Chengdu–Chongqing cooperation directions',
      text: d.text,
      rows: [],
      cooperation: d.cooperation,
      priorityKind: null,
      source: d.source,
    })),
    ...data.priorities.map((p): CatalogueEntry => ({
      kind: 'priority',
      id: p.id,
      title: p.sector,
      titleEn: null,
      group: p.column,
      groupEn: PRIORITY_GROUP_EN[p.kind],
      text: p.text,
      rows: p.rows,
      cooperation: [],
      priorityKind: p.kind,
      source: p.source,
    })),
  ];
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, '');

/**
 * Entries matching a query, best first: a title match before a match in the 专栏 name, before a
 * match in the text; each term of a space-separated query must match somewhere. Ties keep the
 * documents' order. An empty query gives everything.
 */
export function filterCatalogue(
  entries: readonly CatalogueEntry[],
  query: string,
  data: Pick<DataFiles, 'layout'>,
): CatalogueEntry[] {
  const terms = query.trim().split(/\s+/).filter(Boolean).map(norm);
  if (!terms.length) return [...entries];
  const rowNames = new Map(data.layout.map((r) => [r.id, `${r.name} ${r.nameEn}`]));
  const scored: { e: CatalogueEntry; score: number; i: number }[] = [];
  entries.forEach((e, i) => {
    const title = norm(`${e.title} ${e.titleEn ?? ''}`);
    const group = norm(`${e.group} ${e.groupEn}`);
    const text = norm(e.text);
    const rows = norm(e.rows.map((r) => rowNames.get(r) ?? r).join(' '));
    let score = 0;
    for (const term of terms) {
      const s = title.includes(term)
        ? 3
        : group.includes(term) || rows.includes(term)
          ? 2
          : text.includes(term)
            ? 1
            : 0;
      if (!s) return;
      score += s;
    }
    scored.push({ e, score, i });
  });
  return scored.sort((a, b) => b.score - a.score || a.i - b.i).map((x) => x.e);
}

/** The heading a group of entries is shown under. */
export function groupLabel(e: CatalogueEntry, lang: Lang): string {
  return lang === 'en' ? e.groupEn : e.group;
}

/**
 * The rows behind the map, as tables: the district × sub-industry pairs of the layout table, the
 * special bases and the 川渝 cooperation entries. "Visible" rows follow the same filters as the map
 * (selectors.ts, layers/bases.ts); "all" rows are every record. Every row carries its citation.
 */
import type { DataFiles, PlaceRecord, Source } from '../data/types.ts';
import { dataName, placeName } from '../i18n/index.ts';
import { matchingPlaces } from '../state/selectors.ts';
import type { Lang, ViewState } from '../state/store.ts';
import { SEEDS } from '../data/seeds.ts';
import { csvField, safeCell } from '../lib/cells.ts';

export type TableId = 'layout' | 'bases' | 'coop';
export type Scope = 'visible' | 'all';
export type Cell = string | number;

export interface Column {
  key: string;
  zh: string;
  en: string;
  /** Numeric columns sort as numbers. */
  numeric?: boolean;
}

export interface Table {
  id: TableId;
  columns: Column[];
  rows: Record<string, Cell>[];
}

/** The place columns the layout and bases tables start with. */
const PLACE_COLUMNS: Column[] = [
  { key: 'code', zh: '区划代码', en: 'Code' },
  { key: 'place', zh: '区县', en: 'Place' },
];

const CITATION: Column[] = [
  { key: 'doc', zh: '文件', en: 'Document' },
  { key: 'docNumber', zh: '文号', en: 'Document number' },
  { key: 'line', zh: '行', en: 'Line', numeric: true },
  { key: 'quote', zh: '原文', en: 'Quote' },
];

function cite(s: Source): Record<string, Cell> {
  const seed = SEEDS.find((d) => d.id === s.doc);
  return {
    doc: seed ? seed.title : s.doc,
    docNumber: seed?.docNumber ?? '',
    line: s.line,
    quote: s.quote,
  };
}

type Filter = Pick<ViewState, 'industries' | 'programmes' | 'groups'>;

/** A place's display name by id (the id itself if the gazetteer lacks it). */
function namer(data: DataFiles, lang: Lang): (id: string) => string {
  const places = new Map<string, PlaceRecord>(data.places.map((p) => [p.id, p]));
  return (id) => {
    const p = places.get(id);
    return p ? placeName(p, lang) : id;
  };
}

export function layoutTable(state: Filter, data: DataFiles, scope: Scope, lang: Lang): Table {
  const name = namer(data, lang);
  const rows: Record<string, Cell>[] = [];
  const push = (placeId: string, r: DataFiles['layout'][number]) => {
    rows.push({
      code: placeId,
      place: name(placeId),
      category: dataName(r.category, r.categoryEn, lang),
      industry: dataName(r.name, r.nameEn, lang),
      gb: r.gb,
      ...cite(r.source),
    });
  };
  if (scope === 'all') for (const r of data.layout) for (const p of r.places) push(p, r);
  else for (const m of matchingPlaces(state, data)) for (const r of m.rows) push(m.place.id, r);
  return {
    id: 'layout',
    columns: [
      ...PLACE_COLUMNS,
      { key: 'category', zh: '产业门类', en: 'Industry' },
      { key: 'industry', zh: '小类', en: 'Sub-industry' },
      { key: 'gb', zh: 'GB/T 4754', en: 'GB/T 4754' },
      ...CITATION,
    ],
    rows,
  };
}

export function basesTable(state: Filter, data: DataFiles, scope: Scope, lang: Lang): Table {
  const name = namer(data, lang);
  const matching =
    state.groups.length > 0 ? new Set(matchingPlaces(state, data).map((m) => m.place.id)) : null;
  const rows = data.bases
    .filter(
      (b) =>
        scope === 'all' ||
        ((state.programmes.length === 0 || state.programmes.includes(b.programme)) &&
          (!matching || matching.has(b.place))),
    )
    .map((b) => {
      const prog = data.programmes.find((p) => p.id === b.programme);
      return {
        code: b.place,
        place: name(b.place),
        programme: prog ? dataName(prog.name, prog.en, lang) : b.programme,
        theme: dataName(b.theme, b.themeEn, lang),
        partners: b.partners.map(name).join(lang === 'zh' ? '、' : ', '),
        ...cite(b.source),
      };
    });
  return {
    id: 'bases',
    columns: [
      ...PLACE_COLUMNS,
      { key: 'programme', zh: '工程', en: 'Programme' },
      { key: 'theme', zh: '主题', en: 'Theme' },
      { key: 'partners', zh: '四川合作方', en: 'Sichuan partners' },
      ...CITATION,
    ],
    rows,
  };
}

export function coopTable(state: Filter, data: DataFiles, scope: Scope, lang: Lang): Table {
  const name = namer(data, lang);
  const sep = lang === 'zh' ? '、' : ', ';
  const filtered = state.industries.length + state.programmes.length + state.groups.length > 0;
  const matching = filtered ? new Set(matchingPlaces(state, data).map((m) => m.place.id)) : null;
  const rows = data.cooperation
    .filter((c) => scope === 'all' || !matching || c.places.some((p) => matching.has(p)))
    .map((c) => {
      const fw = data.frameworks.find((f) => f.id === c.framework);
      return {
        places: c.places.map(name).join(sep),
        partners: [...c.partners, ...c.inferredPartners].map(name).join(sep),
        theme: dataName(c.theme, c.themeEn, lang),
        framework: fw ? dataName(fw.name, fw.en, lang) : '',
        ...cite(c.source),
      };
    });
  return {
    id: 'coop',
    columns: [
      { key: 'places', zh: '重庆区县', en: 'Chongqing places' },
      { key: 'partners', zh: '四川合作方', en: 'Sichuan partners' },
      { key: 'theme', zh: '合作内容', en: 'Cooperation' },
      { key: 'framework', zh: '合作平台', en: 'Framework' },
      ...CITATION,
    ],
    rows,
  };
}

export function buildTable(
  id: TableId,
  state: Filter,
  data: DataFiles,
  scope: Scope,
  lang: Lang,
): Table {
  if (id === 'bases') return basesTable(state, data, scope, lang);
  if (id === 'coop') return coopTable(state, data, scope, lang);
  return layoutTable(state, data, scope, lang);
}

/** Rows whose text contains `q` (any column), sorted by `key` (numbers as numbers). */
export function viewRows(
  table: Table,
  q: string,
  sort: { key: string; dir: 1 | -1 } | null,
): Record<string, Cell>[] {
  const needle = q.trim().toLowerCase();
  let rows = needle
    ? table.rows.filter((r) =>
        Object.values(r).some((v) => String(v).toLowerCase().includes(needle)),
      )
    : table.rows;
  if (sort) {
    const col = table.columns.find((c) => c.key === sort.key);
    const cmp = col?.numeric
      ? (a: Cell, b: Cell) => Number(a) - Number(b)
      : (a: Cell, b: Cell) => String(a).localeCompare(String(b), 'zh-Hans-CN');
    rows = [...rows].sort((a, b) => sort.dir * cmp(a[sort.key] ?? '', b[sort.key] ?? ''));
  }
  return rows;
}

/**
 * CSV (RFC 4180, CRLF) with a UTF-8 byte-order mark, so spreadsheet software reads the Chinese
 * correctly; cells neutralised against formula injection. Headers in the view's language.
 */
export function toCsv(
  table: Pick<Table, 'columns'>,
  rows: Record<string, Cell>[],
  lang: Lang,
): string {
  const lines = [
    table.columns.map((c) => csvField(c[lang])).join(','),
    ...rows.map((r) => table.columns.map((c) => csvField(r[c.key] ?? '')).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * JSON: the rows with their column keys, and the columns' names; text cells neutralised as the
 * CSV's are (a spreadsheet importing the JSON must not run them either).
 */
export function toJson(table: Table, rows: Record<string, Cell>[]): string {
  const safe = rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, typeof v === 'string' ? safeCell(v) : v]),
    ),
  );
  return `${JSON.stringify({ table: table.id, columns: table.columns, rows: safe }, null, 1)}\n`;
}

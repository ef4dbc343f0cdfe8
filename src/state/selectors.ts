/** Pure selectors: everything derived from the view state and the static data. */
import type {
  BrandRecord,
  BaseRecord,
  BeltRecord,
  CooperationRecord,
  DataFiles,
  FrameworkRecord,
  GroupRecord,
  LayoutRecord,
  PlaceRecord,
} from '../data/types.ts';
import type { ViewState } from './store.ts';
import { byCode } from '../lib/order.ts';

export interface CategoryGroup {
  category: string;
  categoryEn: string;
  rows: LayoutRecord[];
  /** Distinct places the category's rows name. */
  placeCount: number;
}

/** The table's 门类 in table order, each with its rows. */
export function categoryGroups(layout: readonly LayoutRecord[]): CategoryGroup[] {
  const out: CategoryGroup[] = [];
  for (const r of layout) {
    let g = out.find((x) => x.category === r.category);
    if (!g) {
      g = { category: r.category, categoryEn: r.categoryEn, rows: [], placeCount: 0 };
      out.push(g);
    }
    g.rows.push(r);
  }
  for (const g of out) g.placeCount = new Set(g.rows.flatMap((r) => r.places)).size;
  return out;
}

/** The rows the current filter means: the selected ones, or all when none is selected. */
export function activeRows(state: Pick<ViewState, 'industries'>, data: DataFiles): LayoutRecord[] {
  if (state.industries.length === 0) return data.layout;
  const picked = new Set(state.industries);
  return data.layout.filter((r) => picked.has(r.id));
}

/** How many of the given rows list each place. */
export function countsByPlace(rows: readonly LayoutRecord[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) for (const p of r.places) m.set(p, (m.get(p) ?? 0) + 1);
  return m;
}

export interface MatchItem {
  place: PlaceRecord;
  /** Selected rows listing the place (0 when only other filters bring it in). */
  count: number;
  rows: LayoutRecord[];
  bases: BaseRecord[];
}

function groupOfPlace(p: PlaceRecord): string | undefined {
  return p.group;
}

/** Bases by place, built once per data set (a filter change must not scan every base per place). */
const BASES_BY_PLACE = new WeakMap<DataFiles, Map<string, BaseRecord[]>>();
export function basesByPlace(data: DataFiles): Map<string, BaseRecord[]> {
  let m = BASES_BY_PLACE.get(data);
  if (!m) {
    m = new Map();
    for (const b of data.bases) {
      const list = m.get(b.place);
      if (list) list.push(b);
      else m.set(b.place, [b]);
    }
    BASES_BY_PLACE.set(data, m);
  }
  return m;
}

/**
 * The places that pass every active filter. With no industry selected, the industry filter is
 * "listed by the table at all" only when no other filter is active; otherwise it does not narrow.
 */
export function matchingPlaces(
  state: Pick<ViewState, 'industries' | 'programmes' | 'groups'>,
  data: DataFiles,
): readonly MatchItem[] {
  // The map, the list, the legend, the chips, the summary and the buttons all ask after one
  // change: the filters are replaced, never mutated, so the last answer is kept by identity.
  const last = lastMatch;
  if (
    last &&
    last.data === data &&
    last.industries === state.industries &&
    last.programmes === state.programmes &&
    last.groups === state.groups
  )
    return last.out;
  const out = computeMatching(state, data);
  lastMatch = { data, ...pickFilters(state), out };
  return out;
}

type Filters = Pick<ViewState, 'industries' | 'programmes' | 'groups'>;
let lastMatch: (Filters & { data: DataFiles; out: readonly MatchItem[] }) | null = null;
const pickFilters = ({ industries, programmes, groups }: Filters): Filters => ({
  industries,
  programmes,
  groups,
});

function computeMatching(state: Filters, data: DataFiles): MatchItem[] {
  const rows = activeRows(state, data);
  const counts = countsByPlace(rows);
  const industryActive = state.industries.length > 0;
  const noFilter = !industryActive && state.programmes.length === 0 && state.groups.length === 0;
  const out: MatchItem[] = [];
  const byPlace = basesByPlace(data);
  const rowsByPlace = new Map<string, LayoutRecord[]>();
  for (const r of rows) {
    for (const p of r.places) {
      const list = rowsByPlace.get(p);
      if (list) list.push(r);
      else rowsByPlace.set(p, [r]);
    }
  }
  for (const place of data.places) {
    const count = counts.get(place.id) ?? 0;
    if ((industryActive || noFilter) && count === 0) continue;
    const bases = (byPlace.get(place.id) ?? []).filter(
      (b) => state.programmes.length === 0 || state.programmes.includes(b.programme),
    );
    if (state.programmes.length > 0 && bases.length === 0) continue;
    const g = groupOfPlace(place);
    if (state.groups.length > 0 && (!g || !state.groups.includes(g as never))) continue;
    out.push({ place, count, rows: rowsByPlace.get(place.id) ?? [], bases });
  }
  // Ids are codes (ASCII): compared as strings, not through the locale's collator, which costs
  // tens of ms per sort on a phone at start-up.
  return out.sort((a, b) => b.count - a.count || byCode(a.place.id, b.place.id));
}

/** The largest count the map can show for the current rows (for the colour scale's domain). */
export function maxCount(counts: ReadonlyMap<string, number>): number {
  let m = 0;
  for (const v of counts.values()) m = Math.max(m, v);
  return m;
}

export interface CoopRole {
  record: CooperationRecord;
  /** 'chongqing' when the place is a supported district, 'partner' when a Sichuan partner. */
  side: 'chongqing' | 'partner' | 'inferred-partner';
}

export interface PlaceFacts {
  place: PlaceRecord;
  group: GroupRecord | undefined;
  rows: LayoutRecord[];
  bases: BaseRecord[];
  brands: BrandRecord[];
  cooperation: CoopRole[];
  frameworks: FrameworkRecord[];
  belts: { belt: BeltRecord; partial: boolean; text: string }[];
  /** Functional zones inside or across this place, and the place a zone lies in. */
  zones: PlaceRecord[];
}

/** Every fact the data holds about one place, for the district panel. */
export function placeFacts(id: string, data: DataFiles): PlaceFacts | undefined {
  const place = data.places.find((p) => p.id === id);
  if (!place) return undefined;
  const cooperation: CoopRole[] = [];
  for (const c of data.cooperation) {
    if (c.places.includes(id)) cooperation.push({ record: c, side: 'chongqing' });
    else if (c.partners.includes(id)) cooperation.push({ record: c, side: 'partner' });
    else if (c.inferredPartners.includes(id))
      cooperation.push({ record: c, side: 'inferred-partner' });
    else if (
      place.kind === 'sc-city' &&
      c.partners.some((p) => data.places.find((x) => x.id === p)?.parent === id)
    ) {
      cooperation.push({ record: c, side: 'partner' });
    }
  }
  return {
    place,
    group: data.groups.find((g) => g.members.includes(id)),
    rows: data.layout.filter((r) => r.places.includes(id)),
    bases: data.bases.filter((b) => b.place === id),
    brands: (data.brands ?? []).filter((b) => b.place === id),
    cooperation,
    frameworks: data.frameworks.filter((f) => f.members.includes(id)),
    belts: data.belts.flatMap((belt) =>
      belt.members
        .filter((m) => m.place === id)
        .map((m) => ({ belt, partial: m.partial, text: m.text })),
    ),
    zones: data.places.filter(
      (p) =>
        p.kind === 'functional-zone' &&
        (p.parent === id || p.spans?.includes(id) || place.parent === p.id),
    ),
  };
}

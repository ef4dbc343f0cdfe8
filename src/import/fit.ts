/**
 * Plan fit: for a project's place and industry, what the plans say — each verdict with the
 * sentences it rests on.
 *
 * - planned: the layout table lists this place for one of the project's 小类 (or a 门类 it names);
 * - supported: not in the table for it, but a base (专栏1, 2+N zone, national base), a brand, a
 *   trillion-yuan belt or a 川渝 entry of this place is about the same industry (its theme or
 *   brand name holds the 小类's name or one of its trade words);
 * - elsewhere: the plans place this industry, but in other places (named);
 * - none: the plans do not place this industry anywhere (or the row could not be resolved).
 */
import type { DataFiles, Source } from '../data/types.ts';
import { TRADE_WORDS } from './resolve.ts';

import type { Verdict } from '../state/store.ts';
export { VERDICTS, type Verdict } from '../state/store.ts';

export interface FitReason {
  kind: 'layout' | 'base' | 'brand' | 'belt' | 'cooperation';
  /** What it is, in the document's words (the 小类, the base's theme, the brand…). */
  label: string;
  source: Source;
}

export interface Fit {
  verdict: Verdict;
  reasons: FitReason[];
  /** For `elsewhere`: the places the plans put the industry instead. */
  elsewhere: string[];
}

/** What a text (a theme, a brand name) is about, as 小类 ids, by the same words resolution uses. */
function rowsIn(text: string, data: DataFiles): Set<string> {
  const out = new Set<string>();
  for (const r of data.layout) if (text.includes(r.id) || text.includes(r.name)) out.add(r.id);
  for (const [word, rows] of Object.entries(TRADE_WORDS))
    if (text.includes(word)) rows.forEach((r) => out.add(r));
  return out;
}

export interface FitIndex {
  fit(place: string, rows: readonly string[]): Fit;
}

/** Indexes the data once; `fit` is then a few lookups a row (100,000 rows in well under a second). */
export function createFitIndex(data: DataFiles): FitIndex {
  const layout = new Map(data.layout.map((r) => [r.id, r]));
  // Per place, the supporting entries and the 小类 each is about.
  const support = new Map<string, { rows: Set<string>; reason: FitReason }[]>();
  const addSupport = (place: string, text: string, reason: FitReason) => {
    const rows = rowsIn(text, data);
    if (!rows.size) return;
    support.set(place, [...(support.get(place) ?? []), { rows, reason }]);
  };
  for (const b of data.bases)
    addSupport(b.place, b.theme, { kind: 'base', label: b.theme, source: b.source });
  for (const b of data.brands)
    addSupport(b.place, `${b.name}${b.product}`, {
      kind: 'brand',
      label: b.name,
      source: b.source,
    });
  for (const c of data.cooperation)
    for (const p of c.places)
      addSupport(p, c.theme, { kind: 'cooperation', label: c.theme, source: c.source });
  for (const belt of data.belts)
    for (const m of belt.members)
      addSupport(m.place, `${belt.name}${m.text}`, {
        kind: 'belt',
        label: belt.name,
        source: belt.source,
      });

  // One Fit object per (place, industry) pair, shared by every row that asks for it: a list is
  // thousands of rows but a few hundred pairs, and a shared object crosses from the worker once.
  const memo = new Map<string, Fit>();
  const fit = (place: string, rows: readonly string[]): Fit => {
    const key = `${place}|${rows.join('|')}`;
    let f = memo.get(key);
    if (!f) memo.set(key, (f = compute(place, rows)));
    return f;
  };
  return { fit };

  function compute(place: string, rows: readonly string[]): Fit {
    const planned = rows
      .map((id) => layout.get(id))
      .filter((r) => r !== undefined && r.places.includes(place));
    if (planned.length)
      return {
        verdict: 'planned',
        reasons: planned.map((r) => ({
          kind: 'layout' as const,
          label: r!.name,
          source: r!.source,
        })),
        elsewhere: [],
      };
    const wanted = new Set(rows);
    const supporting = (support.get(place) ?? []).filter((s) =>
      [...s.rows].some((r) => wanted.has(r)),
    );
    if (supporting.length)
      return { verdict: 'supported', reasons: supporting.map((s) => s.reason), elsewhere: [] };
    const others = rows.map((id) => layout.get(id)).filter((r) => r !== undefined);
    const elsewhere = [...new Set(others.flatMap((r) => r!.places))];
    if (elsewhere.length)
      return {
        verdict: 'elsewhere',
        reasons: others.map((r) => ({
          kind: 'layout' as const,
          label: r!.name,
          source: r!.source,
        })),
        elsewhere,
      };
    return { verdict: 'none', reasons: [], elsewhere: [] };
  }
}

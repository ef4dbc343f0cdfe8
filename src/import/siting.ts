/**
 * Siting: where would an industry fit best? Every place the plans tie to the industry, ranked by
 * how strongly, each reason cited. The rule (README, "Siting"), in points per reason:
 *
 *   3  the layout table lists the place for one of the industry's 小类
 *   2  a base of the place (专栏1 bases, 2+N zones, national demonstration bases) is about it
 *   1  a regional brand of the place is about it
 *   1  a 川渝 cooperation entry of the place is about it — and its Sichuan partners get 1 too
 *   1  a trillion-yuan belt's text for the place is about it
 *
 * "About it": the entry's theme or name holds the 小类's name or one of its trade words (the same
 * words resolution uses, src/import/resolve.ts). Ties go to the place with more kinds of reason,
 * then to the layout table's order. The national priorities for the sector are not per place:
 * they come with the ranking as its context.
 */
import type { DataFiles, PriorityRecord, Source } from '../data/types.ts';
import { TRADE_WORDS } from './resolve.ts';
import { byCode } from '../state/order.ts';

export type SitingReasonKind = 'layout' | 'base' | 'brand' | 'cooperation' | 'partner' | 'belt';

export const POINTS: Readonly<Record<SitingReasonKind, number>> = {
  layout: 3,
  base: 2,
  brand: 1,
  cooperation: 1,
  partner: 1,
  belt: 1,
};

export interface SitingReason {
  kind: SitingReasonKind;
  label: string;
  source: Source;
}

export interface SitingPlace {
  place: string;
  score: number;
  reasons: SitingReason[];
}

export interface Siting {
  rows: string[];
  places: SitingPlace[];
  /** The national priorities for the industry's sector (context, not per place). */
  priorities: PriorityRecord[];
}

/** Whether a text is about any of the rows (name or trade word). */
function about(text: string, rows: readonly string[], data: DataFiles): boolean {
  for (const id of rows) {
    const r = data.layout.find((x) => x.id === id);
    if (r && (text.includes(r.id) || text.includes(r.name))) return true;
    for (const [word, means] of Object.entries(TRADE_WORDS))
      if (means.includes(id) && text.includes(word)) return true;
  }
  return false;
}

/** Ranks the places for an industry's 小类 (as resolution gives them). */
export function rankPlaces(data: DataFiles, rows: readonly string[]): Siting {
  const by = new Map<string, SitingReason[]>();
  const add = (place: string, r: SitingReason) => by.set(place, [...(by.get(place) ?? []), r]);
  const order = new Map<string, number>();
  for (const id of rows) {
    const r = data.layout.find((x) => x.id === id);
    if (!r) continue;
    r.places.forEach((p, i) => {
      add(p, { kind: 'layout', label: r.name, source: r.source });
      if (!order.has(p)) order.set(p, i);
    });
  }
  for (const b of data.bases)
    if (about(b.theme, rows, data))
      add(b.place, { kind: 'base', label: b.theme, source: b.source });
  for (const b of data.brands)
    if (about(`${b.name}${b.product}`, rows, data))
      add(b.place, { kind: 'brand', label: b.name, source: b.source });
  for (const c of data.cooperation)
    if (about(c.theme, rows, data)) {
      for (const p of c.places) add(p, { kind: 'cooperation', label: c.theme, source: c.source });
      for (const p of [...c.partners, ...c.inferredPartners])
        add(p, { kind: 'partner', label: c.theme, source: c.source });
    }
  for (const belt of data.belts)
    for (const m of belt.members)
      if (about(m.text, rows, data))
        add(m.place, { kind: 'belt', label: belt.name, source: belt.source });
  const places = [...by].map(([place, reasons]) => ({
    place,
    reasons,
    score: reasons.reduce((s, r) => s + POINTS[r.kind], 0),
  }));
  const kinds = (p: SitingPlace) => new Set(p.reasons.map((r) => r.kind)).size;
  places.sort(
    (a, b) =>
      b.score - a.score ||
      kinds(b) - kinds(a) ||
      (order.get(a.place) ?? 1e9) - (order.get(b.place) ?? 1e9) ||
      byCode(a.place, b.place),
  );
  const priorities = data.priorities.filter((p) => p.rows.some((r) => rows.includes(r)));
  return { rows: [...rows], places, priorities };
}

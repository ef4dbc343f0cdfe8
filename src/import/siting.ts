/**
 * Siting: where would an industry fit best? Every place the plans tie to the industry, ranked by
 * how strongly, each reason cited. The rule (docs/projects.md, "Siting"), in points per reason:
 *
 *   3  the layout table lists the place for one of the industry's 小类
 *   2  a base of the place (专栏1 bases, 2+N zones, national demonstration bases) is about it
 *   1  a regional brand of the place is about it
 *   1  a 川渝 cooperation entry of the place is about it — and its Sichuan partners get 1 too
 *   1  a trillion-yuan belt's text for the place is about it
 *   1  the place's 一区两群 group sentence (002) names the industry (only for an industry the
 *      layout table does not cover: the sentence names whole sectors for a dozen places)
 *
 * "About it" is plan fit's reading (src/import/fit.ts, `readPlans`): the entry's words, read by
 * the one industry table (src/data/industries.ts), cover the industry's GB/T codes — so 五金 finds
 * 大足 (日用五金制品, 大足五金) and 钟表 finds 垫江 (垫江钟表). Ties go to the place with more
 * kinds of reason, then to the layout table's order. The national priorities for the sector and
 * the city priorities (002 专栏2–12) are not per place: they come with the ranking as context.
 */
import type { DataFiles, PriorityRecord, Source } from '../data/types.ts';
import { covers } from '../data/industries.ts';
import { rankStatements, readPlans, type FitIndustry, type FitReason } from './fit.ts';
import { byCode } from '../lib/order.ts';

export type SitingReasonKind =
  'layout' | 'base' | 'brand' | 'cooperation' | 'partner' | 'belt' | 'group';

export const POINTS: Readonly<Record<SitingReasonKind, number>> = {
  layout: 3,
  base: 2,
  brand: 1,
  cooperation: 1,
  partner: 1,
  belt: 1,
  group: 1,
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
  /** The plans' statements about the industry that name no place (002 专栏2–12, 003). */
  unplaced: FitReason[];
}

/** Ranks the places for an industry (as resolution gives it; a list of 小类 as before). */
export function rankPlaces(data: DataFiles, industry: FitIndustry | readonly string[]): Siting {
  const plans = readPlans(data);
  const ind: FitIndustry = Array.isArray(industry)
    ? { rows: industry, codes: plans.codesOf(industry) }
    : (industry as FitIndustry);
  const rows = ind.rows;
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
  for (const [place, entries] of plans.local)
    for (const e of entries) if (covers(e.codes, ind.codes)) add(place, e.reason as SitingReason);
  // A 川渝 entry's Sichuan partners share it.
  for (const c of data.cooperation) {
    const entry = plans.local.get(c.places[0]!)?.find((e) => e.reason.label === c.theme);
    if (entry && covers(entry.codes, ind.codes))
      for (const p of [...c.partners, ...c.inferredPartners])
        add(p, { kind: 'partner', label: c.theme, source: c.source });
  }
  // A group sentence names whole sectors for a dozen places: it ranks only an industry the layout
  // table does not cover (as in plan fit, where it comes after the table's places elsewhere).
  if (!rows.length)
    for (const [place, e] of plans.group)
      if (covers(e.codes, ind.codes)) add(place, e.reason as SitingReason);
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
  const unplaced = rankStatements(
    plans.unplaced.filter((e) => covers(e.codes, ind.codes)),
    ind.codes,
  );
  return { rows: [...rows], places, priorities, unplaced };
}

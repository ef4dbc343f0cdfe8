/**
 * A district profile (区县产业名片, issue 22): what one A4 page says about one of the 38 districts or
 * the three functional zones. DOM-free: the facts come from `placeFacts` (the district panel's own
 * selection, so the page and the panel never disagree) plus what only a profile shows — the city's
 * output targets for the sectors the place's sub-industries belong to, and the place's own plan.
 * Every fact keeps its verbatim source; `profileSources` lists them all (the tests check each one
 * against its seed).
 */
import type {
  ConsumerSectorRecord,
  DataFiles,
  DistrictPlanRecord,
  PlaceRecord,
  Source,
  TargetRecord,
} from '../data/types.ts';
import { placeFacts, type PlaceFacts } from '../state/selectors.ts';

/** A city target that applies to a place: its sector holds sub-industries the table places here. */
export interface ProfileTarget {
  sector: ConsumerSectorRecord;
  target: TargetRecord;
  /** The place's layout rows in the sector (ids). */
  rows: string[];
}

export interface Profile {
  place: PlaceRecord;
  facts: PlaceFacts;
  targets: ProfileTarget[];
  /** The place's own plans (黔江's 三品建设 today). */
  plans: DistrictPlanRecord[];
}

/** The places that have a profile, in the gazetteer's order: the 38 units, then the 3 zones. */
export function profilePlaces(data: DataFiles): PlaceRecord[] {
  const cq = data.places.filter((p) => p.province === 'chongqing');
  return [
    ...cq.filter((p) => p.kind !== 'functional-zone'),
    ...cq.filter((p) => p.kind === 'functional-zone'),
  ];
}

/** The profile of place `id`; undefined for a place that has none (a Sichuan partner, a typo). */
export function profileModel(id: string, data: DataFiles): Profile | undefined {
  const place = data.places.find((p) => p.id === id);
  if (!place || place.province !== 'chongqing') return undefined;
  const facts = placeFacts(id, data);
  if (!facts) return undefined;
  const rowIds = new Set(facts.rows.map((r) => r.id));
  const targets: ProfileTarget[] = [];
  for (const sector of data.consumerSectors) {
    const rows = sector.rows.filter((r) => rowIds.has(r));
    const target = data.targets.find((t) => t.id === sector.target);
    if (rows.length && target) targets.push({ sector, target, rows });
  }
  return { place, facts, targets, plans: data.plans.filter((p) => p.place === id) };
}

/** Every source the profile cites, in page order (duplicates kept: each fact cites its own). */
export function profileSources(p: Profile): Source[] {
  const f = p.facts;
  return [
    ...(f.group ? [f.group.source] : []),
    ...f.rows.map((r) => r.source),
    ...p.targets.flatMap((t) => [t.target.source]),
    ...f.bases.map((b) => b.source),
    ...f.brands.map((b) => b.source),
    ...f.cooperation.map((c) => c.record.source),
    ...f.frameworks.map((x) => x.source),
    ...f.belts.map((b) => b.belt.source),
    ...p.plans.flatMap((plan) => plan.pillars.map((x) => x.source)),
  ];
}

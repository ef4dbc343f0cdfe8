/**
 * Resolving a user's row to the plan's terms, in the browser (and its worker): a place from any
 * spelling people use — official names, short forms, old names, pinyin, English, an address that
 * contains one — and an industry from 小类 / 门类 names, GB/T 4754-2017 codes at any level, or
 * everyday trade words. Built from the committed data/ only (no build-time module): every match
 * says how it was made and what it matched.
 */
import type { DataFiles, PlaceRecord } from '../data/types.ts';
import { createIndustryReader, TRADE_WORDS, type IndustryMatch } from '../data/industries.ts';
import { createTownIndex, type TownHit } from './towns.ts';

// The industry table and its words live in src/data/industries.ts (one table for the import,
// siting, the header search and the map's subject); re-exported for the import's callers.
export { TRADE_WORDS, type IndustryMatch };

export type PlaceMatch =
  | {
      ok: true;
      id: string;
      /** 'town': by a town or street in the address (龙水镇 → 大足), from geo/towns.json. */
      how: 'exact' | 'alias' | 'pinyin' | 'english' | 'address' | 'town';
      matched: string;
    }
  | { ok: false; reason: 'empty' | 'unknown' }
  | { ok: false; reason: 'ambiguous'; candidates: string[] };

const clean = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').trim();

export interface Resolver {
  place(raw: string): PlaceMatch;
  industry(raw: string): IndustryMatch;
}

/** Builds the resolver over the data (indexes made once). */
export function createResolver(data: DataFiles): Resolver {
  const exact = new Map<string, { id: string; how: 'exact' | 'alias' | 'pinyin' | 'english' }>();
  const add = (key: string, id: string, how: 'exact' | 'alias' | 'pinyin' | 'english') => {
    const k = key.toLowerCase();
    if (k && !exact.has(k)) exact.set(k, { id, how });
  };
  // Spellings a containment search may find in an address: two characters at least (忠 alone
  // would match 忠诚路), longest first.
  const contained: { spelling: string; id: string }[] = [];
  for (const p of data.places) {
    add(clean(p.name), p.id, 'exact');
    add(clean(p.short), p.id, 'exact');
    for (const a of p.aliases) add(clean(a), p.id, 'alias');
    add(p.pinyin, p.id, 'pinyin');
    add(clean(p.en), p.id, 'english');
    add(clean(p.en.replace(/ (District|County|Autonomous County|City)$/, '')), p.id, 'english');
    const prefix = p.province === 'chongqing' ? '重庆市' : '四川省';
    add(prefix + clean(p.name), p.id, 'exact');
    for (const s of [p.name, p.short, ...p.aliases].map(clean))
      if ([...s].length >= 2) contained.push({ spelling: s, id: p.id });
  }
  contained.sort((a, b) => b.spelling.length - a.spelling.length);
  const towns = createTownIndex();

  const place = (raw: string): PlaceMatch => {
    const text = clean(raw);
    if (!text) return { ok: false, reason: 'empty' };
    const hit = exact.get(text.toLowerCase());
    if (hit) return { ok: true, ...hit, matched: text };
    // An address: the places whose names it contains, a longer name hiding the shorter ones it
    // holds (重庆市永川区 holds 永川 once); two different places left is ambiguous.
    // Towns and streets first: a district's name inside one (涪陵区江北街道) is not that district —
    // unless the place lies in the town's own district (万盛街道 of 綦江 names 万盛经开区 too).
    const townHits = towns.find(text);
    const found: { spelling: string; id: string; at: number }[] = [];
    const inside = (t: TownHit, id: string) =>
      t.districts.includes(id) ||
      t.districts.includes(data.places.find((p) => p.id === id)?.parent ?? '');
    for (const c of contained) {
      const at = text.indexOf(c.spelling);
      if (at < 0) continue;
      const within = (f: { at: number; spelling: string }) =>
        f.at <= at && at + c.spelling.length <= f.at + f.spelling.length;
      if (found.some(within)) continue;
      if (townHits.some((t) => within({ at: t.at, spelling: t.name }) && !inside(t, c.id)))
        continue;
      found.push({ ...c, at });
    }
    const ids = [...new Set(found.map((f) => f.id))];
    // A city and a county inside it (成都市武侯区): the county, the finer of the two.
    const finest = ids.filter(
      (id) => !ids.some((o) => o !== id && data.places.find((p) => p.id === o)?.parent === id),
    );
    if (finest.length !== 1 && townHits.length) return byTown(townHits, finest);
    // A Chongqing district named beside a town of another one (江津区龙水镇): the text contradicts
    // itself, so both are offered. (A zone — 两江新区 — spans districts' streets: no contradiction.)
    const other = townHits.flatMap((t) => t.districts);
    if (/^50\d{4}$/.test(finest[0] ?? '') && other.length && !other.includes(finest[0]!))
      return { ok: false, reason: 'ambiguous', candidates: [finest[0]!, ...new Set(other)] };
    if (finest.length === 1)
      return {
        ok: true,
        id: finest[0]!,
        how: 'address',
        matched: found.find((f) => f.id === finest[0])!.spelling,
      };
    if (finest.length > 1) return { ok: false, reason: 'ambiguous', candidates: finest };
    return { ok: false, reason: 'unknown' };
  };

  /**
   * An address without one district named (or naming several): its towns decide. One district
   * left → that one; a town name several districts share (or towns of different districts) →
   * ambiguous, with every district it may be — narrowed to the districts the text names, if any.
   */
  const byTown = (hits: TownHit[], named: string[]): PlaceMatch => {
    let ids = [...new Set(hits.flatMap((t) => t.districts))];
    if (named.some((id) => ids.includes(id))) ids = ids.filter((id) => named.includes(id));
    if (ids.length === 1)
      return {
        ok: true,
        id: ids[0]!,
        how: 'town',
        matched: hits.find((t) => t.districts.includes(ids[0]!))!.name,
      };
    return { ok: false, reason: 'ambiguous', candidates: ids };
  };

  const industries = createIndustryReader(data.layout);

  // Shared results per distinct text: a list repeats its places and industries, and one object
  // per text crosses from the worker once however many rows use it.
  const memo = <R>(fn: (raw: string) => R) => {
    const m = new Map<string, R>();
    return (raw: string): R => {
      let r = m.get(raw);
      if (r === undefined) m.set(raw, (r = fn(raw)));
      return r;
    };
  };
  return { place: memo(place), industry: industries.resolve };
}

/** A place's display name for reports. */
export function placeLabel(p: PlaceRecord | undefined, lang: 'zh' | 'en'): string {
  return p ? (lang === 'zh' ? p.name : p.en) : '';
}

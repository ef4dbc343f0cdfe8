/**
 * Resolving a user's row to the plan's terms, in the browser (and its worker): a place from any
 * spelling people use — official names, short forms, old names, pinyin, English, an address that
 * contains one — and an industry from 小类 / 门类 names, GB/T 4754-2017 codes at any level, or
 * everyday trade words. Built from the committed data/ only (no build-time module): every match
 * says how it was made and what it matched.
 */
import type { DataFiles, PlaceRecord } from '../data/types.ts';
import { createIndustryReader, TRADE_WORDS, type IndustryMatch } from '../data/industries.ts';

// The industry table and its words live in src/data/industries.ts (one table for the import,
// siting, the header search and the map's subject); re-exported for the import's callers.
export { TRADE_WORDS, type IndustryMatch };

export type PlaceMatch =
  | {
      ok: true;
      id: string;
      how: 'exact' | 'alias' | 'pinyin' | 'english' | 'address';
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

  const place = (raw: string): PlaceMatch => {
    const text = clean(raw);
    if (!text) return { ok: false, reason: 'empty' };
    const hit = exact.get(text.toLowerCase());
    if (hit) return { ok: true, ...hit, matched: text };
    // An address: the places whose names it contains, a longer name hiding the shorter ones it
    // holds (重庆市永川区 holds 永川 once); two different places left is ambiguous.
    const found: { spelling: string; id: string; at: number }[] = [];
    for (const c of contained) {
      const at = text.indexOf(c.spelling);
      if (at < 0) continue;
      if (found.some((f) => f.at <= at && at + c.spelling.length <= f.at + f.spelling.length))
        continue;
      found.push({ ...c, at });
    }
    const ids = [...new Set(found.map((f) => f.id))];
    // A city and a county inside it (成都市武侯区): the county, the finer of the two.
    const finest = ids.filter(
      (id) => !ids.some((o) => o !== id && data.places.find((p) => p.id === o)?.parent === id),
    );
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

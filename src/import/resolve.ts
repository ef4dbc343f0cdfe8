/**
 * Resolving a user's row to the plan's terms, in the browser (and its worker): a place from any
 * spelling people use — official names, short forms, old names, pinyin, English, an address that
 * contains one — and an industry from 小类 / 门类 names, GB/T 4754-2017 codes at any level, or
 * everyday trade words. Built from the committed data/ only (no build-time module): every match
 * says how it was made and what it matched.
 */
import type { DataFiles, LayoutRecord, PlaceRecord } from '../data/types.ts';
import { createTownIndex, type TownHit } from './towns.ts';

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

export type IndustryMatch =
  | {
      ok: true;
      /** Layout rows (小类) the term means. */
      rows: string[];
      how: 'subcategory' | 'category' | 'code' | 'keyword';
      matched: string;
    }
  | { ok: false; reason: 'empty' | 'unknown' };

/**
 * Everyday trade words → the 小类 they mean. Our reading, not the documents' (they use the
 * statistical names): a word is listed only where one or two 小类 of the layout table clearly
 * cover it; longer words win over shorter ones they contain (火锅底料 before 料, 茶饮 before 茶).
 */
export const TRADE_WORDS: Readonly<Record<string, readonly string[]>> = {
  白酒: ['酒的制造'],
  酿酒: ['酒的制造'],
  啤酒: ['酒的制造'],
  葡萄酒: ['酒的制造'],
  酒业: ['酒的制造'],
  预制菜: ['方便食品制造'],
  方便面: ['方便食品制造'],
  小面: ['方便食品制造'],
  速冻食品: ['方便食品制造'],
  休闲食品: ['方便食品制造'],
  火锅底料: ['调味品、发酵制品制造'],
  调味品: ['调味品、发酵制品制造'],
  调料: ['调味品、发酵制品制造'],
  榨菜: ['调味品、发酵制品制造'],
  酱油: ['调味品、发酵制品制造'],
  豆瓣: ['调味品、发酵制品制造'],
  眼镜: ['眼镜制造'],
  镜片: ['眼镜制造'],
  乳制品: ['乳制品制造'],
  牛奶: ['乳制品制造'],
  饮料: ['饮料制造'],
  果汁: ['饮料制造'],
  茶饮: ['饮料制造'],
  矿泉水: ['饮料制造'],
  茶叶: ['精制茶加工'],
  卷烟: ['卷烟制造'],
  烟草: ['卷烟制造'],
  大米: ['谷物磨制'],
  面粉: ['谷物磨制'],
  粮油: ['谷物磨制', '植物油加工'],
  饲料: ['饲料加工'],
  食用油: ['植物油加工'],
  菜籽油: ['植物油加工'],
  油茶: ['植物油加工'],
  肉制品: ['屠宰及肉类加工'],
  腊肉: ['屠宰及肉类加工'],
  畜禽: ['屠宰及肉类加工'],
  屠宰: ['屠宰及肉类加工'],
  果蔬: ['蔬菜、菌类、水果和坚果加工'],
  水果: ['蔬菜、菌类、水果和坚果加工'],
  蔬菜: ['蔬菜、菌类、水果和坚果加工'],
  食用菌: ['蔬菜、菌类、水果和坚果加工'],
  柑橘: ['蔬菜、菌类、水果和坚果加工'],
  柠檬: ['蔬菜、菌类、水果和坚果加工'],
  丝绸: ['纺织业'],
  茧丝: ['纺织业'],
  夏布: ['纺织业'],
  纺织: ['纺织业'],
  服装: ['纺织服装、服饰业'],
  服饰: ['纺织服装、服饰业'],
  鞋: ['制鞋业'],
  家具: ['家具制造业'],
  生活用纸: ['造纸和纸制品业'],
  纸制品: ['造纸和纸制品业'],
  造纸: ['造纸和纸制品业'],
  文具: ['文教、工美、体育和娱乐用品制造业'],
  体育用品: ['文教、工美、体育和娱乐用品制造业'],
  玩具: ['文教、工美、体育和娱乐用品制造业'],
  工艺品: ['文教、工美、体育和娱乐用品制造业'],
  日化: ['日用化学产品制造'],
  化妆品: ['日用化学产品制造'],
  美妆: ['日用化学产品制造'],
  个护: ['日用化学产品制造'],
  洗涤用品: ['日用化学产品制造'],
  化纤: ['化学纤维制造业'],
  塑料: ['塑料制品业'],
  包装材料: ['塑料制品业'],
  玻璃: ['玻璃制品制造'],
  玻陶: ['玻璃制品制造'],
  照明: ['照明器具制造'],
  灯具: ['照明器具制造'],
  LED: ['照明器具制造'],
};

/** A trade word → its 小类 and the word (longest contained word first). */
function tradeWordIn(text: string, words: readonly string[]): string | undefined {
  return words.find((w) => text.includes(w));
}

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

  const bySub = new Map(data.layout.map((r) => [clean(r.id), r]));
  const byCategory = new Map<string, LayoutRecord[]>();
  for (const r of data.layout)
    byCategory.set(clean(r.category), [...(byCategory.get(clean(r.category)) ?? []), r]);
  const words = Object.keys(TRADE_WORDS).sort((a, b) => b.length - a.length);

  const industry = (raw: string): IndustryMatch => {
    const text = clean(raw);
    if (!text) return { ok: false, reason: 'empty' };
    const sub = bySub.get(text);
    if (sub) return { ok: true, rows: [sub.id], how: 'subcategory', matched: sub.id };
    const cat = byCategory.get(text);
    if (cat) return { ok: true, rows: cat.map((r) => r.id), how: 'category', matched: text };
    // GB/T 4754 codes: a division (C15 or 15), a group (151) or a class (1512); C1512 too.
    const code = /^C?(\d{2,4})$/i.exec(text)?.[1];
    if (code) {
      const rows = data.layout.filter((r) => {
        const gb = r.gb.replace(/^C/, '');
        const division = r.gbDivision.replace(/^C/, '');
        return code.length === 2
          ? division === code
          : gb.length === 2
            ? code.startsWith(gb)
            : code.startsWith(gb) || gb.startsWith(code);
      });
      if (rows.length) return { ok: true, rows: rows.map((r) => r.id), how: 'code', matched: code };
      return { ok: false, reason: 'unknown' };
    }
    // A 小类 or 门类 name inside a longer text (“白酒酿造及销售”), then a trade word.
    const inner = data.layout.find((r) => text.includes(clean(r.id)));
    if (inner) return { ok: true, rows: [inner.id], how: 'subcategory', matched: inner.id };
    const word = tradeWordIn(text, words);
    if (word) return { ok: true, rows: [...TRADE_WORDS[word]!], how: 'keyword', matched: word };
    return { ok: false, reason: 'unknown' };
  };

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
  return { place: memo(place), industry: memo(industry) };
}

/** The trade words that mean a 小类 (for matching base themes and brands to it). */
export function wordsFor(rowId: string): string[] {
  return Object.entries(TRADE_WORDS)
    .filter(([, rows]) => rows.includes(rowId))
    .map(([w]) => w);
}

/** A place's display name for reports. */
export function placeLabel(p: PlaceRecord | undefined, lang: 'zh' | 'en'): string {
  return p ? (lang === 'zh' ? p.name : p.en) : '';
}

/**
 * Regional brands the plans name for a place ("大足五金", "荣昌夏布", "黔江羊肚菌" …), read from the
 * sentences about brands in 000 (consumer goods), 001 (brand building) and 004 (Qianjiang).
 *
 * A brand is a list item that is a Chongqing place's short name followed by a two- or three-character
 * product, in a sentence that speaks of 品牌 (brands) — or any sentence of 001, whose every
 * paragraph is about brands ("做强梁平塑料、永川造纸、巴南日化等生活特色轻工产业" does not repeat
 * the word). 001 repeats its paragraphs: one record per
 * brand, citing its first occurrence; a brand named in several documents cites each.
 * What the rule picks up but is not a brand is listed below with the reason; what it cannot pick up
 * (a brand not prefixed by a place) is added by hand, with the interpretation recorded.
 */
import { PLACES } from './gazetteer.ts';
import { cite, type DocId, type Source } from './seed-text.ts';
import type { BrandRecord } from '../data/types.ts';
export type { BrandRecord };

/** English for each product the brands name (a new brand without one fails the build's tests). */
export const PRODUCTS_EN: Readonly<Record<string, string>> = {
  五金: 'hardware',
  眼镜: 'eyewear',
  钟表: 'clocks and watches',
  塑料: 'plastics',
  造纸: 'paper',
  日化: 'household chemicals',
  夏布: 'ramie cloth (xiabu)',
  漆器: 'lacquerware',
  版画: 'woodblock prints',
  生猪: 'live pigs',
  肉牛: 'beef cattle',
  肉兔: 'meat rabbits',
  榨菜: 'zhacai (preserved mustard tuber)',
  猕猴桃: 'kiwifruit',
  桑蚕茧: 'silkworm cocoons',
  羊肚菌: 'morel mushrooms',
  鸡杂: 'chicken giblets (jiza)',
  黑猪: 'black pigs',
  农产品: 'farm produce',
  菜品: 'dish',
  区域品牌: 'regional brand',
};

/** Items the rule finds that are not brands. */
export const NOT_BRANDS: Readonly<Record<string, string>> = {
  黔江区实施: 'part of the document title 《黔江区实施“三品建设”…》, not a brand',
  黔江品牌周: 'a brand week (an event the plan sets up), not a product brand',
};

/** Brands the rule cannot see (not prefixed by a place), with how they are read. */
const ADDED: readonly {
  name: string;
  nameEn: string;
  place: string;
  product: string;
  doc: DocId;
  note: string;
}[] = [
  {
    name: '武陵黑猪',
    nameEn: 'Wuling black pigs',
    place: '500114',
    product: '黑猪',
    doc: '004',
    note: '武陵指武陵山区，不是区县；该品牌列在黔江区规划（004）的本地品牌之中，故归入黔江区。武陵 is the Wuling mountain region, not a county; the brand is listed in the Qianjiang plan (004) among its own, so it is placed in 黔江区.',
  },
  {
    name: '山韵黔江',
    nameEn: 'Shanyun Qianjiang',
    place: '500114',
    product: '农产品',
    doc: '004',
    note: '原文称“山韵黔江”为公共品牌，列在黔江区规划（004）原产品品牌一节，读作黔江区农产品的区域公共品牌。The plan calls it a public brand (公共品牌), in its section on primary-product brands: read as Qianjiang’s public brand for farm produce.',
  },
  {
    name: '青菜牛肉',
    nameEn: 'Qingcai beef',
    place: '500114',
    product: '菜品',
    doc: '004',
    note: '原文以“黔江鸡杂”“青菜牛肉”为武陵菜品餐饮品牌的代表（黔江区规划 004），故归入黔江区。The Qianjiang plan (004) names it beside 黔江鸡杂 as a Wuling cuisine restaurant brand (餐饮品牌): placed in 黔江区.',
  },
];

/**
 * Brands the seeds name for the whole city, not a place: 000's 区域品牌打造工程 ("重庆小面",
 * "重庆火锅底料", "渝派服装", "渝派家居", under the collective "渝见美品"). No district holds them, so
 * they are not drawn at one; listed here so that leaving them out is a decision, not a miss.
 */
export const CITY_WIDE_BRANDS: readonly string[] = [
  '渝见美品',
  '重庆小面',
  '重庆火锅底料',
  '渝派服装',
  '渝派家居',
];

const BRAND_DOCS: readonly DocId[] = ['000', '001', '004'];
/** "支持<place>(等)塑造/打造“<name>”区域品牌": a regional brand named in quotes. */
const REGIONAL = /支持([\u4e00-\u9fff]{1,8}?)(等)?(?:塑造|打造)“([^”]{2,6})”区域品牌/g;
/** English for brands named in quotes (not "<place> <product>"). */
const QUOTED_EN: Readonly<Record<string, string>> = { 三峡: 'Sanxia (Three Gorges)' };
const LEAD =
  /^(建设|做强|丰富发展|挖掘|打造|发展|培育|支持|推动|提升|擦亮|壮大|做大|巩固提升|以|加快)/;

/** The sentence (between 。；or line breaks) around an offset. */
function sentenceAt(text: string, at: number): string {
  const stops = /[。；\n]/g;
  let start = 0;
  for (let m; (m = stops.exec(text)) && m.index < at;) start = m.index + 1;
  const rest = text.slice(at).search(/[。；\n]/);
  return text.slice(start, rest < 0 ? text.length : at + rest).trim();
}

export function extractBrands(seeds: Record<DocId, string>): BrandRecord[] {
  const units = PLACES.filter((p) => p.province === 'chongqing' && p.kind !== 'functional-zone');
  const shorts = units
    .map((p) => ({ short: p.short, id: p.id }))
    .sort((a, b) => b.short.length - a.short.length);
  const found = new Map<
    string,
    { place: string; product: string; docs: Map<DocId, Source>; note?: string }
  >();
  const record = (
    name: string,
    place: string,
    product: string,
    doc: DocId,
    text: string,
    at = text.indexOf(name),
    note?: string,
  ) => {
    const source = cite(doc, text, sentenceAt(text, at));
    const hit = found.get(name) ?? { place, product, docs: new Map(), ...(note ? { note } : {}) };
    if (!hit.docs.has(doc)) hit.docs.set(doc, source);
    found.set(name, hit);
  };
  for (const doc of BRAND_DOCS) {
    const text = seeds[doc];
    for (const sentence of text.split(/[。；\n]/)) {
      if (doc !== '001' && !sentence.includes('品牌')) continue;
      for (const raw of sentence.split(/[、，,：:（）()“”"]/)) {
        const item = raw.trim().replace(LEAD, '').replace(/等.*$/, '');
        if (!/^[\u4e00-\u9fff]+$/.test(item) || item in NOT_BRANDS) continue;
        const unit = shorts.find((u) => item.startsWith(u.short));
        if (!unit) continue;
        const product = item.slice(unit.short.length);
        if (product.length < 2 || product.length > 3) continue;
        record(item, unit.id, product, doc, text);
      }
    }
  }
  for (const a of ADDED) record(a.name, a.place, a.product, a.doc, seeds[a.doc]);
  // "支持忠县等塑造“三峡”区域品牌" (000): a quoted brand name that is not prefixed by a place; the
  // place is the one the sentence supports. "等" (and others) names no other place: recorded.
  for (const doc of BRAND_DOCS)
    for (const m of seeds[doc].matchAll(REGIONAL)) {
      const unit = shorts.find((u) => m[1]!.startsWith(u.short));
      if (!unit) continue;
      const others = m[2]
        ? `原文为“${m[0]}”：“等”表示还有其他区县，原文未列出，此处只归入${m[1]}。The sentence names ${m[1]} “and others” (等) without naming them: the brand is placed at ${m[1]} only.`
        : undefined;
      record(m[3]!, unit.id, '区域品牌', doc, seeds[doc], m.index, others);
    }

  return [...found]
    .map(([name, f]) => {
      const place = PLACES.find((p) => p.id === f.place)!;
      const [first, ...rest] = BRAND_DOCS.filter((d) => f.docs.has(d)).map((d) => f.docs.get(d)!);
      const productEn = PRODUCTS_EN[f.product] ?? '';
      const added = ADDED.find((a) => a.name === name);
      const note = added?.note ?? f.note;
      return {
        id: name,
        name,
        nameEn:
          added?.nameEn ??
          QUOTED_EN[name] ??
          `${place.en.replace(/ (Tujia |Miao |Autonomous |District|County)+$/, '').trim()} ${productEn}`,
        place: f.place,
        product: f.product,
        productEn,
        source: first!,
        mentions: rest.map((source) => ({ source })),
        ...(note ? { note } : {}),
      };
    })
    .sort((a, b) => a.place.localeCompare(b.place) || a.name.localeCompare(b.name, 'zh'));
}

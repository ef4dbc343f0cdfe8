/**
 * The gazetteer: every place the data names, and a resolver from any spelling in the seeds to one
 * entry. Pure data + pure functions; shared by scripts, tests and (through data/places.json) the app.
 */
import type { GroupId, PlaceKind, Place } from '../data/types.ts';
export type { GroupId, PlaceKind, Place };

interface GroupInfo {
  id: GroupId;
  name: string;
  en: string;
}

// source: the four 一区两群 group names as the seeds write them (002_…, line 630; 000_… line 152);
// membership per the official 一区两群 division (重庆市委 2020; see data/README.md) — not in the seeds.
export const GROUPS: readonly GroupInfo[] = [
  { id: 'central', name: '中心城区', en: 'Central urban area' },
  { id: 'new-area', name: '主城新区', en: 'New urban area' },
  { id: 'northeast', name: '渝东北三峡库区城镇群', en: 'Three Gorges Reservoir towns (NE)' },
  { id: 'southeast', name: '渝东南武陵山区城镇群', en: 'Wuling Mountains towns (SE)' },
];

type Row = [
  id: string,
  name: string,
  short: string,
  en: string,
  kind: PlaceKind,
  group: GroupId,
  aliases?: string[],
];

// source: GB/T 2260 codes and names of Chongqing's 38 county-level units (民政部 2023 list).
// 梁平 (500155, was 梁平县 500228) became a district in 2016, 武隆 (500156, was 武隆县 500232) in 2016–17.
const CHONGQING: readonly Row[] = [
  ['500101', '万州区', '万州', 'Wanzhou', 'district', 'northeast'],
  ['500102', '涪陵区', '涪陵', 'Fuling', 'district', 'new-area'],
  ['500103', '渝中区', '渝中', 'Yuzhong', 'district', 'central'],
  ['500104', '大渡口区', '大渡口', 'Dadukou', 'district', 'central'],
  ['500105', '江北区', '江北', 'Jiangbei', 'district', 'central'],
  ['500106', '沙坪坝区', '沙坪坝', 'Shapingba', 'district', 'central'],
  ['500107', '九龙坡区', '九龙坡', 'Jiulongpo', 'district', 'central'],
  ['500108', '南岸区', '南岸', "Nan'an", 'district', 'central'],
  ['500109', '北碚区', '北碚', 'Beibei', 'district', 'central'],
  ['500110', '綦江区', '綦江', 'Qijiang', 'district', 'new-area'],
  ['500111', '大足区', '大足', 'Dazu', 'district', 'new-area'],
  ['500112', '渝北区', '渝北', 'Yubei', 'district', 'central'],
  ['500113', '巴南区', '巴南', 'Banan', 'district', 'central'],
  ['500114', '黔江区', '黔江', 'Qianjiang', 'district', 'southeast'],
  ['500115', '长寿区', '长寿', 'Changshou', 'district', 'new-area'],
  ['500116', '江津区', '江津', 'Jiangjin', 'district', 'new-area'],
  ['500117', '合川区', '合川', 'Hechuan', 'district', 'new-area'],
  ['500118', '永川区', '永川', 'Yongchuan', 'district', 'new-area'],
  ['500119', '南川区', '南川', 'Nanchuan', 'district', 'new-area'],
  ['500120', '璧山区', '璧山', 'Bishan', 'district', 'new-area'],
  ['500151', '铜梁区', '铜梁', 'Tongliang', 'district', 'new-area'],
  ['500152', '潼南区', '潼南', 'Tongnan', 'district', 'new-area'],
  ['500153', '荣昌区', '荣昌', 'Rongchang', 'district', 'new-area'],
  ['500154', '开州区', '开州', 'Kaizhou', 'district', 'northeast', ['开县']],
  ['500155', '梁平区', '梁平', 'Liangping', 'district', 'northeast', ['梁平县']],
  ['500156', '武隆区', '武隆', 'Wulong', 'district', 'southeast', ['武隆县']],
  ['500229', '城口县', '城口', 'Chengkou', 'county', 'northeast'],
  ['500230', '丰都县', '丰都', 'Fengdu', 'county', 'northeast'],
  ['500231', '垫江县', '垫江', 'Dianjiang', 'county', 'northeast'],
  ['500233', '忠县', '忠县', 'Zhongxian', 'county', 'northeast', ['忠']],
  ['500235', '云阳县', '云阳', 'Yunyang', 'county', 'northeast'],
  ['500236', '奉节县', '奉节', 'Fengjie', 'county', 'northeast'],
  ['500237', '巫山县', '巫山', 'Wushan', 'county', 'northeast'],
  ['500238', '巫溪县', '巫溪', 'Wuxi', 'county', 'northeast'],
  ['500240', '石柱土家族自治县', '石柱', 'Shizhu', 'autonomous-county', 'southeast', ['石柱县']],
  [
    '500241',
    '秀山土家族苗族自治县',
    '秀山',
    'Xiushan',
    'autonomous-county',
    'southeast',
    ['秀山县'],
  ],
  [
    '500242',
    '酉阳土家族苗族自治县',
    '酉阳',
    'Youyang',
    'autonomous-county',
    'southeast',
    ['酉阳县'],
  ],
  [
    '500243',
    '彭水苗族土家族自治县',
    '彭水',
    'Pengshui',
    'autonomous-county',
    'southeast',
    ['彭水县'],
  ],
];

const KIND_EN: Record<'district' | 'county' | 'autonomous-county', string> = {
  district: 'District',
  county: 'County',
  'autonomous-county': 'Autonomous County',
};

function chongqingPlace([id, name, short, en, kind, group, aliases = []]: Row): Place {
  const suffix = kind === 'district' || kind === 'county' || kind === 'autonomous-county';
  return {
    id,
    name,
    short,
    aliases,
    en: suffix ? `${en} ${KIND_EN[kind]}` : en,
    kind,
    province: 'chongqing',
    group,
  };
}

// Functional zones are not counties: they keep their own entries with the relation to counties.
const ZONES: readonly Place[] = [
  {
    id: 'zone-wansheng',
    name: '万盛经济技术开发区',
    short: '万盛',
    aliases: ['万盛经开区', '万盛区'],
    en: 'Wansheng Economic & Technological Development Zone',
    kind: 'functional-zone',
    province: 'chongqing',
    group: 'new-area',
    parent: '500110',
    note: '功能区，位于綦江区境内（原万盛区，2011年与綦江县合并为綦江区），不是区县。A functional zone inside Qijiang District (the former Wansheng District), not a county.',
  },
  {
    id: 'zone-liangjiang',
    name: '两江新区',
    short: '两江新区',
    aliases: ['重庆两江新区'],
    en: 'Liangjiang New Area',
    kind: 'functional-zone',
    province: 'chongqing',
    group: 'central',
    spans: ['500105', '500112', '500109'],
    note: '国家级新区，跨江北、渝北、北碚三区的部分地区，不是区县。A state-level new area spanning parts of Jiangbei, Yubei and Beibei.',
  },
  {
    id: 'zone-gaoxin',
    name: '西部科学城重庆高新区',
    short: '重庆高新区',
    aliases: ['高新区'],
    en: 'Chongqing High-tech Zone (Western Science City)',
    kind: 'functional-zone',
    province: 'chongqing',
    group: 'central',
    spans: ['500106', '500107', '500109', '500116', '500120'],
    note: '国家高新区，直管园跨沙坪坝、九龙坡、北碚、江津、璧山五区的部分地区，不是区县。A national high-tech zone spanning parts of five districts.',
  },
];

type ScRow = [
  id: string,
  name: string,
  short: string,
  en: string,
  parent?: string,
  aliases?: string[],
];

// source: GB/T 2260 codes and names of the Sichuan cities and counties the plans name, plus the
// members of the 明月山 framework (see data/README.md). 隆昌县 became 隆昌市 (511083) in 2017,
// 郫县 became 郫都区 (510117) in 2016.
const SICHUAN: readonly ScRow[] = [
  ['510100', '成都市', '成都', 'Chengdu'],
  ['510300', '自贡市', '自贡', 'Zigong'],
  ['510500', '泸州市', '泸州', 'Luzhou'],
  ['510900', '遂宁市', '遂宁', 'Suining'],
  ['511000', '内江市', '内江', 'Neijiang'],
  ['511500', '宜宾市', '宜宾', 'Yibin'],
  ['511600', '广安市', '广安', "Guang'an"],
  ['511700', '达州市', '达州', 'Dazhou'],
  ['510107', '武侯区', '武侯', 'Wuhou District', '510100', ['成都市武侯区']],
  ['510117', '郫都区', '郫都', 'Pidu District', '510100', ['郫县']],
  ['511083', '隆昌市', '隆昌', 'Longchang', '511000', ['隆昌县']],
  ['511703', '达川区', '达川', 'Dachuan District', '511700'],
  ['511723', '开江县', '开江', 'Kaijiang County', '511700'],
  ['511724', '大竹县', '大竹', 'Dazhu County', '511700'],
  ['511623', '邻水县', '邻水', 'Linshui County', '511600'],
];

function sichuanPlace([id, name, short, en, parent, aliases = []]: ScRow): Place {
  return {
    id,
    name,
    short,
    aliases,
    en: parent ? en : `${en} City`,
    kind: parent ? 'sc-county' : 'sc-city',
    province: 'sichuan',
    ...(parent ? { parent } : {}),
  };
}

/** Every place, Chongqing's 38 units first (in code order), then zones, then Sichuan. */
export const PLACES: readonly Place[] = [
  ...CHONGQING.map(chongqingPlace),
  ...ZONES,
  ...SICHUAN.map(sichuanPlace),
];

/** The 38 county-level units of Chongqing. */
export const CHONGQING_UNITS: readonly Place[] = PLACES.filter(
  (p) => p.province === 'chongqing' && p.kind !== 'functional-zone',
);

const BY_ID = new Map(PLACES.map((p) => [p.id, p]));

function spellings(p: Place): string[] {
  return [p.name, p.short, ...p.aliases];
}

const BY_SPELLING: Map<string, Place> = (() => {
  const m = new Map<string, Place>();
  for (const p of PLACES) {
    for (const s of spellings(p)) {
      const prior = m.get(s);
      if (prior && prior.id !== p.id)
        throw new Error(`gazetteer: "${s}" names ${prior.id} and ${p.id}`);
      m.set(s, p);
    }
  }
  return m;
})();

/** The place with this id, or undefined. */
export function placeById(id: string): Place | undefined {
  return BY_ID.get(id);
}

/** Where a name was read, for error messages. */
export interface NameSite {
  doc: string;
  line: number;
}

export class UnknownPlaceError extends Error {
  constructor(
    readonly placeName: string,
    readonly site: NameSite,
  ) {
    super(`unknown place "${placeName}" in seed ${site.doc}, line ${site.line}`);
    this.name = 'UnknownPlaceError';
  }
}

/** Turns any spelling in the seeds into one entry; throws UnknownPlaceError naming doc and line. */
export function resolvePlace(raw: string, site: NameSite): Place {
  const name = raw.trim();
  const hit = BY_SPELLING.get(name);
  if (hit) return hit;
  throw new UnknownPlaceError(name, site);
}

/** Like resolvePlace, but undefined for an unknown name. */
export function findPlace(raw: string): Place | undefined {
  return BY_SPELLING.get(raw.trim());
}

/** The group of a Chongqing place (a functional zone takes the group the official list gives it). */
export function groupOf(id: string): GroupInfo | undefined {
  const g = BY_ID.get(id)?.group;
  return g ? GROUPS.find((x) => x.id === g) : undefined;
}

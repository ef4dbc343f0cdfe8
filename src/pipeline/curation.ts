/**
 * The hand-read part of the data: which clause of 专栏1 (seed 000) and of seed 002 supports which
 * place with which theme. Every string here that claims to be seed text (clause, theme, names) is
 * checked against the seed by `buildData`, so a typo fails `npm run data`; English is ours.
 */
import type { DocId } from './seed-text.ts';
import type { ProgrammeId, FrameworkId } from '../data/types.ts';
export type { ProgrammeId, FrameworkId };

export interface ProgrammeSpec {
  id: ProgrammeId;
  /** Verbatim name from the seed. */
  name: string;
  en: string;
  doc: DocId;
}

// source: seed 000, 专栏1 (line 260–262), line 153 ("2+N") and line 18 (national bases).
export const PROGRAMMES: readonly ProgrammeSpec[] = [
  {
    id: 'feature-base',
    name: '特色产业示范基地建设工程',
    en: 'Feature-industry demonstration bases',
    doc: '000',
  },
  {
    id: 'eco-fusion',
    name: '生态工业融合发展先行地打造工程',
    en: 'Eco-industrial fusion pilot sites',
    doc: '000',
  },
  {
    id: 'chuanyu-coop',
    name: '成渝地区产业协同合作区打造工程',
    en: 'Chengdu–Chongqing industrial cooperation zones',
    doc: '000',
  },
  {
    id: 'two-plus-n',
    name: '“2+N”的特色区域发展格局',
    en: '"2+N" demonstration zones',
    doc: '000',
  },
  {
    id: 'national-demo',
    name: '国家新型工业化产业示范基地',
    en: 'National new-type industrialisation demonstration bases',
    doc: '000',
  },
];

export interface ThemeSpec {
  /** Verbatim substring of the clause. */
  quote: string;
  en: string;
}

export interface ClauseSpec {
  programme: ProgrammeId;
  /** Verbatim clause of the seed. */
  clause: string;
  /** Chongqing places as the clause spells them. */
  places: string[];
  themes: ThemeSpec[];
  /** Sichuan partners as the clause spells them (programme 3). */
  partners?: string[];
  /** Partners the clause does not name, inferred from outside the seeds (recorded as such). */
  inferredPartners?: { names: string[]; note: string };
  /** Cooperation framework the entry belongs to, where it can be told. */
  framework?: FrameworkId;
  frameworkNote?: string;
  note?: string;
}

export const BASE_CLAUSES: readonly ClauseSpec[] = [
  // 1. 特色产业示范基地建设工程
  {
    programme: 'feature-base',
    clause: '支持大渡口区围绕重庆小面产业化，加快要素集聚，建设多业融合示范园',
    places: ['大渡口区'],
    themes: [{ quote: '重庆小面产业化', en: 'Industrialised Chongqing noodles (xiaomian)' }],
  },
  {
    programme: 'feature-base',
    clause: '支持綦江区建设特色调味品示范基地',
    places: ['綦江区'],
    themes: [{ quote: '特色调味品示范基地', en: 'Speciality condiments demonstration base' }],
  },
  {
    programme: 'feature-base',
    clause: '支持涪陵区提升以榨菜为重点的国家新型工业化产业示范基地发展水平',
    places: ['涪陵区'],
    themes: [
      {
        quote: '以榨菜为重点的国家新型工业化产业示范基地',
        en: 'National new-type industrialisation base centred on zhacai (preserved mustard)',
      },
    ],
  },
  {
    programme: 'feature-base',
    clause: '支持江津区围绕清香型白酒建设重庆酒城，打造“渝酒振兴”核心承载地',
    places: ['江津区'],
    themes: [
      { quote: '清香型白酒建设重庆酒城', en: 'Chongqing Liquor City for light-aroma baijiu' },
    ],
  },
  {
    programme: 'feature-base',
    clause: '支持永川区、潼南区释放现有生活用纸产能，建设西部地区重要的生活用纸制造集聚区',
    places: ['永川区', '潼南区'],
    themes: [{ quote: '生活用纸制造集聚区', en: 'Household paper manufacturing cluster' }],
  },
  {
    programme: 'feature-base',
    clause: '支持铜梁区围绕个护美妆，创新发展模式，加快建设“西部美谷”',
    places: ['铜梁区'],
    themes: [{ quote: '个护美妆', en: 'Personal care and cosmetics ("Western Beauty Valley")' }],
  },
  {
    programme: 'feature-base',
    clause: '支持大足区日用五金制品转型升级',
    places: ['大足区'],
    themes: [{ quote: '日用五金制品', en: 'Household hardware' }],
  },
  // 2. 生态工业融合发展先行地打造工程
  {
    programme: 'eco-fusion',
    clause: '支持万州区打造粮油仓储物流加工基地和绿色照明特色产业基地',
    places: ['万州区'],
    themes: [
      { quote: '粮油仓储物流加工基地', en: 'Grain and oil storage, logistics and processing base' },
      { quote: '绿色照明特色产业基地', en: 'Green lighting feature-industry base' },
    ],
  },
  {
    programme: 'eco-fusion',
    clause: '支持梁平区打造西部预制菜之都（重要的休闲食品基地）',
    places: ['梁平区'],
    themes: [
      { quote: '西部预制菜之都', en: 'Western capital of prepared dishes (snack-food base)' },
    ],
  },
  {
    programme: 'eco-fusion',
    clause: '支持丰都县建设全市现代畜禽肉制品产业基地',
    places: ['丰都县'],
    themes: [
      { quote: '现代畜禽肉制品产业基地', en: 'Modern livestock and poultry meat products base' },
    ],
  },
  {
    programme: 'eco-fusion',
    clause: '支持忠县等塑造“三峡”区域品牌，建设发展特色果蔬食品饮料加工基地',
    places: ['忠县'],
    themes: [
      {
        quote: '特色果蔬食品饮料加工基地',
        en: 'Speciality fruit, vegetable, food and beverage processing base',
      },
    ],
    note: '原文为“忠县等”，未列出其余区县。The source says "忠县 and others" without naming the others.',
  },
  {
    programme: 'eco-fusion',
    clause: '支持云阳县建设广告材料产业示范基地和绿色新包装材料产业基地',
    places: ['云阳县'],
    themes: [
      { quote: '广告材料产业示范基地', en: 'Advertising materials demonstration base' },
      { quote: '绿色新包装材料产业基地', en: 'Green packaging materials base' },
    ],
  },
  {
    programme: 'eco-fusion',
    clause: '支持垫江县打造休闲食品产业集聚区',
    places: ['垫江县'],
    themes: [{ quote: '休闲食品产业集聚区', en: 'Snack-food cluster' }],
  },
  {
    programme: 'eco-fusion',
    clause: '支持奉节县巩固眼镜产业培育基础，加快集聚形成链群',
    places: ['奉节县'],
    themes: [{ quote: '眼镜产业', en: 'Eyewear industry' }],
  },
  {
    programme: 'eco-fusion',
    clause: '支持黔江区打造全市茧丝绸加工全产业链示范基地',
    places: ['黔江区'],
    themes: [
      { quote: '茧丝绸加工全产业链示范基地', en: 'Cocoon and silk full-chain demonstration base' },
    ],
  },
  {
    programme: 'eco-fusion',
    clause: '支持武隆区发展特色旅游消费品',
    places: ['武隆区'],
    themes: [{ quote: '特色旅游消费品', en: 'Speciality tourism consumer goods' }],
  },
  {
    programme: 'eco-fusion',
    clause: '支持石柱县培育发展康养消费品，建设全市康养消费品示范基地',
    places: ['石柱县'],
    themes: [{ quote: '康养消费品示范基地', en: 'Health and wellness consumer goods base' }],
  },
  {
    programme: 'eco-fusion',
    clause: '支持秀山县发挥区位比较优势，依托电商基础做大休闲食品',
    places: ['秀山县'],
    themes: [{ quote: '依托电商基础做大休闲食品', en: 'Snack foods sold through e-commerce' }],
  },
  {
    programme: 'eco-fusion',
    clause: '支持酉阳县围绕油茶推动产业化发展',
    places: ['酉阳县'],
    themes: [{ quote: '油茶', en: 'Camellia oil' }],
  },
  // 3. 成渝地区产业协同合作区打造工程
  {
    programme: 'chuanyu-coop',
    clause:
      '支持荣昌区用好农牧特色国家高新区“金字招牌”，持续做响国家畜牧科技城，与内江（隆昌）共同打造日用玻陶、食品等优势产业集群',
    places: ['荣昌区'],
    partners: ['内江', '隆昌'],
    themes: [
      { quote: '日用玻陶、食品等优势产业集群', en: 'Household glass and ceramics, food clusters' },
    ],
    framework: 'chuannan-yuxi',
    frameworkNote:
      '内江属川南、荣昌属渝西，按地域归入川南渝西融合发展试验区（原文未逐条标明）。By geography; the source does not assign entries to frameworks.',
  },
  {
    programme: 'chuanyu-coop',
    clause: '支持铜梁区与成都市武侯区联动，建设西部地区重要的美妆产业基地',
    places: ['铜梁区'],
    partners: ['成都市武侯区'],
    themes: [{ quote: '美妆产业基地', en: 'Cosmetics industry base' }],
  },
  {
    programme: 'chuanyu-coop',
    clause:
      '支持潼南区与遂宁市发挥在柠檬、果蔬、肉制品等特色产品加工优势，共同打造潼遂绿色食品饮料产业基地',
    places: ['潼南区'],
    partners: ['遂宁市'],
    themes: [
      { quote: '潼遂绿色食品饮料产业基地', en: 'Tongnan–Suining green food and beverage base' },
    ],
  },
  {
    programme: 'chuanyu-coop',
    clause: '支持江津区、永川区与泸州市联动发展，打造泸永江消费品工业合作示范区',
    places: ['江津区', '永川区'],
    partners: ['泸州市'],
    themes: [
      { quote: '泸永江消费品工业合作示范区', en: 'Lu–Yong–Jiang consumer-goods cooperation zone' },
    ],
    framework: 'chuannan-yuxi',
    frameworkNote:
      '泸州属川南、江津永川属渝西，按地域归入川南渝西融合发展试验区（原文未逐条标明）。By geography; the source does not assign entries to frameworks.',
  },
  {
    programme: 'chuanyu-coop',
    clause: '支持江津区与郫都区共建川式调味品协同创新中心',
    places: ['江津区'],
    partners: ['郫都区'],
    themes: [{ quote: '川式调味品协同创新中心', en: 'Sichuan-style condiments innovation centre' }],
  },
  {
    programme: 'chuanyu-coop',
    clause: '支持万州区、开州区与达州市围绕粮油及肉制品加工打造农产品加工产业集群',
    places: ['万州区', '开州区'],
    partners: ['达州市'],
    themes: [{ quote: '粮油及肉制品加工', en: 'Grain, oil and meat processing cluster' }],
    framework: 'chuanyu-tongchou',
    frameworkNote:
      '万州、开州与达州即“万达开川渝统筹发展示范区”（示范区范围来自原文以外的公开文件）。Wanzhou–Dazhou–Kaizhou is the 万达开 area (scope from outside the source documents).',
  },
  {
    programme: 'chuanyu-coop',
    clause: '支持梁平区、垫江县与四川毗邻区县聚焦特色农产品，共建明月山绿色食品加工产业带',
    places: ['梁平区', '垫江县'],
    themes: [
      { quote: '明月山绿色食品加工产业带', en: 'Mingyue Mountain green food processing belt' },
    ],
    inferredPartners: {
      names: ['达川区', '大竹县', '开江县', '邻水县'],
      note: '原文只写“四川毗邻区县”；此处按明月山绿色发展示范带的范围（达川、大竹、开江、邻水，来自原文以外的公开文件）列出。The source says only "neighbouring Sichuan counties"; listed here from the Mingyue Mountain belt\'s published scope, outside the source documents.',
    },
    framework: 'mingyueshan',
  },
  // "2+N" and the national demonstration bases
  {
    programme: 'two-plus-n',
    clause: '以巴南区建设消费品工业创新生态示范区',
    places: ['巴南区'],
    themes: [
      {
        quote: '消费品工业创新生态示范区',
        en: 'Consumer-goods innovation ecosystem demonstration zone',
      },
    ],
  },
  {
    programme: 'two-plus-n',
    clause: '江津区建设消费品工业集聚发展示范区',
    places: ['江津区'],
    themes: [
      {
        quote: '消费品工业集聚发展示范区',
        en: 'Consumer-goods cluster development demonstration zone',
      },
    ],
  },
  {
    programme: 'national-demo',
    clause: '构建了江津区、涪陵区2个国家新型工业化产业示范基地',
    places: ['江津区', '涪陵区'],
    themes: [
      {
        quote: '国家新型工业化产业示范基地',
        en: 'National new-type industrialisation demonstration base',
      },
    ],
  },
];

export interface FrameworkSpec {
  id: FrameworkId;
  /** Verbatim name as the seed writes it. */
  name: string;
  en: string;
  kind: 'chuanyu' | 'chongqing-mechanism' | 'park';
  doc: DocId;
  /** Verbatim sentence naming it. */
  clause: string;
  /** Members: Chongqing and Sichuan places. */
  members: string[];
  /** Whether the members come from the seed or from outside it. */
  membersFrom: 'seed' | 'outside';
  note: string;
}

export const FRAMEWORKS: readonly FrameworkSpec[] = [
  {
    id: 'chuanyu-tongchou',
    name: '川渝统筹发展示范区',
    en: 'Sichuan–Chongqing coordinated development demonstration area (Wan–Da–Kai)',
    kind: 'chuanyu',
    doc: '000',
    clause: '以川渝统筹发展示范区、川南渝西融合发展试验区和明月山绿色发展示范带为重点',
    members: ['万州区', '开州区', '达州市'],
    membersFrom: 'outside',
    note: '原文未列范围；按“万达开川渝统筹发展示范区”（万州、达州、开州）理解。The source gives no scope; read as the Wan–Da–Kai area.',
  },
  {
    id: 'chuannan-yuxi',
    name: '川南渝西融合发展试验区',
    en: 'South Sichuan – West Chongqing integration pilot zone',
    kind: 'chuanyu',
    doc: '000',
    clause: '以川渝统筹发展示范区、川南渝西融合发展试验区和明月山绿色发展示范带为重点',
    members: ['荣昌区', '江津区', '永川区', '自贡市', '泸州市', '内江市', '宜宾市'],
    membersFrom: 'outside',
    note: "原文未列范围；川南四市（自贡、泸州、内江、宜宾）加上原文合作条目中的渝西区县（荣昌、江津、永川）。官方范围的渝西部分更大。The source gives no scope: the four South-Sichuan cities plus the West-Chongqing districts the source's entries name; the official West-Chongqing part is larger.",
  },
  {
    id: 'mingyueshan',
    name: '明月山绿色发展示范带',
    en: 'Mingyue Mountain green development belt',
    kind: 'chuanyu',
    doc: '000',
    clause: '以川渝统筹发展示范区、川南渝西融合发展试验区和明月山绿色发展示范带为重点',
    members: ['梁平区', '垫江县', '达川区', '大竹县', '开江县', '邻水县'],
    membersFrom: 'outside',
    note: "原文未列范围；按公开的示范带总体方案（梁平、垫江、达川、大竹、开江、邻水）。The source gives no scope; from the belt's published plan.",
  },
  {
    id: 'wankaiyun',
    name: '万开云',
    en: 'Wan–Kai–Yun coordination mechanism',
    kind: 'chongqing-mechanism',
    doc: '002',
    clause: '依托“万开云”“綦万南”等协同机制',
    members: ['万州区', '开州区', '云阳县'],
    membersFrom: 'seed',
    note: '简称按字面展开为万州、开州、云阳。The abbreviation expands to Wanzhou, Kaizhou, Yunyang.',
  },
  {
    id: 'qiwannan',
    name: '綦万南',
    en: 'Qi–Wan–Nan coordination mechanism',
    kind: 'chongqing-mechanism',
    doc: '002',
    clause: '依托“万开云”“綦万南”等协同机制',
    members: ['綦江区', '万盛经开区', '南川区'],
    membersFrom: 'seed',
    note: '简称按字面展开为綦江、万盛（经开区）、南川。The abbreviation expands to Qijiang, Wansheng (zone), Nanchuan.',
  },
  {
    id: 'guangan-yubei',
    name: '广安—渝北',
    en: "Guang'an–Yubei cross-border industrial cooperation park",
    kind: 'park',
    doc: '002',
    clause: '推动建设广安—渝北等一批跨省市毗邻地区产业合作园区',
    members: ['渝北区', '广安市'],
    membersFrom: 'seed',
    note: '跨省市毗邻地区产业合作园区。A cross-border industrial cooperation park.',
  },
];

export interface BeltMemberSpec {
  /** The member as the seed writes it within the belt sentence. */
  text: string;
  place: string;
  partial: boolean;
}

export interface BeltSpec {
  id: string;
  name: string;
  en: string;
  /** Verbatim description of the belt in seed 002. */
  clause: string;
  members: BeltMemberSpec[];
  note?: string;
}

// source: seed 002, line 630.
export const BELTS: readonly BeltSpec[] = [
  {
    id: 'belt-liangjiang',
    name: '两江新区（鱼复组团）—长寿—涪陵—垫江西南部',
    en: 'Liangjiang (Yufu cluster) – Changshou – Fuling – SW Dianjiang',
    clause: '两江新区（鱼复组团）—长寿—涪陵—垫江西南部',
    members: [
      { text: '两江新区（鱼复组团）', place: '两江新区', partial: true },
      { text: '长寿', place: '长寿区', partial: false },
      { text: '涪陵', place: '涪陵区', partial: false },
      { text: '垫江西南部', place: '垫江县', partial: true },
    ],
  },
  {
    id: 'belt-gaoxin',
    name: '重庆高新区—九龙坡、沙坪坝、北碚西部槽谷地带—璧山—江津—永川部分地区',
    en: 'Chongqing High-tech Zone – western trough of Jiulongpo, Shapingba, Beibei – Bishan – Jiangjin – Yongchuan (parts)',
    clause: '重庆高新区—九龙坡、沙坪坝、北碚西部槽谷地带—璧山—江津—永川部分地区',
    members: [
      { text: '重庆高新区', place: '重庆高新区', partial: false },
      { text: '九龙坡', place: '九龙坡区', partial: true },
      { text: '沙坪坝', place: '沙坪坝区', partial: true },
      { text: '北碚西部槽谷地带', place: '北碚区', partial: true },
      { text: '璧山', place: '璧山区', partial: false },
      { text: '江津', place: '江津区', partial: true },
      { text: '永川部分地区', place: '永川区', partial: true },
    ],
    note: '“西部槽谷地带”读作修饰九龙坡、沙坪坝、北碚三者；“部分地区”读作修饰江津、永川。The trough qualifies all three districts; "parts" is read as qualifying Jiangjin and Yongchuan.',
  },
];

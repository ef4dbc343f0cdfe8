/**
 * The shapes of data/*.json, defined here, where the app reads the data: the pipeline that writes
 * the files imports them from here (the app never imports the pipeline).
 */

export type DocId = '000' | '001' | '002' | '003' | '004';

/** Where a fact comes from: a document and a verbatim quote (for a table row: the row's text). */
export interface Source {
  doc: DocId;
  /** Verbatim seed text; `seedText.includes(quote)` holds. */
  quote: string;
  /** 1-based line where the quote starts (its first occurrence). */
  line: number;
}

/** The 一区两群 groups. The seeds name them; their membership comes from outside the seeds. */
export type GroupId = 'central' | 'new-area' | 'northeast' | 'southeast';

export type PlaceKind =
  'district' | 'county' | 'autonomous-county' | 'functional-zone' | 'sc-city' | 'sc-county';

export interface Place {
  /** GB/T 2260 code for administrative units; `zone-…` for functional zones. */
  id: string;
  /** Current official name. */
  name: string;
  /** The short form the seeds mostly use (江津, 石柱, 酉阳 …). */
  short: string;
  /** Other spellings found in seeds or in boundary sources (old names, old codes). */
  aliases: string[];
  en: string;
  kind: PlaceKind;
  province: 'chongqing' | 'sichuan';
  /** 一区两群 group (Chongqing only). */
  group?: GroupId;
  /** The unit a place lies in: a Sichuan county's city, 万盛经开区's 綦江区. */
  parent?: string;
  /** Districts a functional zone spans (it has no boundary of its own in any pinned source). */
  spans?: string[];
  /** Interpretation notes shown to users. */
  note?: string;
}

export type ProgrammeId =
  'feature-base' | 'eco-fusion' | 'chuanyu-coop' | 'two-plus-n' | 'national-demo';

export type FrameworkId =
  'chuanyu-tongchou' | 'chuannan-yuxi' | 'mingyueshan' | 'wankaiyun' | 'qiwannan' | 'guangan-yubei';

/** One row of the layout table, ready for the app. */
export interface LayoutRecord {
  /** Stable id: the 小类 name, or the 门类 name for a whole-门类 row. */
  id: string;
  /** 门类 as the table groups it. */
  category: string;
  categoryEn: string;
  /** True where the seed's 门类 cell is blank and the row continues the 门类 above. */
  categoryInherited: boolean;
  /** 小类, or null where the table leaves it blank and the whole 门类 is meant. */
  subcategory: string | null;
  /** Display name: the 小类, or the 门类 for a whole-门类 row. */
  name: string;
  nameEn: string;
  /** GB/T 4754-2017 code of the table's 门类. */
  categoryGb: string;
  /** GB/T 4754-2017 code of the row's own class (the 小类's, or the 门类's for a whole-门类 row). */
  gb: string;
  /** GB/T 4754-2017 大类 the row's class belongs to. */
  gbDivision: string;
  gbDivisionName: string;
  /** Place ids (GB/T 2260 or zone ids), in the seed's order. */
  places: string[];
  /** Names exactly as the seed spells them, parallel to `places`. */
  placeNames: string[];
  /** How the row is read where the table is odd. */
  note?: string;
  source: Source;
}

export interface TargetRecord {
  id: string;
  doc: DocId;
  /** 指标类别 as the seed writes it (carried down where the cell is blank); '' if none. */
  category: string;
  /** 指标名称. */
  name: string;
  unit: string | null;
  /** 指标属性: 预期性 (expected) or 约束性 (binding). */
  type: string;
  value2020: string;
  target2025: string;
  /** 年均增速 (seed 002 only). */
  growth: string | null;
  /** Parsed numbers where the cell is one number; ranges give [low, high]. */
  value2020Number: number | null;
  target2025Range: [number, number] | null;
  /** "[ ]内为规划期累计数": bracketed targets are totals over the plan period. */
  cumulative: boolean;
  source: Source;
}

export interface BrandRecord {
  /** The brand as the seed writes it. */
  id: string;
  name: string;
  nameEn: string;
  /** The place it belongs to. */
  place: string;
  product: string;
  productEn: string;
  /** Its first mention, in the earliest document that names it (000, 001, 004 order). */
  source: Source;
  /** Its first mention in each other document that names it. */
  mentions: { source: Source }[];
  note?: string;
}

export type PriorityKind = 'technology' | 'product' | 'digital' | 'green';

export interface PriorityRecord {
  id: string;
  /** The guidance's sector label, as written. */
  sector: string;
  kind: PriorityKind;
  /** The 专栏 it is listed under. */
  column: string;
  text: string;
  /** Layout rows (小类 ids) this sector matches. */
  rows: string[];
  source: Source;
}

export interface SectorRecord {
  /** `专栏N:领域`. */
  id: string;
  /** 专栏 number (2–12). */
  column: number;
  /** The 专栏's title as written, e.g. "新一代信息技术产业发展重点". */
  columnTitle: string;
  columnEn: string;
  /** The field before the colon, e.g. "半导体". */
  field: string;
  /** The text after the colon (page breaks kept). */
  text: string;
  /** Rows of the layout table (000) this field covers: only 专栏11 (消费品) has any. */
  rows: string[];
  source: Source;
}

export interface DirectionRecord {
  id: string;
  /** The direction, e.g. "培育特色消费品产业集群". */
  title: string;
  titleEn: string;
  text: string;
  /** 川渝 cooperation entries of 000 (cooperation.json ids) under this direction. */
  cooperation: string[];
  source: Source;
}

export type ConsumerSectorId = 'food' | 'textile' | 'light';

export interface ConsumerSectorRecord {
  id: ConsumerSectorId;
  /** The 指标名称 cell, e.g. "食品行业". */
  name: string;
  en: string;
  /** GB/T 4754-2017 divisions in the sector (a reading; see note). */
  divisions: string[];
  /** Layout rows (ids) whose division is in the sector. */
  rows: string[];
  /** The output target (targets.json id). */
  target: string;
  note: string;
  /** The target row of 000's table. */
  source: Source;
}

export interface PillarRecord {
  /** "2", "3" or "3" as the seed writes it, with its position: 2, 3a, 3b. */
  id: string;
  code: string;
  name: string;
  en: string;
  members: string[];
  source: Source;
}

export interface GoalItem {
  /** The clause, verbatim. */
  text: string;
  value: number;
  unit: string | null;
  /** 以上 (at least), 左右 (about), 超 (over) … as written; null when none. */
  qualifier: string | null;
}

export interface GoalRecord {
  id: string;
  items: GoalItem[];
  /** The sentence, verbatim. */
  source: Source;
}

export interface ActionRecord {
  /** "（一）1", "（四）". */
  id: string;
  part: string;
  item: string;
  title: string;
  /** Our English rendering of the title (ACTION_TITLES_EN; not from the document). */
  titleEn: string;
  /** Pillar ids this action serves (a reading; see the plan's note). */
  pillars: string[];
  goals: GoalRecord[];
  /** 牵头单位 (lead) and 责任单位 (responsible) departments, from the clause that names them. */
  departments: { lead: string[]; partners: string[]; source: Source };
  /** The action's title sentence. */
  source: Source;
}

export interface DistrictPlanRecord {
  id: string;
  place: string;
  doc: DocId;
  title: string;
  titleEn: string;
  pillars: PillarRecord[];
  actions: ActionRecord[];
  note: string;
  source: Source;
}

export interface BaseRecord {
  id: string;
  programme: ProgrammeId;
  /** The supported Chongqing place. */
  place: string;
  /** The place as the seed spells it. */
  placeName: string;
  /** Verbatim theme from the clause. */
  theme: string;
  themeEn: string;
  /** Sichuan partners (programme 3), named by the seed. */
  partners: string[];
  /** Partners the seed does not name, inferred from outside it (see note). */
  inferredPartners: string[];
  framework: FrameworkId | null;
  note?: string;
  source: Source;
}

export interface CooperationRecord {
  id: string;
  places: string[];
  partners: string[];
  inferredPartners: string[];
  theme: string;
  themeEn: string;
  framework: FrameworkId | null;
  note?: string;
  source: Source;
}

export interface FrameworkRecord {
  id: FrameworkId;
  name: string;
  en: string;
  kind: 'chuanyu' | 'chongqing-mechanism' | 'park';
  members: string[];
  membersFrom: 'seed' | 'outside';
  note: string;
  source: Source;
}

export interface GroupRecord {
  id: GroupId;
  name: string;
  en: string;
  members: string[];
  membersFrom: 'outside';
  note: string;
  source: Source;
}

export interface BeltRecord {
  id: string;
  name: string;
  en: string;
  members: { place: string; text: string; partial: boolean }[];
  note?: string;
  source: Source;
}

export interface ProgrammeRecord {
  id: ProgrammeId;
  name: string;
  en: string;
  source: Source;
}

/** A gazetteer entry as the app reads it: with pinyin for search. */
export interface PlaceRecord extends Place {
  pinyin: string;
  pinyinInitials: string;
}

export interface DataFiles {
  places: PlaceRecord[];
  layout: LayoutRecord[];
  programmes: ProgrammeRecord[];
  bases: BaseRecord[];
  cooperation: CooperationRecord[];
  frameworks: FrameworkRecord[];
  groups: GroupRecord[];
  belts: BeltRecord[];
  targets: TargetRecord[];
  brands: BrandRecord[];
  priorities: PriorityRecord[];
  sectors: SectorRecord[];
  directions: DirectionRecord[];
  consumerSectors: ConsumerSectorRecord[];
  plans: DistrictPlanRecord[];
}

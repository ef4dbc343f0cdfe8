/** The fields of a project list and the header names that name them (pure, no imports). */

/**
 * The fields a project row can have, and the headers each is recognised by (as office ledgers
 * name them: 建设地点, 项目进度, 计划总投资（万元）…). A header holding one of these also matches
 * (计划总投资（万元） holds 计划总投资), longest name first.
 */
export const FIELDS = {
  name: [
    '项目名称',
    '项目',
    '企业名称',
    '企业',
    '名称',
    'project',
    'project name',
    'company',
    'name',
  ],
  industry: [
    '行业',
    '产业',
    '所属行业',
    '所属产业',
    '产业类别',
    '行业分类',
    '行业类别',
    '产业类型',
    '小类',
    '门类',
    'industry',
    'sector',
  ],
  place: [
    '区县',
    '所在地',
    '落地区县',
    '落户地',
    '落户区县',
    '地址',
    '所在区县',
    '项目地址',
    '落地地点',
    '建设地点',
    '建设地址',
    '项目地点',
    '实施地点',
    '选址',
    '项目选址',
    '所在园区',
    '落户园区',
    'district',
    'location',
    'address',
    'place',
  ],
  amount: [
    '投资额',
    '总投资',
    '计划总投资',
    '项目总投资',
    '协议投资',
    '协议投资额',
    '合同投资',
    '签约投资',
    '计划投资',
    'investment',
    'amount',
  ],
  investor: ['投资主体', '签约企业', '投资方', '投资企业', '建设单位', '业主单位', 'investor'],
  stage: [
    '阶段',
    '状态',
    '项目阶段',
    '进展',
    '项目进度',
    '进度',
    '推进情况',
    '进展情况',
    '项目进展',
    '项目状态',
    'stage',
    'status',
  ],
  date: ['签约时间', '签约日期', '开工时间', '开工日期', '日期', '时间', 'date', 'signed'],
} as const;

export type Field = keyof typeof FIELDS;
export const FIELD_IDS = Object.keys(FIELDS) as Field[];

/** A header as compared: NFKC, lower case, no spaces, no unit in brackets ("总投资（万元）" → 总投资). */
export const normHeader = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/\([^)]*\)$/, '');

const NAMES = FIELD_IDS.map((f) => ({ f, names: FIELDS[f].map(normHeader) }));
/** Every name, longest first (a header holding 项目进度 is the stage, not the project's name). */
const BY_LENGTH = NAMES.flatMap(({ f, names }) => names.map((n) => ({ f, n }))).sort(
  (a, b) => b.n.length - a.n.length,
);

/** The field a header names exactly, or null. */
export function exactField(header: string): Field | null {
  const h = normHeader(header);
  return NAMES.find((x) => x.names.includes(h))?.f ?? null;
}

/** The field a header holds (its longest recognised name), or null. */
export function heldField(header: string): Field | null {
  const h = normHeader(header);
  return BY_LENGTH.find((x) => x.n.length > 1 && h.includes(x.n))?.f ?? null;
}

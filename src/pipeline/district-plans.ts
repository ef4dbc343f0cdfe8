/**
 * District plans: a district's own plan read in depth. The one the seeds hold is 004, Qianjiang's
 * 三品 plan (2023): its "2+3+3" industries, its actions with their 2025 goals and the departments
 * that lead them. Another district's plan would be read the same way into the same record.
 *
 * - Pillars: the sentence that defines "2+3+3" ("“2”指…，主要包括…等产业；…").
 * - Actions: each paragraph that names its 牵头单位 (lead departments) is one action, under its
 *   part ("一、…") and numbered item ("（一）…"); its title is its first sentence.
 * - Goals: each sentence of an action that sets a 2025 figure; its items are the clauses with a
 *   number ("获证绿色食品160个"), value and unit parsed alongside the verbatim text.
 * Which pillar an action serves is a reading (by its item: agriculture and food → "2", industry →
 * the first "3", services → the second "3"; 四、强保障 serves all), recorded in the plan's note.
 */
import { cite, lineAt, type DocId, type Source } from './seed-text.ts';
import type {
  PillarRecord,
  GoalItem,
  GoalRecord,
  ActionRecord,
  DistrictPlanRecord,
} from '../data/types.ts';
export type { PillarRecord, GoalItem, GoalRecord, ActionRecord, DistrictPlanRecord };

/**
 * English titles of the 黔江 plan's actions — our translation (the document is Chinese only),
 * keyed by the title as the document writes it, so a new or reworded action fails the data build
 * instead of showing untranslated in English mode.
 */
export const ACTION_TITLES_EN: Readonly<Record<string, string>> = {
  '构建“绿色生态”的原产品品牌体系':
    'Build a "green and ecological" brand system for primary products',
  '构建“安全健康”的食品加工品牌体系': 'Build a "safe and healthy" brand system for food processing',
  '优化“卷烟及配套、铝材料、玻纤”等原材料产业品牌':
    'Improve the brands of raw-material industries (cigarettes and supplies, aluminium, glass fibre)',
  '优化“新能源、生物医药”等战兴产业品牌':
    'Improve the brands of strategic emerging industries (new energy, biomedicine)',
  打造文化旅游品牌: 'Build culture and tourism brands',
  打造大健康产业品牌: 'Build health-industry brands',
  丰富商业品牌供给: 'Widen the supply of commercial brands',
  实施特色农业品种培优行动: 'Improve distinctive agricultural varieties',
  实施消费品工业品种升级行动: 'Upgrade the range of consumer-goods products',
  实施服务业品种拓展行动: 'Widen the range of services',
  实施农产品有机生态特色保障行动: 'Safeguard organic, ecological and distinctive farm products',
  实施消费品工业质量提升行动: 'Raise the quality of consumer-goods manufacturing',
  实施服务产品业态创新行动: 'Innovate service products and formats',
  加强组织领导: 'Strengthen organisation and leadership',
  建立工作机制: 'Set up working mechanisms',
  强化政策支持: 'Strengthen policy support',
  加大宣传引导: 'Step up publicity and guidance',
};

function actionTitleEn(title: string): string {
  const en = ACTION_TITLES_EN[title];
  if (!en)
    throw new Error(`district plan: no English title for action "${title}" (ACTION_TITLES_EN)`);
  return en;
}

const PILLARS_EN: readonly string[] = [
  'Primary products and food processing',
  'Manufacturing: international, national and regional',
  'Living services: culture and tourism, health, commerce',
];

/** Numbered item → pillar positions (a reading). */
const ITEM_PILLARS: Readonly<Record<string, readonly string[]>> = {
  '（一）': ['2'],
  '（二）': ['3a'],
  '（三）': ['3b'],
  '（四）': ['2'],
  '（五）': ['3a'],
  '（六）': ['3b'],
  '（七）': ['2'],
  '（八）': ['3a'],
  '（九）': ['3b'],
};

const NOTE =
  '行动与“2+3+3”的对应为解读：农业品牌、农业品种、农产品质量对应“2”（原产和食品加工），制造业与消费品工业对应第一个“3”，生活服务业与服务产品对应第二个“3”；“强保障”各项服务全部产业。Which actions serve which pillar is a reading: agriculture and food → “2”, manufacturing and consumer goods → the first “3”, living services → the second “3”; the safeguards of part four serve all.';

/** Splits at 、 outside brackets and quotes. */
function splitList(s: string, seps = '、'): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if ('（(“'.includes(ch)) depth++;
    if ('）)”'.includes(ch)) depth--;
    if (depth === 0 && seps.includes(ch)) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter(Boolean);
}

const NUMBER = /(超)?(\d+(?:\.\d+)?)\s*(亿元|万元|万窝|万亩|个|家|项|%)?(以上|左右|以内)?/g;

function goalItems(sentence: string): GoalItem[] {
  const after = sentence.slice(sentence.indexOf('2025年') + '2025年'.length).replace(/^，/, '');
  const items: GoalItem[] = [];
  for (const clause of splitList(after.replace(/。$/, ''), '，；')) {
    let pending = '';
    for (const part of splitList(clause)) {
      const text = pending ? `${pending}、${part}` : part;
      const nums = [...text.matchAll(NUMBER)];
      const last = nums.at(-1);
      if (!last) {
        pending = text;
        continue;
      }
      pending = '';
      items.push({
        text,
        value: Number(last[2]),
        unit: last[3] ?? null,
        qualifier: last[4] ?? last[1] ?? null,
      });
    }
  }
  return items;
}

function unique(doc: DocId, text: string, quote: string): Source {
  const s = cite(doc, text, quote);
  if (text.indexOf(quote, text.indexOf(quote) + 1) >= 0)
    throw new Error(`seed ${doc}: "${quote.slice(0, 40)}" occurs twice; cite a longer quote`);
  return s;
}

function pillars(doc: DocId, text: string): PillarRecord[] {
  const re = /“(\d)”指(.+?)([两三])大(.+?)(?:，主要包括(.+?)等产业)?[；。]/g;
  const at = text.indexOf('“2”指');
  const sentence = text.slice(at, text.indexOf('。', at) + 1);
  const seen = new Map<string, number>();
  return [...sentence.matchAll(re)].map((m, i) => {
    const code = m[1]!;
    const n = (seen.get(code) ?? 0) + 1;
    seen.set(code, n);
    const id = code === '3' ? `3${'ab'[n - 1]}` : code;
    const kinds = m[2]!;
    const members = m[5] ? splitList(m[5]) : splitList(kinds.replace('和', '、'));
    return {
      id,
      code,
      name: `${kinds}${m[3]}大${m[4]}`,
      en: PILLARS_EN[i] ?? '',
      members,
      source: unique(doc, text, m[0]),
    };
  });
}

/** Reads a district plan laid out as 004 is (parts, numbered items, lead clauses). */
export function parseDistrictPlan(
  doc: DocId,
  text: string,
  meta: { id: string; place: string; title: string; titleEn: string },
): DistrictPlanRecord {
  const actions: ActionRecord[] = [];
  let part = '';
  let item = '';
  const lines = text.split('\n');
  let offset = 0;
  for (const raw of lines) {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.trim();
    if (!line) continue;
    if (/^[一二三四五六七八九十]、/.test(line)) part = line;
    const itemHead = /^（[一二三四五六七八九十]+）/.exec(line);
    if (itemHead) item = itemHead[0];
    const lead = /（牵头单位：([^；，）]+)[；，]责任单位：([^）]+)）/.exec(line);
    if (!lead) continue;
    const numbered = /^(\d+)\./.exec(line);
    const body = line.replace(/^（[一二三四五六七八九十]+）|^\d+\./, '');
    const titleSentence = body.slice(0, body.indexOf('。') + 1);
    const title = titleSentence.replace(/。$/, '');
    const goals = line
      .split(/(?<=。)/)
      .filter((s) => s.includes('2025年'))
      .map((s, i) => ({
        id: `${item}${numbered?.[1] ?? ''}:${i + 1}`,
        items: goalItems(s.trim()),
        source: unique(doc, text, s.trim()),
      }));
    const titleSource = unique(doc, text, titleSentence);
    if (titleSource.line !== lineAt(text, start)) throw new Error(`title "${title}" is elsewhere`);
    actions.push({
      id: `${item}${numbered?.[1] ?? ''}`,
      part,
      item,
      title,
      titleEn: actionTitleEn(title),
      pillars: [...(ITEM_PILLARS[item] ?? ['2', '3a', '3b'])],
      goals,
      departments: {
        lead: splitList(lead[1]!),
        partners: splitList(lead[2]!),
        source: unique(doc, text, lead[0]),
      },
      source: titleSource,
    });
  }
  return {
    id: meta.id,
    place: meta.place,
    doc,
    title: meta.title,
    titleEn: meta.titleEn,
    pillars: pillars(doc, text),
    actions,
    note: NOTE,
    source: cite(doc, text, `《${meta.title}》`),
  };
}

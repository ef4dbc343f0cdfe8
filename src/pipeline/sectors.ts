/**
 * The manufacturing plan's catalogue (002): the sector priorities of its 专栏2–专栏12 (新一代信息技术
 * … 原材料) and the 川渝 cooperation directions of 专栏17. Each entry is a paragraph
 * "领域：内容" under a 专栏 heading; the quote is the paragraph, verbatim.
 *
 * The seed breaks some paragraphs across a page ("…服务机器人" / "产品。"): a paragraph that neither
 * starts an entry nor ends the 专栏 continues the entry before it, and the quote keeps the break as
 * the seed has it. A 专栏 ends at the next numbered heading ("2. 新能源…", "（三）…", "(二)…") or at
 * a paragraph that does not start an entry after one that ended a sentence.
 *
 * Links are readings, curated below: 专栏11 (消费品) fields → rows of the consumer-goods layout table
 * (000), 专栏17 directions → the 川渝 cooperation entries of 000 they cover.
 */
import { lineAt, type Source } from './seed-text.ts';
import type { SectorRecord, DirectionRecord } from '../data/types.ts';
export type { SectorRecord, DirectionRecord };

/** English for the 专栏 titles (a new 专栏 without one fails the build). */
export const COLUMNS_EN: Readonly<Record<number, string>> = {
  2: 'New-generation information technology',
  3: 'New-energy and intelligent connected vehicles',
  4: 'High-end equipment',
  5: 'New materials',
  6: 'Biotechnology',
  7: 'Green and environmental protection',
  8: 'Electronics',
  9: 'Automobiles and motorcycles',
  10: 'Equipment manufacturing',
  11: 'Consumer goods',
  12: 'Raw materials',
};

/** 专栏11 field → layout rows it covers (a reading; see data/README.md). */
export const CONSUMER_FIELD_ROWS: Readonly<Record<string, readonly string[]>> = {
  食品: [
    '谷物磨制',
    '植物油加工',
    '屠宰及肉类加工',
    '蔬菜、菌类、水果和坚果加工',
    '方便食品制造',
    '乳制品制造',
    '调味品、发酵制品制造',
    '酒的制造',
    '饮料制造',
  ],
  特色纺织品: ['纺织业', '纺织服装、服饰业', '化学纤维制造业'],
  美妆产品: ['日用化学产品制造'],
  绿色包装制品: ['造纸和纸制品业', '塑料制品业', '玻璃制品制造'],
  烟草制品: ['卷烟制造'],
  其他新兴消费品: ['文教、工美、体育和娱乐用品制造业', '眼镜制造'],
};

/** English for the 专栏17 directions. */
export const DIRECTIONS_EN: Readonly<Record<string, string>> = {
  联手打造具有国际竞争力的电子信息产业集群:
    'Jointly build an internationally competitive electronic-information cluster',
  共建高水平汽车产业研发生产基地: 'Build a high-level automotive R&D and production base together',
  培育世界级装备制造产业集群: 'Grow a world-class equipment-manufacturing cluster',
  培育特色消费品产业集群: 'Grow distinctive consumer-goods clusters',
  壮大先进材料产业: 'Strengthen the advanced-materials industry',
  共建西部大健康产业基地: 'Build a western big-health industry base together',
  共建成渝工业互联网一体化发展示范区:
    'Build a Chengdu–Chongqing integrated industrial-internet demonstration zone',
};

/**
 * Which 000 cooperation entries a 专栏17 direction covers: every entry whose theme names one of
 * these words. The seven 000 entries are all consumer goods (food, cosmetics, glass and ceramics).
 */
export const DIRECTION_THEMES: Readonly<Record<string, readonly string[]>> = {
  培育特色消费品产业集群: ['食品', '美妆', '消费品', '调味品', '粮油', '肉制品', '玻陶'],
};

const ENTRY = /^([^：。，\n]{1,20})：/;
const END = /^(\d+\.\s|（|\(|专栏|[一二三四五六七八九十]、)/;

interface Paragraph {
  start: number;
  end: number;
  text: string;
}

function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    if (!m[0].trim()) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

interface RawEntry {
  column: number;
  columnTitle: string;
  field: string;
  start: number;
  end: number;
  bodyStart: number;
}

function entries(text: string): RawEntry[] {
  const paras = paragraphs(text);
  const out: RawEntry[] = [];
  for (let i = 0; i < paras.length; i++) {
    const head = /^专栏 ?(\d+) ?(.+)$/.exec(paras[i]!.text.trim());
    if (!head) continue;
    const column = Number(head[1]);
    const columnTitle = head[2]!.trim();
    let current: RawEntry | null = null;
    for (let j = i + 1; j < paras.length; j++) {
      const p = paras[j]!;
      const entry = ENTRY.exec(p.text);
      if (END.test(p.text)) break;
      if (entry) {
        current = {
          column,
          columnTitle,
          field: entry[1]!.trim(),
          start: p.start,
          end: p.end,
          bodyStart: p.start + entry[0].length,
        };
        out.push(current);
      } else if (current && !/[。；]$/.test(text.slice(current.start, current.end).trimEnd())) {
        current.end = p.end; // the entry continues after a page break
      } else break;
    }
  }
  return out;
}

function source(text: string, start: number, end: number): Source {
  const quote = text.slice(start, end).trimEnd();
  return { doc: '002', quote, line: lineAt(text, start) };
}

/** 专栏2–12 of 002, one record per field. */
export function parseSectors(text002: string): SectorRecord[] {
  return entries(text002)
    .filter((e) => e.column >= 2 && e.column <= 12)
    .map((e) => {
      const columnEn = COLUMNS_EN[e.column];
      if (!columnEn) throw new Error(`002 专栏${e.column}: no English title`);
      const rows = e.column === 11 ? CONSUMER_FIELD_ROWS[e.field] : [];
      if (!rows) throw new Error(`002 专栏11 field ${e.field}: no layout rows curated`);
      return {
        id: `专栏${e.column}:${e.field}`,
        column: e.column,
        columnTitle: e.columnTitle,
        columnEn,
        field: e.field,
        text: text002.slice(e.bodyStart, e.end).trimEnd(),
        rows: [...rows],
        source: source(text002, e.start, e.end),
      };
    });
}

/** 专栏17 of 002: the 川渝 cooperation directions, linked to 000's cooperation entries. */
export function parseDirections(
  text002: string,
  cooperation: readonly { id: string; theme: string }[],
): DirectionRecord[] {
  return entries(text002)
    .filter((e) => e.column === 17)
    .map((e) => {
      const titleEn = DIRECTIONS_EN[e.field];
      if (!titleEn) throw new Error(`002 专栏17 direction ${e.field}: no English title`);
      const words = DIRECTION_THEMES[e.field] ?? [];
      return {
        id: `专栏17:${e.field}`,
        title: e.field,
        titleEn,
        text: text002.slice(e.bodyStart, e.end).trimEnd(),
        cooperation: cooperation
          .filter((c) => words.some((w) => c.theme.includes(w)))
          .map((c) => c.id),
        source: source(text002, e.start, e.end),
      };
    });
}

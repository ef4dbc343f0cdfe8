/**
 * National priorities (003, the national light-industry guidance, 2022 draft): its 专栏1–4 list,
 * per light-industry sector, key technologies, upgraded products, digital and green-low-carbon
 * directions. Each entry is read from the seed's `<p><strong>sector</strong>：text</p>` paragraphs
 * inside a 专栏 (the seed is an HTML news page); the quote is the text, verbatim.
 *
 * Which sectors match which rows of Chongqing's layout table is a reading, curated below; rows with
 * no matching sector (textiles, tobacco, tea …: outside the guidance) say so in the app.
 */
import { cite, lineAt } from './seed-text.ts';
import type { PriorityKind, PriorityRecord } from '../data/types.ts';
export type { PriorityKind, PriorityRecord };

const KINDS: Record<string, PriorityKind> = {
  '1': 'technology',
  '2': 'product',
  '3': 'digital',
  '4': 'green',
};

/** Layout row → the guidance's sectors that cover it (a reading; see data/README.md). */
export const ROW_SECTORS: Readonly<Record<string, readonly string[]>> = {
  谷物磨制: ['粮油加工'],
  植物油加工: ['粮油加工'],
  屠宰及肉类加工: ['肉制品'],
  乳制品制造: ['乳制品和饮料', '乳制品'],
  '调味品、发酵制品制造': ['生物发酵', '食品添加剂'],
  酒的制造: ['酿酒'],
  饮料制造: ['乳制品和饮料'],
  制鞋业: ['皮革'],
  家具制造业: ['家具'],
  造纸和纸制品业: ['造纸'],
  '文教、工美、体育和娱乐用品制造业': ['文教体育用品', '玩具和婴童用品', '乐器'],
  日用化学产品制造: ['日用化学品', '香料香精化妆品', '洗涤用品'],
  塑料制品业: ['塑料制品'],
  玻璃制品制造: ['日用玻璃'],
  照明器具制造: ['照明电器'],
  眼镜制造: ['眼镜钟表'],
};

export function parsePriorities(text003: string): PriorityRecord[] {
  const heads = [...text003.matchAll(/专栏(\d) ([^<]+)/g)].map((m) => ({
    at: m.index,
    n: m[1]!,
    title: `专栏${m[1]} ${m[2]!.trim()}`,
  }));
  // Section headings "(七)…" end a 专栏.
  const sections = [...text003.matchAll(/<strong>\(/g)].map((m) => m.index);
  const out: PriorityRecord[] = [];
  const re = /<p><strong>([^<(（]{1,10}?)：?<\/strong>：?([^<]+)<\/p>/g;
  for (const m of text003.matchAll(re)) {
    const at = m.index;
    const head = heads.filter((h) => h.at < at).at(-1);
    if (!head || sections.some((s) => head.at < s && s < at)) continue;
    const sector = m[1]!.trim();
    const body = m[2]!.trim();
    const kind = KINDS[head.n];
    if (!kind) continue;
    const source = cite('003', text003, body);
    // cite() finds the first occurrence; the same text twice would cite the wrong 专栏.
    if (lineAt(text003, text003.indexOf(body)) !== lineAt(text003, at)) continue;
    out.push({
      id: `${kind}:${sector}`,
      sector,
      kind,
      column: head.title,
      text: body,
      rows: Object.entries(ROW_SECTORS)
        .filter(([, sectors]) => sectors.includes(sector))
        .map(([row]) => row),
      source,
    });
  }
  return out;
}

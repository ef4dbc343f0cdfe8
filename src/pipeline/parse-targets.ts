/**
 * Reads the targets tables of seed 000 (「重庆消费品工业"十四五"主要发展目标」, cell-per-line
 * layout) and seed 002 (专栏 1, tab-separated lines) into records. Values stay as the seed writes
 * them ("－", "[2-3]", "30 左右"); a number is parsed alongside where there is one.
 */
import { lineAt } from './seed-text.ts';
import type { TargetRecord } from '../data/types.ts';
export type { TargetRecord };

const UNIT = /[（(]\s*([^）)]+?)\s*[）)]\s*$/;

function unitOf(name: string): string | null {
  return UNIT.exec(name)?.[1] ?? null;
}

function numberOf(cell: string): number | null {
  const m = /^[><]?\s*(-?\d+(?:\.\d+)?)\s*(?:左右)?$/.exec(cell.trim());
  return m?.[1] !== undefined ? Number(m[1]) : null;
}

function rangeOf(cell: string): [number, number] | null {
  const c = cell
    .trim()
    .replace(/^\[|\]$/g, '')
    .replace(/%$/, '');
  const r = /^(-?\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(c);
  if (r?.[1] !== undefined && r[2] !== undefined) return [Number(r[1]), Number(r[2])];
  const n = numberOf(c);
  return n === null ? null : [n, n];
}

function cellsOfBlock(block: string): string[] {
  const cells: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('\t')) cells.push(line.slice(1));
    else if (cells.length > 0) cells[cells.length - 1] += line;
  }
  return cells.map((c) => c.trim());
}

const TITLE_000 = '重庆消费品工业“十四五”主要发展目标';

/** The consumer-goods targets table of seed 000. */
export function parseTargets000(text: string): TargetRecord[] {
  const start = text.indexOf(TITLE_000);
  const end = text.indexOf('注：[ ]内为规划期累计数', start);
  if (start < 0 || end < 0) throw new Error('seed 000: targets table not found');
  const bodyStart = text.indexOf('\n', start) + 1;
  const body = text.slice(bodyStart, end);
  const out: TargetRecord[] = [];
  let category = '';
  let cursor = 0;
  for (const block of body.split(/\n\n+/)) {
    const at = body.indexOf(block, cursor);
    cursor = at + block.length;
    const cells = cellsOfBlock(block);
    if (cells.length < 5 || !/^\d+$/.test(cells[0] ?? '')) continue; // header
    let name: string, type: string, v20: string, v25: string;
    if (cells.length === 6) {
      const [, cat = '', nm = '', t = '', a = '', b = ''] = cells;
      if (cat) category = cat;
      [name, type, v20, v25] = [nm, t, a, b];
    } else {
      const [, nm = '', t = '', a = '', b = ''] = cells;
      category = '';
      [name, type, v20, v25] = [nm, t, a, b];
    }
    out.push({
      id: `000-${cells[0]}`,
      doc: '000',
      category,
      name,
      unit: unitOf(name) ?? unitOf(category),
      type,
      value2020: v20,
      target2025: v25,
      growth: null,
      value2020Number: numberOf(v20),
      target2025Range: rangeOf(v25),
      cumulative: v25.startsWith('['),
      source: { doc: '000', quote: block.replace(/\n+$/, ''), line: lineAt(text, bodyStart + at) },
    });
  }
  return out;
}

const TITLE_002 = '专栏 1 重庆制造业“十四五”主要发展目标';

/** The manufacturing targets table (专栏 1) of seed 002. */
export function parseTargets002(text: string): TargetRecord[] {
  const start = text.indexOf(TITLE_002);
  const end = text.indexOf('- 注：', start);
  if (start < 0 || end < 0) throw new Error('seed 002: targets table (专栏 1) not found');
  const out: TargetRecord[] = [];
  let category = '';
  let offset = start;
  for (const line of text.slice(start, end).split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.length < 6 || cells[0] === '指标类别' || !cells[1]) continue;
    const [cat = '', name = '', type = '', v20 = '', v25 = '', growth = ''] = cells;
    if (cat) category = cat;
    out.push({
      id: `002-${out.length + 1}`,
      doc: '002',
      category,
      name,
      unit: unitOf(name),
      type,
      value2020: v20,
      target2025: v25,
      growth: growth || null,
      value2020Number: numberOf(v20),
      target2025Range: rangeOf(v25),
      cumulative: v25.startsWith('['),
      source: { doc: '002', quote: line, line: lineAt(text, lineStart) },
    });
  }
  return out;
}

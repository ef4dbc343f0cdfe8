/**
 * Where a sheet's header is. Office ledgers put a title above it ("2025年…招商引资项目台账", often
 * merged across), a 填报单位 / 统计截至 / 单位：万元 line, blank rows, and sometimes a header of two
 * rows whose upper cells are merged over the lower ones (投资（万元） over 总投资 | 已完成). The
 * finder reads the first rows, passes over those, scores the rest by the column names it
 * recognises (FIELDS in parse.ts), and says which row it took, which others could be it and why
 * the rows above were passed over — so the page can say "表头在第 3 行" and let the user choose
 * another. DOM-free.
 */
import { exactField, heldField } from './fields.ts';

/** Why a row above the header was not taken. */
export type PassedOver = 'blank' | 'title' | 'meta' | 'fewer-names';

export interface HeaderFound {
  /** 0-based index of the header's last row (the data start under it). */
  row: number;
  /** 2 when an upper row of merged cells was joined to it. */
  span: 1 | 2;
  /** The column names (upper and lower joined with "·" for a two-row header). */
  names: string[];
  /** Recognised column names in the row (exact ×2, held ×1): how sure the finder is. */
  score: number;
  /** Whether the user chose the row (else the finder did). */
  chosen: boolean;
  /** The rows above the header and why each was passed over. */
  above: { row: number; why: PassedOver }[];
  /** Rows that could be the header (0-based), best first, with their scores; the taken one too. */
  candidates: { row: number; score: number }[];
}

/** How many rows from the top the header is looked for in. */
export const HEADER_SCAN = 30;

const clean = (c: string | undefined) => (c ?? '').trim();
const filled = (r: readonly string[]) => r.filter((c) => clean(c) !== '');

/** 填报单位：…, 统计截至…, 单位：万元 — lines about the ledger, not columns of it. */
const META =
  /^(填报单位|填表单位|报送单位|填报人|填表人|填报日期|填表日期|报送日期|统计截至|统计截止|截至|截止|统计时间|统计日期|单位|金额单位|制表|制表人|审核|审核人|联系人|联系电话)\s*[:：]?/;
/** Words a ledger's title uses. */
const TITLE = /台账|一览表|清单|名单|名录|统计表|汇总表|情况表|项目表|明细表/;

/** A cell that is a value, not a name: a number, a date, an amount. */
const isValue = (c: string) =>
  /^[-+]?[\d,.]+\s*(%|万元|亿元|万|亿|元)?$/.test(c) ||
  /^\d{4}[-/.年]\d{1,2}([-/.月]\d{1,2}日?)?$/.test(c);

/** A row's score as a header: its recognised column names. */
export function headerScore(r: readonly string[]): number {
  let s = 0;
  for (const c of r) {
    const t = clean(c);
    if (!t || isValue(t)) continue;
    if (exactField(t)) s += 2;
    else if (heldField(t)) s += 1;
  }
  return s;
}

/** Why a row cannot be the header, or null when it can. */
function passOver(r: readonly string[]): PassedOver | null {
  const f = filled(r).map(clean);
  if (!f.length) return 'blank';
  if (META.test(f[0]!)) return 'meta';
  // One cell (a title merged across the sheet) that is not a column name; or a title's words.
  if (f.length === 1 && !exactField(f[0]!)) return 'title';
  if (f.length <= 2 && TITLE.test(f[0]!)) return 'title';
  return null;
}

/**
 * Whether `upper` is the merged top row of a two-row header over `lower`: a column where the
 * upper cell is blank (merged from its left) and the lower names it, and the lower row holds
 * names (no values) and either leaves a column blank under an upper name (merged downwards) or
 * has names the finder knows.
 */
function isUpperRow(upper: readonly string[], lower: readonly string[]): boolean {
  const width = Math.max(upper.length, lower.length);
  let under = false;
  let downward = false;
  for (let i = 0; i < width; i++) {
    const u = clean(upper[i]);
    const l = clean(lower[i]);
    if (l && isValue(l)) return false;
    if (u && isValue(u)) return false;
    if (!u && l && i > 0) under = true;
    if (u && !l) downward = true;
  }
  // A title or a 填报单位 line above the header is not its upper row, however its cells fall.
  if (passOver(upper) !== null) return false;
  return under && filled(upper).length >= 2 && (downward || headerScore(lower) > 0);
}

/**
 * Names of a two-row header: an upper name carries right over the blank cells merged with it
 * (while the lower row names them), and joins the lower name ("投资（万元）·总投资"); a cell
 * merged downwards keeps the upper name alone.
 */
export function joinHeader(upper: readonly string[], lower: readonly string[]): string[] {
  const width = Math.max(upper.length, lower.length);
  const out: string[] = [];
  let carry = '';
  for (let i = 0; i < width; i++) {
    const u = clean(upper[i]);
    const l = clean(lower[i]);
    if (u) carry = l ? u : '';
    const top = u || (l ? carry : '');
    out.push(top && l ? `${top}·${l}` : top || l);
  }
  return out;
}

/**
 * Finds the header in a sheet's cells, or takes row `chosen` (0-based) when the user picked it.
 * Null only for a sheet with nothing in it.
 */
export function findHeader(
  cells: readonly (readonly string[])[],
  chosen?: number,
): HeaderFound | null {
  const scan = Math.min(cells.length, Math.max(HEADER_SCAN, (chosen ?? 0) + 1));
  const scored: { row: number; score: number; why: PassedOver | null }[] = [];
  for (let i = 0; i < scan; i++) {
    const r = cells[i]!;
    scored.push({ row: i, score: headerScore(r), why: passOver(r) });
  }
  const open = scored.filter((s) => s.why === null);
  if (!open.length && chosen === undefined) return null;
  // The best-scored row; on a tie the first (a header comes before the rows it names). With no
  // names recognised at all, the first row that is not a title, note or blank. A later row takes
  // the place of an earlier one only as a header would: with a recognised name (score 2) and no
  // values (a data row's 序号, amounts and dates), so "某某项目" in a data row under a header of
  // unknown names does not make that row the header.
  const best = open.reduce<(typeof open)[number] | null>(
    (b, s) =>
      !b || (s.score > b.score && s.score >= 2 && !cells[s.row]!.some((c) => isValue(clean(c))))
        ? s
        : b,
    null,
  );
  let row = chosen ?? best!.row;
  let span: 1 | 2 = 1;
  let names = (cells[row] ?? []).map(clean);
  const upper = cells[row - 1];
  const lower = cells[row + 1];
  if (row > 0 && upper && isUpperRow(upper, cells[row]!)) {
    span = 2;
    names = joinHeader(upper, cells[row]!);
  } else if (chosen === undefined && lower && isUpperRow(cells[row]!, lower)) {
    span = 2;
    names = joinHeader(cells[row]!, lower);
    row++;
  }
  const top = row - span + 1;
  return {
    row,
    span,
    names,
    score: headerScore(names),
    chosen: chosen !== undefined,
    above: scored
      .slice(0, top)
      .map((s) => ({ row: s.row, why: s.why ?? ('fewer-names' as const) })),
    candidates: open
      .filter((s) => s.score > 0 || s.row === row)
      .sort((a, b) => b.score - a.score || a.row - b.row)
      .map(({ row: r, score }) => ({ row: r, score })),
  };
}

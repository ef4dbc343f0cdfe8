/**
 * Total rows in a ledger: 合计, 小计, 总计 (also spaced "合 计", and in a first cell merged across
 * the 序号 and 项目名称 columns, which leaves the label in whichever cell comes first). They are not
 * projects: they are kept out of the list, reported as totals, and checked against the sum of the
 * amount column of the projects they add up. DOM-free.
 */

export type TotalKind = '合计' | '小计' | '总计';

/** A total row as found: its sheet row, its label, and its amount (亿元, or 万美元) if it has one. */
export interface TotalRow {
  n: number;
  kind: TotalKind;
  label: string;
  amount: number | null;
  /** The sum of the projects' amounts it covers (null: no amount column, or none of them has one). */
  sum: number | null;
  /** How many projects it covers (a 小计 the ones since the last 小计; 合计/总计 all above it). */
  rows: number;
  /** Whether the amount and the sum agree (to the rounding a ledger shows); null when either is missing. */
  agrees: boolean | null;
}

const LABEL = /^(合计|小计|总计|共计)(?:$|[:：(（\d]|[^\p{L}])/u;

/** The kind of total a row is, from its first filled cell (in the first three columns), or null. */
export function totalKind(cells: readonly string[]): TotalKind | null {
  // Every label holds 计 (no compatibility form normalises to it): most rows stop here.
  if (!cells.slice(0, 3).some((c) => c.includes('计'))) return null;
  for (let i = 0; i < Math.min(cells.length, 3); i++) {
    const t = (cells[i] ?? '').normalize('NFKC').replace(/\s+/g, '');
    if (!t) continue;
    // A 序号 column holding a number comes before the label: only a total's label counts.
    const m = LABEL.exec(t);
    if (m) return (m[1] === '共计' ? '合计' : m[1]) as TotalKind;
    if (!/^\d+$/.test(t)) return null;
  }
  return null;
}

/**
 * Whether a total agrees with the sum: within half a unit of the last place the ledger shows
 * (0.005 of the unit the header states, here in 亿元: 万元 ledgers round to 0.01 万元) times
 * the rows summed, or a millionth of the total.
 */
export function agrees(total: number, sum: number, rows: number, step: number): boolean {
  return Math.abs(total - sum) <= Math.max(step * 0.5 * Math.max(1, rows), Math.abs(total) * 1e-6);
}

/**
 * Checks each total against the projects it covers. `items` is the sheet in order: projects
 * (their amount, null if none) and totals. A 小计 covers the projects since the last 小计 (or the
 * start); a 合计 or 总计 covers every project above it.
 */
export function checkTotals(
  items: readonly (
    | { total: false; amount: number | null }
    | { total: true; n: number; kind: TotalKind; label: string; amount: number | null }
  )[],
  step: number,
  hasAmountColumn: boolean,
): TotalRow[] {
  const out: TotalRow[] = [];
  const all = { sum: 0, rows: 0, amounts: 0 };
  let group = { sum: 0, rows: 0, amounts: 0 };
  for (const it of items) {
    if (!it.total) {
      for (const acc of [all, group]) {
        acc.rows++;
        if (it.amount !== null) {
          acc.sum += it.amount;
          acc.amounts++;
        }
      }
      continue;
    }
    const acc = it.kind === '小计' ? group : all;
    const sum = hasAmountColumn && acc.amounts ? acc.sum : null;
    out.push({
      n: it.n,
      kind: it.kind,
      label: it.label,
      amount: it.amount,
      sum,
      rows: acc.rows,
      agrees: it.amount === null || sum === null ? null : agrees(it.amount, sum, acc.rows, step),
    });
    if (it.kind === '小计') group = { sum: 0, rows: 0, amounts: 0 };
  }
  return out;
}

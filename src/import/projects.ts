/**
 * A user's project list on the plan: every row accounted for — resolved, partly resolved or
 * unresolved, with its reasons — and each resolved row's plan fit with its citations. Pure: the
 * worker runs it, tests call it directly.
 */
import type { DataFiles } from '../data/types.ts';
import { createFitIndex, type Fit } from './fit.ts';
import {
  amountIn100m,
  headerUnit,
  isoDate,
  otherCurrency,
  type AmountUnit,
  type Field,
} from './parse.ts';
import { createResolver, type IndustryMatch, type PlaceMatch } from './resolve.ts';
import { checkTotals, totalKind, type TotalKind, type TotalRow } from './totals.ts';

export type RowIssue =
  | { kind: 'empty' }
  | { kind: 'duplicate'; of: number }
  | { kind: 'place'; match: Exclude<PlaceMatch, { ok: true }> }
  | { kind: 'industry'; match: Exclude<IndustryMatch, { ok: true }> }
  | { kind: 'amount'; value: string }
  /**
   * An amount in another currency than its column's (500万美元 in a 万元 column): not converted
   * (no exchange rate is in the seeds), not in the sums. `column`: the unit the column is read in.
   */
  | { kind: 'currency'; value: string; column: '亿元' | '万美元' }
  /**
   * A place outside Chongqing (泸州, in Sichuan): Chongqing's plans do not lay out its industries,
   * so the verdict can only say where they put the industry (and any 川渝 entry of the place).
   */
  | { kind: 'outside'; place: string; province: string }
  /** Cells of the row (A1 style) holding a formula with no saved value: read as blank. */
  | { kind: 'formula'; cells: string[] }
  | { kind: 'date'; value: string };

export type RowStatus = 'resolved' | 'partial' | 'unresolved';

export interface ProjectRow {
  /** Row number in the sheet (1 = the sheet's first row, title and header rows counted). */
  n: number;
  name: string;
  investor: string;
  placeText: string;
  industryText: string;
  stage: string;
  amount: number | null;
  date: string | null;
  place: Extract<PlaceMatch, { ok: true }> | null;
  industry: Extract<IndustryMatch, { ok: true }> | null;
  fit: Fit | null;
  status: RowStatus;
  issues: RowIssue[];
}

/** The amount column's unit: as its header states it (or assumed), and as the report gives it. */
export interface AmountInfo {
  header: string;
  /** The unit the header states; null when it states none (亿元 assumed). */
  stated: AmountUnit | null;
  /** The unit of `amount` in the rows and the report: 亿元, or 万美元 (no exchange rate is used). */
  unit: '亿元' | '万美元';
}

export interface ProjectList {
  rows: ProjectRow[];
  counts: Record<RowStatus, number>;
  /** Total rows (合计/小计/总计): not projects; each checked against the sum it states. */
  totals: TotalRow[];
  /** Null when no column is mapped to the amount. */
  amount: AmountInfo | null;
  /**
   * Every cell of the sheet (A1 style) holding a formula with no saved value (a workbook written
   * by a program that does not calculate): read as blank, and said — never a silent blank.
   */
  uncalculated: string[];
}

export type Mapping = Record<Field, number>;

/** A function of one text cell, computed once per distinct text. */
function memo<R>(fn: (s: string) => R): (s: string) => R {
  const m = new Map<string, R>();
  return (s) => {
    let r = m.get(s);
    if (r === undefined) m.set(s, (r = fn(s)));
    return r;
  };
}

/** The issue of a place outside Chongqing, or null (a Chongqing place, or none). */
export function outsideIssue(
  data: DataFiles,
  place: { id: string } | null,
): Extract<RowIssue, { kind: 'outside' }> | null {
  if (!place) return null;
  const p = data.places.find((x) => x.id === place.id);
  return p && p.province !== 'chongqing'
    ? { kind: 'outside', place: p.id, province: p.province }
    : null;
}

/**
 * The one row-status rule (the import and a hand fix both use it): an empty row is unresolved;
 * otherwise resolved when both place and industry are, partial when one is.
 */
export function rowStatus(r: Pick<ProjectRow, 'place' | 'industry' | 'issues'>): RowStatus {
  if (r.issues.some((x) => x.kind === 'empty')) return 'unresolved';
  return r.place && r.industry ? 'resolved' : r.place || r.industry ? 'partial' : 'unresolved';
}

/**
 * Resolves every row; the same cells give the same result. `lines` are the rows' numbers in the
 * sheet (parse.ts keeps them); without them the rows are numbered from 2, under a one-row header.
 * Total rows (合计/小计/总计) are taken out and checked, not resolved.
 */
export function resolveProjects(
  data: DataFiles,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: Mapping,
  lines?: readonly number[],
  uncalculated: readonly string[] = [],
): ProjectList {
  const resolver = createResolver(data);
  const fits = createFitIndex(data);
  const cell = (r: readonly string[], f: Field) =>
    mapping[f] >= 0 ? (r[mapping[f]] ?? '').trim() : '';
  const amountHeader = mapping.amount >= 0 ? (header[mapping.amount] ?? '') : '';
  const stated = mapping.amount >= 0 ? headerUnit(amountHeader) : null;
  const unit = stated === '万美元' ? '万美元' : '亿元';
  const seen = new Map<string, number>();
  // Uncalculated formulas by sheet row (a ref's row number is the sheet's, as a row's `n`).
  const formulas = new Map<number, string[]>();
  for (const ref of uncalculated) {
    const n = Number(/\d+$/.exec(ref)?.[0]);
    formulas.set(n, [...(formulas.get(n) ?? []), ref]);
  }
  // A ledger repeats its dates and amounts: each distinct cell read once.
  const amountOf = memo((c: string) => amountIn100m(c, amountHeader));
  const dateOf = memo(isoDate);
  const outsideOf = memo((id: string) => outsideIssue(data, { id }));
  const out: ProjectRow[] = [];
  type Item =
    | { total: false; amount: number | null }
    | { total: true; n: number; kind: TotalKind; label: string; amount: number | null };
  const items: Item[] = [];
  rows.forEach((r, i) => {
    const n = lines?.[i] ?? i + 2;
    const kind = totalKind(r);
    if (kind) {
      const a = amountOf(cell(r, 'amount'));
      const label = r.find((c) => c.trim())!.trim();
      items.push({ total: true, n, kind, label, amount: a.ok ? a.value : null });
      return;
    }
    const row = resolveRow(r, n);
    items.push({ total: false, amount: row.amount });
    out.push(row);
  });
  function resolveRow(r: readonly string[], n: number): ProjectRow {
    const issues: RowIssue[] = [];
    const name = cell(r, 'name');
    const placeText = cell(r, 'place');
    const industryText = cell(r, 'industry');
    if (!name && !placeText && !industryText) issues.push({ kind: 'empty' });
    const key = `${name}\u0000${placeText}\u0000${industryText}`;
    const first = seen.get(key);
    if (first !== undefined && (name || placeText || industryText))
      issues.push({ kind: 'duplicate', of: first });
    else seen.set(key, n);
    const pm = resolver.place(placeText);
    if (!pm.ok) issues.push({ kind: 'place', match: pm });
    const im = resolver.industry(industryText);
    if (!im.ok) issues.push({ kind: 'industry', match: im });
    const amountCell = cell(r, 'amount');
    const amount = amountOf(amountCell);
    if (!amount.ok)
      issues.push(
        otherCurrency(amountCell, amountHeader)
          ? { kind: 'currency', value: amountCell, column: unit }
          : { kind: 'amount', value: amountCell },
      );
    const dateCell = cell(r, 'date');
    const date = dateOf(dateCell);
    if (!date.ok) issues.push({ kind: 'date', value: dateCell });
    const blank = formulas.get(n);
    if (blank) issues.push({ kind: 'formula', cells: blank });
    const place = pm.ok ? pm : null;
    const industry = im.ok ? im : null;
    const outside = place && outsideOf(place.id);
    if (outside) issues.push(outside);
    return {
      n,
      name,
      investor: cell(r, 'investor'),
      placeText,
      industryText,
      stage: cell(r, 'stage'),
      amount: amount.ok ? amount.value : null,
      date: date.ok ? date.value : null,
      place,
      industry,
      fit: place && industry ? fits.fit(place.id, industry) : null,
      status: rowStatus({ place, industry, issues }),
      issues,
    };
  }
  const counts = { resolved: 0, partial: 0, unresolved: 0 };
  for (const r of out) counts[r.status]++;
  // The rounding a ledger shows: 0.01 of the unit its header states, in the unit amounts are in.
  const step = stated === '万元' ? 0.01 / 1e4 : stated === '元' ? 0.01 / 1e8 : 0.01;
  return {
    rows: out,
    counts,
    totals: checkTotals(items, step, mapping.amount >= 0),
    amount: mapping.amount >= 0 ? { header: amountHeader, stated, unit } : null,
    uncalculated: [...uncalculated],
  };
}

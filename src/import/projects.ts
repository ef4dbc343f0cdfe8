/**
 * A user's project list on the plan: every row accounted for — resolved, partly resolved or
 * unresolved, with its reasons — and each resolved row's plan fit with its citations. Pure: the
 * worker runs it, tests call it directly.
 */
import type { DataFiles } from '../data/types.ts';
import { createFitIndex, type Fit } from './fit.ts';
import { amountIn100m, isoDate, type Field } from './parse.ts';
import { createResolver, type IndustryMatch, type PlaceMatch } from './resolve.ts';

export type RowIssue =
  | { kind: 'empty' }
  | { kind: 'duplicate'; of: number }
  | { kind: 'place'; match: Exclude<PlaceMatch, { ok: true }> }
  | { kind: 'industry'; match: Exclude<IndustryMatch, { ok: true }> }
  | { kind: 'amount'; value: string }
  | { kind: 'date'; value: string };

export type RowStatus = 'resolved' | 'partial' | 'unresolved';

export interface ProjectRow {
  /** Row number in the file (1 = first data row). */
  n: number;
  name: string;
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

export interface ProjectList {
  rows: ProjectRow[];
  counts: Record<RowStatus, number>;
}

export type Mapping = Record<Field, number>;

/**
 * The one row-status rule (the import and a hand fix both use it): an empty row is unresolved;
 * otherwise resolved when both place and industry are, partial when one is.
 */
export function rowStatus(r: Pick<ProjectRow, 'place' | 'industry' | 'issues'>): RowStatus {
  if (r.issues.some((x) => x.kind === 'empty')) return 'unresolved';
  return r.place && r.industry ? 'resolved' : r.place || r.industry ? 'partial' : 'unresolved';
}

/** Resolves every row; the same cells give the same result. */
export function resolveProjects(
  data: DataFiles,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: Mapping,
): ProjectList {
  const resolver = createResolver(data);
  const fits = createFitIndex(data);
  const cell = (r: readonly string[], f: Field) =>
    mapping[f] >= 0 ? (r[mapping[f]] ?? '').trim() : '';
  const seen = new Map<string, number>();
  const out: ProjectRow[] = rows.map((r, i) => {
    const n = i + 1;
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
    const amount = amountIn100m(
      amountCell,
      mapping.amount >= 0 ? (header[mapping.amount] ?? '') : '',
    );
    if (!amount.ok) issues.push({ kind: 'amount', value: amountCell });
    const dateCell = cell(r, 'date');
    const date = isoDate(dateCell);
    if (!date.ok) issues.push({ kind: 'date', value: dateCell });
    const place = pm.ok ? pm : null;
    const industry = im.ok ? im : null;
    return {
      n,
      name,
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
  });
  const counts = { resolved: 0, partial: 0, unresolved: 0 };
  for (const r of out) counts[r.status]++;
  return { rows: out, counts };
}

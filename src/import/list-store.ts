/**
 * The user's list as this device keeps it, and every change to it, as pure functions: what a
 * write does to the kept state (so two tabs never lose each other's work silently), which fixes
 * survive a new column mapping, applying a fix to a row, and the list's counts and filters. No
 * DOM and no storage here: saved.ts keeps the state, list-session.ts drives it, the view renders.
 */
import type { DataFiles } from '../data/types.ts';
import { createFitIndex, VERDICTS, type Verdict } from './fit.ts';
import {
  outsideIssue,
  rowStatus,
  type Mapping,
  type ProjectList,
  type ProjectRow,
} from './projects.ts';
import { createResolver } from './resolve.ts';
import type { ProjectMarks } from '../types/projects.ts';

/** The two cells a user can correct by hand. */
export type FixField = 'place' | 'industry';

/**
 * A user's correction of one cell. `col` is the column the corrected text was read from: the fix
 * applies while that field is still read from that column, and not after a remap moves it.
 */
export interface Fix {
  n: number;
  field: FixField;
  value: string;
  col: number;
}

/** The kept list, without its input (stored apart: a fix rewrites this, never the file). */
export interface ListMeta {
  /** New for every import: a write meant for another list is refused, never applied to this. */
  id: string;
  name: string;
  mapping: Mapping | null;
  /**
   * The header row the user chose (0-based in the sheet), or null/absent for the finder's: kept
   * with the list so a reload and every other tab read the file the same way.
   */
  headerRow?: number | null;
  /** The workbook's sheet the user chose (absent: the first holding a table, as read). */
  sheet?: number;
  fixes: Fix[];
  savedAt: string;
}

/** One revision of what the device keeps; `list: null` is a clear (final, with its revision). */
export interface Stored {
  rev: number;
  list: ListMeta | null;
}

export const NOTHING_STORED: Stored = { rev: 0, list: null };

/** A change a tab asks for. Import and clear are the user replacing the list: they always win. */
export type Op =
  | { kind: 'import'; list: ListMeta }
  | { kind: 'clear' }
  /** `headerRow`: the header row the fixing tab read the file with (a fix is for that reading). */
  | { kind: 'fix'; id: string; fix: Fix; headerRow: number | null }
  | { kind: 'remap'; id: string; mapping: Mapping }
  /** Another header row, and the mapping the worker made of its names. */
  | { kind: 'reheader'; id: string; headerRow: number; mapping: Mapping };

/** Why a write was refused: the list it was meant for is no longer the kept one, or moved. */
export type Refusal = 'cleared' | 'replaced' | 'columns-changed' | 'header-changed';

/** The header row a kept list is read with (null: the finder's). */
export const headerRowOf = (m: ListMeta): number | null => m.headerRow ?? null;

export type Outcome =
  | {
      kind: 'done';
      /** Other tabs wrote since this tab last read: their changes are kept alongside. */
      merged: boolean;
      /** For a remap: the fixes that no longer apply (their field now reads another column). */
      dropped: Fix[];
    }
  | { kind: 'refused'; why: Refusal };

/**
 * What `op` does to the kept state `current`, asked by a tab that last saw revision `seen`.
 * Fixes to one list merge row by row (a later fix of the same cell replaces the earlier); a fix
 * or remap for a list that was cleared or replaced meanwhile is refused, so a stale tab can never
 * bring back a cleared list or overwrite a newer one. `next` is null when nothing is written.
 */
export function applyOp(
  current: Stored,
  op: Op,
  seen: number,
): { next: Stored | null; outcome: Outcome } {
  const rev = current.rev + 1;
  const merged = current.rev !== seen;
  if (op.kind === 'import')
    return { next: { rev, list: op.list }, outcome: { kind: 'done', merged: false, dropped: [] } };
  if (op.kind === 'clear')
    return { next: { rev, list: null }, outcome: { kind: 'done', merged: false, dropped: [] } };
  const list = current.list;
  if (!list) return { next: null, outcome: { kind: 'refused', why: 'cleared' } };
  if (list.id !== op.id) return { next: null, outcome: { kind: 'refused', why: 'replaced' } };
  if (op.kind === 'fix') {
    const f = op.fix;
    if (headerRowOf(list) !== op.headerRow)
      return { next: null, outcome: { kind: 'refused', why: 'header-changed' } };
    if (!list.mapping || list.mapping[f.field] !== f.col)
      return { next: null, outcome: { kind: 'refused', why: 'columns-changed' } };
    const fixes = [...list.fixes.filter((x) => !(x.n === f.n && x.field === f.field)), f];
    return {
      next: { rev, list: { ...list, fixes } },
      outcome: { kind: 'done', merged, dropped: [] },
    };
  }
  const headerRow = op.kind === 'reheader' ? op.headerRow : headerRowOf(list);
  const { kept, dropped } = keepFixes(list.fixes, op.mapping, headerRow);
  return {
    next: { rev, list: { ...list, mapping: op.mapping, headerRow, fixes: kept } },
    outcome: { kind: 'done', merged, dropped },
  };
}

/**
 * Under a new mapping (or header row), a fix still applies when its field is read from the same
 * column and its row is still a project row — under the header (`headerRow` 0-based, so sheet
 * rows up to headerRow + 1 are the header and above; row numbers are the sheet's).
 */
export function keepFixes(
  fixes: readonly Fix[],
  mapping: Mapping,
  headerRow: number | null = null,
): { kept: Fix[]; dropped: Fix[] } {
  const kept: Fix[] = [];
  const dropped: Fix[] = [];
  const below = (f: Fix) => headerRow === null || f.n > headerRow + 1;
  for (const f of fixes) (mapping[f.field] === f.col && below(f) ? kept : dropped).push(f);
  return { kept, dropped };
}

/** The resolvers a fix needs, made once per list view (the first fix pays for them). */
export interface FixContext {
  data: DataFiles;
  resolver: ReturnType<typeof createResolver>;
  fits: ReturnType<typeof createFitIndex>;
}

export function fixContext(data: DataFiles): () => FixContext {
  let ctx: FixContext | null = null;
  return () => (ctx ??= { data, resolver: createResolver(data), fits: createFitIndex(data) });
}

/** Rows by their number (the file's), for fixes: numbers need not be 1…n in order. */
export function rowIndex(list: ProjectList): Map<number, ProjectRow> {
  return new Map(list.rows.map((r) => [r.n, r]));
}

/**
 * Applies fixes to a list in place: each fixed row resolved again (one row: microseconds) and the
 * counts redone. Returns the rows it changed; fixes for rows the list does not have are skipped.
 */
export function applyFixes(
  list: ProjectList,
  fixes: readonly Fix[],
  ctx: FixContext,
  index = rowIndex(list),
): ProjectRow[] {
  const changed: ProjectRow[] = [];
  for (const f of fixes) {
    const row = index.get(f.n);
    if (!row) continue;
    if (f.field === 'place') row.placeText = f.value;
    else row.industryText = f.value;
    const pm = ctx.resolver.place(row.placeText);
    const im = ctx.resolver.industry(row.industryText);
    row.place = pm.ok ? pm : null;
    row.industry = im.ok ? im : null;
    row.issues = row.issues.filter(
      (i) => i.kind !== 'place' && i.kind !== 'industry' && i.kind !== 'outside',
    );
    if (!pm.ok) row.issues.push({ kind: 'place', match: pm });
    if (!im.ok) row.issues.push({ kind: 'industry', match: im });
    const outside = outsideIssue(ctx.data, row.place);
    if (outside) row.issues.push(outside);
    row.status = rowStatus(row);
    row.fit = row.place && row.industry ? ctx.fits.fit(row.place.id, row.industry) : null;
    changed.push(row);
  }
  if (changed.length) list.counts = countStatus(list.rows);
  return changed;
}

export function countStatus(rows: readonly ProjectRow[]): ProjectList['counts'] {
  const counts = { resolved: 0, partial: 0, unresolved: 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}

/** Which rows the report shows: all, one verdict, or the rows with an issue. */
export type RowFilter = Verdict | 'issues' | '';

export function filterRows(list: ProjectList, filter: RowFilter): ProjectRow[] {
  if (filter === '') return list.rows;
  if (filter === 'issues') return list.rows.filter((r) => r.issues.length > 0);
  return list.rows.filter((r) => r.fit?.verdict === filter);
}

export function verdictCounts(list: ProjectList): Record<Verdict, number> {
  const by = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const r of list.rows) if (r.fit) by[r.fit.verdict]++;
  return by;
}

/** The marks the map and panels show for a list: counts by place and verdict. */
export function marksOf(name: string, list: ProjectList): ProjectMarks {
  const byPlace: ProjectMarks['byPlace'] = {};
  let total = 0;
  for (const r of list.rows) {
    if (!r.place) continue;
    const c = (byPlace[r.place.id] ??= {
      planned: 0,
      supported: 0,
      elsewhere: 0,
      priority: 0,
      none: 0,
    });
    c[r.fit?.verdict ?? 'none']++;
    total++;
  }
  return { name, total, byPlace };
}

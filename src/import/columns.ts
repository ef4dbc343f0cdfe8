/**
 * Which columns the page shows of a wide sheet (the mapping's choices and the preview): shared by
 * the worker, which sends the preview's cells of those columns only, and the view, which draws
 * them. Pure.
 */

/** Columns offered in each mapping select and shown in the preview, at most. */
export const MAX_COLUMNS = 100;

/**
 * The columns the mapping and the preview show: the first MAX_COLUMNS and every mapped one. A
 * 5,000-column file drew 7 × 5,000 options and a 5,000-column preview in one 2.4 s task.
 */
export function shownColumns(
  header: readonly string[],
  mapping: Readonly<Record<string, number>>,
): number[] {
  const mapped = Object.values(mapping).filter((i) => i >= MAX_COLUMNS);
  const first = Array.from({ length: Math.min(header.length, MAX_COLUMNS) }, (_, i) => i);
  return [...first, ...[...new Set(mapped)].sort((a, b) => a - b)];
}

/**
 * A preview row with the cells of `cols` only, each at its own index (the others are holes): a
 * 5,000-column sheet's preview was 25,000 strings copied to the page, which shows 500 of them.
 */
export function previewRow(row: readonly string[], cols: readonly number[]): string[] {
  const out: string[] = [];
  for (const i of cols) if (i < row.length) out[i] = row[i]!;
  out.length = row.length;
  return out;
}

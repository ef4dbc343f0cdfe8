/** Pure helpers of the benchmark: statistics, resource classes, ratios, budgets, the table. */

export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The p-th percentile (0–100), nearest-rank. */
export function percentile(xs: readonly number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(s.length, rank) - 1]!;
}

export function max(xs: readonly number[]): number {
  return xs.length ? Math.max(...xs) : NaN;
}

/** Ratios a[i] / b[i] of interleaved pairs (A B A B …), so machine noise hits both sides alike. */
export function pairRatios(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.min(a.length, b.length);
  return Array.from({ length: n }, (_, i) => a[i]! / b[i]!);
}

export type ResourceClass = 'js' | 'css' | 'data' | 'geometry' | 'html' | 'other';

/** What a loaded resource is, from its URL (data and geometry ship as their own chunks). */
export function classify(url: string): ResourceClass {
  const path = new URL(url, 'http://x/').pathname;
  if (/boundaries|\.topo\.|geometry/.test(path)) return 'geometry';
  if (/\/data-[^/]*\.js$|\/data\/|seeds\/|\.json$/.test(path)) return 'data';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.html?$|\/$/.test(path)) return 'html';
  return 'other';
}

export interface Transfer {
  gzip: Record<ResourceClass, number>;
  brotli: Record<ResourceClass, number>;
}

export function emptyTransfer(): Transfer {
  const z = (): Record<ResourceClass, number> => ({
    js: 0,
    css: 0,
    data: 0,
    geometry: 0,
    html: 0,
    other: 0,
  });
  return { gzip: z(), brotli: z() };
}

export function total(r: Record<ResourceClass, number>): number {
  return Object.values(r).reduce((a, b) => a + b, 0);
}

export interface Budget {
  name: string;
  /** The measured value, or null when it was not measured in this run. */
  value: number | null;
  limit: number;
  /** 'max': value ≤ limit; 'under': value < limit (a budget worded "under"); 'min': value ≥ limit. */
  kind: 'max' | 'under' | 'min';
  unit: string;
}

export interface BudgetResult extends Budget {
  ok: boolean | null;
}

export function checkBudgets(budgets: readonly Budget[]): BudgetResult[] {
  return budgets.map((b) => ({
    ...b,
    ok:
      b.value === null || Number.isNaN(b.value)
        ? null
        : b.kind === 'max'
          ? b.value <= b.limit
          : b.kind === 'under'
            ? b.value < b.limit
            : b.value >= b.limit,
  }));
}

/** A plain-text table with aligned columns. */
export function table(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const cells = [header, ...rows].map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => String(c).padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [
    line(cells[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

export function fmt(n: number): string {
  if (Number.isNaN(n)) return '–';
  if (Math.abs(n) >= 100) return String(Math.round(n));
  return n.toFixed(Math.abs(n) >= 10 ? 1 : 2);
}

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
}

/** The median of each score over several Lighthouse audits. */
export function medianScores(runs: readonly LighthouseScores[]): LighthouseScores {
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: median(runs.map((r) => r.accessibility)),
    bestPractices: median(runs.map((r) => r.bestPractices)),
  };
}

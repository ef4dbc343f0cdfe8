/**
 * The lists the bench imports, as bytes: shared by `bench/run.ts` (its import figures) and
 * `bench/probes/import-tasks.ts` (what each long task of an import is made of), so the probe
 * looks at the same files the budgets are measured on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/lib/seeds.ts';
import { delimited } from '../tests/fixtures/ledger.ts';

/** A project list of `n` rows: the shipped sample's rows repeated, each name made unique. */
export function projectList(n: number): Buffer {
  const [head, ...rows] = readFileSync(join(ROOT, 'src', 'import', 'sample-projects.csv'), 'utf8')
    .trim()
    .split('\n');
  const body = Array.from({ length: n }, (_, i) => {
    const r = rows[i % rows.length]!;
    // Vary the name (first cell) so no row is a duplicate of another.
    return r.startsWith('"') || r.startsWith(',') ? r : r.replace(/^[^,]*/, (m) => `${m}${i}`);
  });
  return Buffer.from([head, ...body].join('\n') + '\n', 'utf8');
}

/** A CSV `cols` columns wide (project, industry, place, then numbered columns), `n` rows. */
export function wideList(cols = 5_000, n = 100): Buffer {
  const head = [
    '项目名称',
    '行业',
    '区县',
    ...Array.from({ length: cols - 3 }, (_, i) => `列${i + 4}`),
  ];
  const rows = Array.from({ length: n }, (_, r) => [
    `项目${r + 1}`,
    '白酒',
    '江津',
    ...Array.from({ length: cols - 3 }, (_, i) => String(i + r)),
  ]);
  return Buffer.from(delimited([head, ...rows]), 'utf8');
}

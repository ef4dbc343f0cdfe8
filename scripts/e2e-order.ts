/**
 * npm run test:e2e-order: do the e2e tests stand alone, in any order? (issue 21). For a sample of
 * e2e files, each run on its own (no other file before it):
 *   - in the order the tests are written (E2E_ORDER=declared),
 *   - shuffled with `--seeds` other seeds (E2E_SEED, as vitest.e2e.config.ts takes it),
 *   - and `--alone` of its tests each run by itself (`-t`, a fresh vitest process).
 * A test that passes only after another one (state it left, a list it filled) fails here.
 *
 *   tsx scripts/e2e-order.ts [--files map,offline] [--sample 3] [--seeds 2] [--alone 2] [--seed N]
 *
 * Without --files, `--sample` files are drawn with the seed (printed: --seed repeats the run).
 * Expects dist/ and dist-offline/ built (the npm script builds them). Slow by design (minutes per
 * file on two cores): not part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './lib/seeds.ts';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const seed = Number(arg('seed', String(Date.now() % 1_000_000)));
const SEEDS = Number(arg('seeds', '2'));
const ALONE = Number(arg('alone', '2'));
const SAMPLE = Number(arg('sample', '3'));

/** mulberry32: the same draw for the same seed. */
function random(s: number): () => number {
  let a = s;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(seed);
const pick = <T>(xs: readonly T[], n: number): T[] =>
  xs
    .map((x) => [rand(), x] as const)
    .sort((a, b) => a[0] - b[0])
    .slice(0, n)
    .map(([, x]) => x);

const E2E = join(ROOT, 'tests', 'e2e');
const all = readdirSync(E2E)
  .filter((f) => f.endsWith('.e2e.ts'))
  .map((f) => f.replace(/\.e2e\.ts$/, ''))
  .sort();
const files = process.argv.includes('--files')
  ? arg('files', '').split(',').filter(Boolean)
  : pick(all, SAMPLE);
for (const f of files) if (!all.includes(f)) throw new Error(`no tests/e2e/${f}.e2e.ts`);

interface Run {
  file: string;
  how: string;
  ok: boolean;
  seconds: number;
  tail: string;
}

function vitest(
  args: string[],
  env: Record<string, string>,
  command: 'run' | 'list' = 'run',
): { ok: boolean; out: string } {
  const r = spawnSync(
    'npx',
    [
      'vitest',
      command,
      '--config',
      'vitest.e2e.config.ts',
      // The default reporter only: the suite's JSON report (.cache/test-results) is left alone.
      ...(command === 'run' ? ['--reporter', 'default'] : []),
      ...args,
    ],
    { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

/** The tests of a file as vitest lists them ("describe > test"); `--json` last (before a path it
 * would name the file to write). */
function testsOf(file: string): string[] {
  const { out } = vitest([file, '--json'], {}, 'list');
  const json = out.slice(out.indexOf('['), out.lastIndexOf(']') + 1);
  return (JSON.parse(json) as { name: string }[]).map((t) => t.name);
}

/** A `-t` pattern for exactly this test: its own name, escaped, at the end of the full name. */
const only = (name: string) =>
  `${(name.split(' > ').at(-1) ?? name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;

const runs: Run[] = [];
function record(file: string, how: string, args: string[], env: Record<string, string>) {
  const t0 = Date.now();
  const run0 = vitest(args, env);
  const out = run0.out;
  // A run in which no test ran (a `-t` that matched nothing) proves nothing: it fails here.
  // eslint-disable-next-line no-control-regex
  const plain = out.replace(/\u001b\[[0-9;]*m/g, '');
  const passed = Number(/Tests\s+(?:.*?\b)?(\d+) passed/.exec(plain)?.[1] ?? 0);
  const ok = run0.ok && passed > 0;
  const tail = out
    .split('\n')
    .filter((l) => /FAIL|AssertionError|Error:|×/.test(l))
    .slice(0, 12)
    .join('\n');
  const run = { file, how, ok, seconds: Math.round((Date.now() - t0) / 1000), tail };
  runs.push(run);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${file} — ${how} (${run.seconds} s)`);
  if (!ok) console.log(tail);
}

console.log(
  `e2e-order: seed ${seed} (--seed ${seed} repeats it); files: ${files.join(', ')}; ` +
    `${SEEDS} other order(s) and ${ALONE} test(s) alone per file`,
);
for (const name of files) {
  const file = relative(ROOT, join(E2E, `${name}.e2e.ts`));
  record(name, 'alone, tests in written order', [file], { E2E_ORDER: 'declared' });
  for (let i = 1; i <= SEEDS; i++) {
    const s = String((seed * 7919 + i * 104_729) % 1_000_000);
    record(name, `alone, shuffled with seed ${s}`, [file], { E2E_SEED: s });
  }
  for (const test of pick(testsOf(file), ALONE))
    record(name, `one test alone: ${test}`, [file, '-t', only(test)], { E2E_ORDER: 'declared' });
}

const failed = runs.filter((r) => !r.ok);
console.log(
  `\ne2e-order: ${runs.length - failed.length} of ${runs.length} runs passed` +
    (failed.length ? `; failed:\n${failed.map((r) => `  ${r.file} — ${r.how}`).join('\n')}` : ''),
);
process.exit(failed.length ? 1 : 0);

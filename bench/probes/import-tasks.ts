/**
 * Which main-thread work makes the long tasks of an import: `npx tsx bench/probes/import-tasks.ts
 * [dist-dir] [--only label-substring] [--rows 100000]`. Build unminified for readable names:
 * `npx vite build --minify false --outDir /tmp/dist-prof` and pass that folder.
 *
 * Imports the bench's lists (bench/run.ts) through the picker, as the bench does, with the page's
 * CPU profiled (CDP, 0.2 ms samples) from the file's change event until the report settles. Prints
 * the page's long tasks (PerformanceObserver), and for every stretch of the profile busy over
 * 50 ms, the functions that took its time (self and with callees). A probe, not a budget.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { blockOtherNetwork, launch, serve } from '../../tests/e2e/harness.ts';
import { ROOT } from '../../scripts/lib/seeds.ts';
import { delimited, gb18030, ledgerCells, xlsx } from '../../tests/fixtures/ledger.ts';
import { projectList, wideList } from '../import-files.ts';
import type { TraceEvent } from './trace-event.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const only = opt('only');
const N = Number(opt('rows') ?? 100_000);
const TRACE = args.includes('--trace') && args.splice(args.indexOf('--trace'), 1).length > 0;
/** `--plain`: the long tasks alone, nothing profiled (a profiler lengthens every task). */
const PLAIN = args.includes('--plain') && args.splice(args.indexOf('--plain'), 1).length > 0;
/** `--hide selector`: hidden by a style (which part of the report makes a layout long). */
const HIDE = opt('hide');
/** `--css rules`: a style added (to try a cheaper layout). */
const CSS = opt('css');
const dir = args[0] ?? join(ROOT, 'dist');

interface File {
  label: string;
  rows: number;
  name: string;
  bytes: () => Uint8Array;
}

const FILES: File[] = [
  { label: 'sample-1000', rows: 1000, name: 'p-1000.csv', bytes: () => projectList(1000) },
  { label: 'sample-10000', rows: 10_000, name: 'p-10000.csv', bytes: () => projectList(10_000) },
  { label: 'sample', rows: N, name: `p-${N}.csv`, bytes: () => projectList(N) },
  { label: 'xlsx', rows: N, name: `l-${N}.xlsx`, bytes: () => xlsx(ledgerCells(N), ['A1:I1']) },
  {
    label: 'gb18030',
    rows: N,
    name: `l-${N}.csv`,
    bytes: () => gb18030(delimited(ledgerCells(N))),
  },
  { label: 'wide', rows: 100, name: 'wide.csv', bytes: () => wideList() },
];

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const where = (n: Node) => {
  const f = n.callFrame;
  const file = f.url.split('/').pop()?.slice(0, 24) ?? '';
  return `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
};

/**
 * What took the time of each long task: the profile's samples inside it, by function (self, and
 * with callees). The profile's clock is aligned on the picker's change handler (`onchange`), whose
 * first sample is the page's `__t0` (to a sample or two); `tasks` are [start, ms] from `__t0`.
 */
function taskCosts(p: Profile, tasks: [number, number][]): string[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stack = (id: number) => {
    const out: string[] = [];
    for (let i: number | undefined = id; i !== undefined; i = parent.get(i))
      out.push(where(byId.get(i)!));
    return out;
  };
  const times: number[] = [];
  let t = p.startTime;
  for (const d of p.timeDeltas) times.push((t += d));
  const i0 = p.samples.findIndex((id) => stack(id).some((k) => k.startsWith('onchange ')));
  const zero = times[Math.max(0, i0)]!;
  return tasks.map(([s, d]) => {
    const self = new Map<string, number>();
    const total = new Map<string, number>();
    for (let i = 0; i < p.samples.length; i++) {
      const at = (times[i]! - zero) / 1000;
      if (at < s || at >= s + d) continue;
      const dt = ((times[i + 1] ?? times[i]!) - times[i]!) / 1000;
      const st = stack(p.samples[i]!);
      self.set(st[0]!, (self.get(st[0]!) ?? 0) + dt);
      for (const k of new Set(st)) total.set(k, (total.get(k) ?? 0) + dt);
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `      ${v.toFixed(1).padStart(7)} ms  ${k}`)
        .join('\n');
    return `  task at ${s} ms, ${d} ms\n    self:\n${top(self, 8)}\n    total:\n${top(total, 16)}`;
  });
}

/**
 * With `--trace`: the renderer main thread's tasks over 50 ms from a Chrome trace, and the events
 * inside each by name (style, layout, paint, script, GC…), summed: what the CPU profile calls
 * "(program)".
 */
function traceTasks(events: TraceEvent[]): string[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return ['  (no renderer main thread in the trace)'];
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  // Tasks from the file's change event on (the picker's hand-over, Playwright's, comes before).
  const change = own.find((e) => e.name === 'EventDispatch' && e.args?.data?.['type'] === 'change');
  const from = change?.ts ?? 0;
  const runs = own.filter((e) => e.name === 'RunTask' && e.ts >= from);
  const cpu = runs.map((e) => (e.tdur ?? 0) / 1000).sort((a, b) => b - a);
  const head = `  CPU of the longest tasks after the change event (ms): ${cpu
    .slice(0, 6)
    .map((x) => x.toFixed(0))
    .join(', ')}`;
  const tasks = runs.filter((e) => (e.dur ?? 0) > 50_000 || (e.tdur ?? 0) > 40_000);
  return [
    head,
    ...tasks.map((task) => {
      const end = task.ts + task.dur!;
      const by = new Map<string, number>();
      for (const e of own)
        if (e !== task && e.ts >= task.ts && e.ts < end && e.name !== 'RunTask')
          by.set(e.name, (by.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      const top = [...by]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 14)
        .map(([k, v]) => `      ${v.toFixed(1).padStart(7)} ms  ${k}`)
        .join('\n');
      // Each layout's size: how many objects it had to lay out, of how many.
      const layouts = own
        .filter((e) => e.name === 'Layout' && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) > 5_000)
        .map((e) => {
          const b = (e.args as { beginData?: Record<string, unknown> } | undefined)?.beginData;
          return `      layout ${((e.dur ?? 0) / 1000).toFixed(1)} ms: ${b?.['dirtyObjects']} of ${b?.['totalObjects']} objects${b?.['partialLayout'] ? ' (partial)' : ''}`;
        })
        .join('\n');
      const cost = `${(task.dur! / 1000).toFixed(0)} ms, CPU ${((task.tdur ?? 0) / 1000).toFixed(0)} ms`;
      return `  task ${cost} (events nest: sums overlap)\n${top}${layouts ? `\n${layouts}` : ''}`;
    }),
  ];
}

async function probe(url: string, file: File) {
  const ctx = await launch([]);
  await blockOtherNetwork(ctx, url.replace(/\/$/, ''));
  const page: Page = await ctx.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.addInitScript(`
    window.__tasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: false });
  `);
  await page.goto(`${url}?mode=projects`);
  await page.locator('[data-testid="projects-view"]').waitFor();
  if (HIDE) await page.addStyleTag({ content: `${HIDE} { display: none !important; }` });
  if (CSS) await page.addStyleTag({ content: CSS });
  await page.evaluate(`
    window.__t0 = 0;
    document.querySelector('[data-testid="projects-file"]').addEventListener('change', () => { window.__t0 = performance.now(); }, { capture: true });
  `);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  // The picker's hand-over (Playwright decodes the file in the page) is not the app's.
  const bytes = Buffer.from(file.bytes());
  const trace: TraceEvent[] = [];
  let traced: Promise<void> = Promise.resolve();
  if (TRACE) {
    cdp.on(
      'Tracing.dataCollected',
      (e) => void trace.push(...(e.value as unknown as TraceEvent[])),
    );
    traced = new Promise((r) => cdp.once('Tracing.tracingComplete', () => r()));
    // Timeline events only, recorded as long as they fit (the default stops when its buffer is
    // full: a 100,000-row import's V8 events filled it before the report was drawn).
    await cdp.send('Tracing.start', {
      traceConfig: {
        recordMode: 'recordAsMuchAsPossible',
        includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      },
      transferMode: 'ReportEvents',
    });
  } else if (!PLAIN) await cdp.send('Profiler.start');
  await page.setInputFiles('[data-testid="projects-file"]', {
    name: file.name,
    mimeType: 'text/csv',
    buffer: bytes,
  });
  await page.waitForFunction(
    `!document.querySelector('[data-testid="projects-more"]')?.disabled && document.querySelectorAll('[data-testid="project-row"]').length >= ${Math.min(file.rows, 200)}`,
    null,
    { timeout: 120_000 },
  );
  await page.evaluate('new Promise((r) => setTimeout(r, 500))');
  let profile: Profile | null = null;
  if (TRACE) {
    await cdp.send('Tracing.end');
    await traced;
  } else if (!PLAIN)
    profile = ((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile;
  const tasks = (await page.evaluate(
    'window.__tasks.filter(([s]) => s >= window.__t0).map(([s, d]) => [Math.round(s - window.__t0), Math.round(d)])',
  )) as [number, number][];
  console.log(`\n== ${file.label}: long tasks after change (start, ms): ${JSON.stringify(tasks)}`);
  if (profile) for (const s of taskCosts(profile, tasks)) console.log(s);
  else if (TRACE) for (const s of traceTasks(trace)) console.log(s);
  await ctx.close();
}

const app = await serve(dir);
try {
  for (const f of FILES) if (!only || f.label.includes(only)) await probe(app.url, f);
} finally {
  await app.close();
}

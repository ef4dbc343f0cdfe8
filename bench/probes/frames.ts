/**
 * What the other threads do while a phone starts the app: `npx tsx bench/probes/frames.ts DIR
 * [--no-shots] [--rundown]`.
 *
 * One cold load as Lighthouse's mobile run emulates a phone (412×823 at 1.75×, touch), traced for
 * 6 s with the categories Lighthouse records: its screenshots (one per frame the compositor draws:
 * Lighthouse's filmstrip and speed index) unless `--no-shots`, and with `--rundown` its copy of
 * every script's source (`ScriptCatchup`). Prints the frames photographed after the first paint,
 * the CPU time of each busy thread after it (the page's, the compositor's, the service worker's,
 * the names' worker's…) and, with `--rundown`, the tasks in which the data and the geometry
 * arrived. On a 2-core machine with another job, every thread's CPU time is taken from the one
 * core left, and the page's tasks wait for it: a frame fewer is a screenshot fewer (≈ 20 ms of
 * the compositor's CPU each, docs/performance.md, tenth session).
 *
 * Playwright hides scrollbars; Lighthouse's Chromium shows an overlay one that fades out after
 * the first paint (≈ 20 more frames there), so this probe counts fewer frames than its traces.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blockOtherNetwork, CHROMIUM_FLAGS, serve } from '../../tests/e2e/harness.ts';
import type { TraceEvent } from './trace-event.ts';

const args = process.argv.slice(2);
const shots = !args.includes('--no-shots');
const rundown = args.includes('--rundown');
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';

const srv = await serve(dir);
const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cq-frames-')), {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_FLAGS,
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
});
const events: TraceEvent[] = [];
try {
  await blockOtherNetwork(ctx, srv.url.replace(/\/$/, ''));
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const cdp = await ctx.newCDPSession(page);
  // The protocol types trace events as string records; they carry numbers and objects too.
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as object[] as TraceEvent[])));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'toplevel',
        'v8.execute',
        'blink.user_timing',
        ...(shots ? ['disabled-by-default-devtools.screenshot'] : []),
        ...(rundown
          ? [
              'disabled-by-default-devtools.v8-source-rundown',
              'disabled-by-default-devtools.v8-source-rundown-sources',
            ]
          : []),
      ],
    },
    transferMode: 'ReportEvents',
  });
  // No waiting through the page (Playwright's own scripts would be tasks of their own).
  await page.goto(srv.url, { waitUntil: 'commit' });
  await new Promise((r) => setTimeout(r, 6000));
  await cdp.send('Tracing.end');
  await done;
} finally {
  await ctx.close();
  await srv.close();
}

// The page's thread: the one that parsed the served page (not about:blank's).
const parsed = events.find(
  (e) =>
    e.name === 'ParseHTML' &&
    String((e.args?.['beginData'] as { url?: string } | undefined)?.url).startsWith('http'),
);
if (!parsed) throw new Error('the page was not parsed in the trace');
const onMain = (e: TraceEvent) => e.pid === parsed.pid && e.tid === parsed.tid;
const fcp = events.find((e) => e.name === 'firstContentfulPaint' && onMain(e));
if (!fcp) throw new Error('no first contentful paint in the trace');
// The page's own navigation: the last one on its thread before the first paint.
const nav =
  events.filter((e) => e.name === 'navigationStart' && onMain(e) && e.ts <= fcp.ts).at(-1)?.ts ??
  fcp.ts;
const ms = (ts: number) => Math.round((ts - nav) / 1000);

const photographed = events.filter((e) => e.name === 'Screenshot' && e.ts >= fcp.ts);
console.log(`first contentful paint ${ms(fcp.ts)} ms`);
if (shots)
  console.log(
    `frames photographed after it: ${photographed.length} (at ${photographed.map((e) => ms(e.ts)).join(' ')} ms)`,
  );

// Each thread's CPU time in its tasks after the first paint.
const threadName = new Map<string, string>();
for (const e of events)
  if (e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, String(e.args?.name));
const cpu = new Map<string, number>();
for (const e of events) {
  if (e.ph !== 'X' || e.ts < fcp.ts) continue;
  if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
  const name = onMain(e) ? 'the page' : (threadName.get(`${e.pid}:${e.tid}`) ?? '?');
  cpu.set(name, (cpu.get(name) ?? 0) + (e.tdur ?? 0) / 1000);
}
console.log(
  `CPU after it (ms): ${[...cpu]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 7)
    .map(([k, v]) => `${k} ${Math.round(v)}`)
    .join(', ')}`,
);

// With the sources copied: the tasks in which the data and the geometry arrived.
if (rundown) {
  const main = events.filter((e) => onMain(e) && e.ph === 'X');
  for (const task of main.filter((e) => e.name === 'RunTask')) {
    const end = task.ts + (task.dur ?? 0);
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts < end);
    const source = inside.find(
      (e) =>
        e.name === 'ScriptCatchup' && /\/(data|boundaries)[^/]*$/.test(e.args?.data?.url ?? ''),
    );
    if (!source) continue;
    const copied = inside
      .filter((e) => e.name === 'ScriptCatchup')
      .reduce((a, e) => a + (e.dur ?? 0), 0);
    console.log(
      `${(source.args?.data?.url ?? '').split('/').pop()} arrived in a task of ${((task.dur ?? 0) / 1000).toFixed(1)} ms (CPU ${((task.tdur ?? 0) / 1000).toFixed(1)}), ${(copied / 1000).toFixed(1)} of it copying sources`,
    );
  }
}

/**
 * What fills each long start-up task of a phone: `npx tsx bench/probes/tasks.ts DIR [rate]`
 * (env MIN: the shortest task listed, ms, default 50; TOP: functions per task, default 8; WAIT:
 * how long the load is traced, ms, default 10,000; ALL=1: the sampler's "(program)" and "(garbage
 * collector)" too — the browser's native work, such as an SVG image's own document).
 *
 * One cold load at 360×640 (touch) with the CPU throttled `rate`× (default 4, Lighthouse's
 * mobile model), traced (devtools.timeline and the V8 sampler) for WAIT ms, with no script of
 * the harness's in the page meanwhile. For each main-thread task at least MIN ms long: its
 * start, length, the browser's own work in it (layout, style, paint, garbage collection, module
 * evaluation) and the functions that fill it, inclusive; then the blocking time after the first
 * contentful paint as Lighthouse counts it (each task's part over 50 ms) — its figure for a
 * browser that shows the first frame at once. Run it on a build without minification for names
 * (`npx vite build --minify false --outDir /tmp/dist-nomin`).
 */
import type { CDPSession } from 'playwright-core';
import { blockOtherNetwork, launch, serve } from '../../tests/e2e/harness.ts';
import type { TraceEvent } from './trace-event.ts';

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const [dir, rateArg] = process.argv.slice(2);
const MIN = Number(process.env['MIN'] ?? 50) * 1000;
const TOP = Number(process.env['TOP'] ?? 8);
const WINDOW = Number(process.env['WAIT'] ?? 10_000);

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types trace events as string records; they carry numbers and objects too.
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as object[] as TraceEvent[])));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8.execute',
        // (SAMPLE=0: without the sampler, whose own cost stretches the tasks, for their lengths.)
        ...(process.env['SAMPLE'] === '0' ? [] : ['disabled-by-default-v8.cpu_profiler']),
        'toplevel',
      ],
    },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

const srv = await serve(dir);
const ctx = await launch([], true);
let events: TraceEvent[];
try {
  await blockOtherNetwork(ctx, srv.url.replace(/\/$/, ''));
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rateArg ?? 4) });
  events = await trace(cdp, async () => {
    // No waiting through the page (Playwright's injected scripts would be tasks of their own in
    // the trace): a fixed time, then one look that the app did go live in it.
    await page.goto(srv.url, { waitUntil: 'commit' });
    await new Promise((r) => setTimeout(r, WINDOW));
    if ((await page.getAttribute('body', 'data-live')) !== 'true')
      throw new Error('the app was not live after the wait (set WAIT, ms)');
  });
} finally {
  await ctx.close();
  await srv.close();
}

// The page's main thread: the renderer thread that parsed HTML.
const parsed = events.find((e) => e.name === 'ParseHTML')!;
const main = { pid: parsed.pid, tid: parsed.tid };
const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid;
const nav = events.find((e) => e.name === 'navigationStart' && onMain(e))?.ts ?? parsed.ts;

// The main thread's CPU profile (the trace holds one per thread: the service worker's too).
const profile = events.find((e) => e.name === 'Profile' && onMain(e));
const nodes = new Map<number, ProfileNode>();
const samples: { t: number; id: number }[] = [];
let t = Number((profile?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
for (const e of events) {
  if (e.name !== 'ProfileChunk' || e.pid !== main.pid || e.id !== profile?.id) continue;
  const d = e.args!.data as {
    cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
    timeDeltas?: number[];
  };
  for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
  (d.cpuProfile?.samples ?? []).forEach((id, i) => {
    t += d.timeDeltas?.[i] ?? 0;
    samples.push({ t, id });
  });
}
const label = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber + 1}`;

const BROWSER =
  /^(Layout|UpdateLayoutTree|Paint|PrePaint|Layerize|Commit|MinorGC|MajorGC|v8\.evaluateModule|ParseHTML|EvaluateScript)$/;
const fcp = events.find((e) => e.name === 'firstContentfulPaint' && onMain(e));
console.log(`first contentful paint ${fcp ? Math.round((fcp.ts - nav) / 1000) : '?'} ms`);
let over = 0;
// Lighthouse's blocking time: each task's part over 50 ms, after the first contentful paint.
let blocking = 0;
// And all the main thread's work after it (tasks of any length), and its CPU time in them: the
// figure the machine's other work moves least (throttling and time off the CPU are not in it).
let busy = 0;
let cpu = 0;
let timed = false;
for (const task of events) {
  if (!onMain(task) || task.name !== 'RunTask' || task.ph !== 'X') continue;
  // (Not the one look at the end, the harness's.)
  if (fcp && task.ts >= fcp.ts && task.ts < nav + WINDOW * 1000) {
    blocking += Math.max(0, task.dur! / 1000 - 50);
    busy += task.dur! / 1000;
    cpu += (task.tdur ?? 0) / 1000;
    timed ||= task.tdur !== undefined;
  }
  if ((task.dur ?? 0) < MIN || task.ts < nav) continue;
  const end = task.ts + task.dur!;
  over += Math.max(0, task.dur! / 1000 - 50);
  const own = new Map<string, number>();
  for (const e of events)
    if (onMain(e) && e.ph === 'X' && e.ts >= task.ts && e.ts < end && BROWSER.test(e.name))
      own.set(e.name, (own.get(e.name) ?? 0) + e.dur! / 1000);
  console.log(
    `\n${Math.round((task.ts - nav) / 1000)} ms +${Math.round(task.dur! / 1000)}  ${[...own].map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`,
  );
  const inside = samples.filter((s) => s.t >= task.ts && s.t <= end);
  const per = inside.length ? task.dur! / 1000 / inside.length : 0;
  const inclusive = new Map<string, number>();
  for (const s of inside) {
    const seen = new Set<string>();
    for (let n = nodes.get(s.id); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
      const l = label(n);
      if (
        seen.has(l) ||
        (!process.env['ALL'] && /^\((root|program|idle|garbage collector)\)/.test(l))
      )
        continue;
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + 1);
    }
  }
  for (const [l, c] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`  ${(c * per).toFixed(0).padStart(5)} ms  ${l}`);
}
console.log(`\nsum of each listed task's part over 50 ms: ${Math.round(over)} ms`);
console.log(`blocking time after the first contentful paint: ${Math.round(blocking)} ms`);
console.log(
  `main thread busy after it: ${Math.round(busy)} ms (its CPU time: ${timed ? `${Math.round(cpu)} ms` : 'not in the trace'})`,
);

// SUMMARY=1: where that time went — the browser's own work by kind, then the functions that
// held the most of it (inclusive; the sampler's interval as each sample's weight).
if (process.env['SUMMARY'] && fcp) {
  const until = nav + WINDOW * 1000;
  const kinds = new Map<string, number>();
  for (const e of events)
    if (onMain(e) && e.ph === 'X' && e.ts >= fcp.ts && e.ts < until && BROWSER.test(e.name))
      kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur! / 1000);
  console.log(
    `browser's work: ${[...kinds]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${Math.round(v)}`)
      .join(', ')}`,
  );
  const after = samples.filter((s) => s.t >= fcp.ts && s.t < until);
  const gaps = after.slice(1).map((s, i) => s.t - after[i]!.t);
  const step = (gaps.sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0) / 1000;
  const inclusive = new Map<string, number>();
  for (const s of after) {
    const seen = new Set<string>();
    for (let n = nodes.get(s.id); n; n = n.parent === undefined ? undefined : nodes.get(n.parent)) {
      const l = label(n);
      if (seen.has(l) || /^\((root|idle)\)/.test(l)) continue;
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + 1);
    }
  }
  for (const [l, c] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, TOP))
    console.log(`  ${(c * step).toFixed(0).padStart(5)} ms  ${l}`);
  // And by where the code sampled was (its own time, by file): which chunks the time is spent in;
  // then by function (its own time).
  const byFile = new Map<string, number>();
  const byFn = new Map<string, number>();
  for (const s of after) {
    const n = nodes.get(s.id);
    if (!n) continue;
    const f = (n.callFrame.url ?? '').split('/').pop() || n.callFrame.functionName;
    byFile.set(f, (byFile.get(f) ?? 0) + 1);
    byFn.set(label(n), (byFn.get(label(n)) ?? 0) + 1);
  }
  const top = (counts: Map<string, number>) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([f, c]) => `${f} ${Math.round(c * step)}`)
      .join(', ');
  console.log(`own time by function: ${top(byFn)}`);
  console.log(`own time by file: ${top(byFile)}`);
}

// LAYOUT=1: each layout after the first contentful paint — how long, how many objects were dirty
// of how many, and whether it was partial (a layout root under containment) — to see whether a
// change to the map or a panel lays out the whole page.
if (process.env['LAYOUT'] && fcp)
  for (const e of events) {
    if (!onMain(e) || e.name !== 'Layout' || e.ph !== 'X' || e.ts < fcp.ts) continue;
    const b = (e.args?.['beginData'] ?? {}) as Record<string, unknown>;
    const end = (e.args?.['endData'] ?? {}) as { layoutRoots?: { nodeId?: number }[] };
    console.log(
      `layout at ${Math.round((e.ts - nav) / 1000)} ms: ${(e.dur! / 1000).toFixed(1)} ms, ${String(b['dirtyObjects'])} dirty of ${String(b['totalObjects'])}${b['partialLayout'] ? ', partial' : ''}, roots ${end.layoutRoots?.length ?? '?'}`,
    );
  }

/**
 * What made a Lighthouse audit's blocking time: `npx tsx bench/probes/lh-trace.ts TRACE…` on the
 * traces `LH_ASSETS=1 npx tsx bench/probes/lh-busy.ts …` keeps (.cache/tools/lighthouse-R-N.trace.json).
 *
 * Lighthouse's mobile model (Lantern) keeps the main thread's tasks of ≥ 10 ms as they were seen
 * and counts each 4× as long (2× for a task that laid out); a task over 50 ms there after the
 * first contentful paint blocks for the rest. For each trace: the seen first paint, then each task
 * after it that blocks in the model — its length seen, what is inside (script, layout, paint,
 * commit, garbage collection, module evaluation, microtasks) and the files it ran — and the
 * blocking summed by kind of task. A task with nothing inside is the thread held off the CPU (on a
 * shared machine, its other jobs or the host). Each task's CPU time is printed beside its length,
 * and the blocking summed both ways: as seen, and as the same tasks' CPU time would block.
 */
import { readFileSync } from 'node:fs';
import type { TraceEvent } from './trace-event.ts';

const INSIDE =
  /^(FunctionCall|EvaluateScript|v8\.evaluateModule|v8\.compileModule|TimerFire|Layout|UpdateLayoutTree|Paint|PrePaint|Layerize|Commit|MinorGC|MajorGC|ParseHTML|FireAnimationFrame|EventDispatch|RunMicrotasks)$/;

const total = new Map<string, number>();
for (const file of process.argv.slice(2)) {
  const events = (JSON.parse(readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] })
    .traceEvents;
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  if (!fcp) throw new Error(`${file}: no first contentful paint`);
  const onMain = (e: TraceEvent) => e.pid === fcp.pid && e.tid === fcp.tid;
  const nav = events.find((e) => e.name === 'navigationStart' && onMain(e))?.ts ?? fcp.ts;
  const main = events.filter((e) => onMain(e) && e.ph === 'X');
  console.log(
    `${file.split('/').pop()}: first contentful paint seen at ${Math.round((fcp.ts - nav) / 1000)} ms`,
  );
  const byKind = new Map<string, number>();
  // The same model over each task's CPU time (what the page's own work would block with the CPU
  // to itself): on a loaded machine most of a task seen at 40 ms is the thread waiting for a CPU.
  let seenBlocking = 0;
  let cpuBlocking = 0;
  for (const task of main) {
    if (task.name !== 'RunTask' || task.ts < fcp.ts || (task.dur ?? 0) < 10_000) continue;
    const end = task.ts + task.dur!;
    const kids = main.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts < end && INSIDE.test(e.name),
    );
    const sum = (re: RegExp) => kids.filter((e) => re.test(e.name)).reduce((a, e) => a + e.dur!, 0);
    const laidOut = kids.some((e) => e.name === 'Layout');
    const blocking = (task.dur! / 1000) * (laidOut ? 2 : 4) - 50;
    const cpu = (task.tdur ?? task.dur!) / 1000;
    if (blocking <= 0) continue;
    seenBlocking += blocking;
    if (cpu >= 10) cpuBlocking += Math.max(0, cpu * (laidOut ? 2 : 4) - 50);
    const kind =
      sum(/GC$/) > task.dur! / 2
        ? 'garbage collection'
        : kids.some((e) => e.name === 'TimerFire')
          ? 'timer (start-up slices)'
          : kids.some((e) => e.name === 'RunMicrotasks')
            ? 'microtasks'
            : kids.some((e) => /^(Commit|Paint|Layout)$/.test(e.name))
              ? 'frame'
              : kids.some((e) => /^v8\.(evaluate|compile)Module$/.test(e.name))
                ? 'module'
                : 'nothing inside';
    byKind.set(kind, (byKind.get(kind) ?? 0) + blocking);
    total.set(kind, (total.get(kind) ?? 0) + blocking);
    const inside = new Map<string, number>();
    for (const e of kids) inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur! / 1000);
    const files = new Set(kids.map((e) => e.args?.data?.url?.split('/').pop()).filter(Boolean));
    console.log(
      `  ${Math.round((task.ts - nav) / 1000)} ms +${(task.dur! / 1000).toFixed(1)} seen (CPU ${cpu.toFixed(1)}), blocks ${Math.round(blocking)}: ${kind}; ${[
        ...inside,
      ]
        .filter(([, v]) => v >= 0.5)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', ')} ${[...files].join(' ')}`,
    );
  }
  console.log(`  by kind: ${[...byKind].map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
  // Every task after the first paint (8 s of it), and those the model keeps (seen at ≥ 10 ms).
  const after = main.filter((e) => e.name === 'RunTask' && e.ts >= fcp.ts && e.ts < fcp.ts + 8e6);
  const kept = after.filter((e) => e.dur! >= 10_000);
  const ms = (list: TraceEvent[], f: (e: TraceEvent) => number) =>
    Math.round(list.reduce((a, e) => a + f(e), 0) / 1000);
  const cpuOf = (e: TraceEvent) => e.tdur ?? e.dur!;
  console.log(
    `  after the first paint: ${after.length} tasks, ${ms(after, cpuOf)} ms of CPU; ${kept.length} seen at ≥ 10 ms: ${ms(kept, (e) => e.dur!)} ms seen, ${ms(kept, cpuOf)} ms of CPU`,
  );
  console.log(
    `  blocking in the model: ${Math.round(seenBlocking)} ms as seen, ${Math.round(cpuBlocking)} from the same tasks' CPU time`,
  );
}
if (process.argv.length > 3)
  console.log(`all: ${[...total].map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);

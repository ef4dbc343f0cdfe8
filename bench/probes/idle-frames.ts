/**
 * Whether a build draws while nothing happens: `npx tsx bench/probes/idle-frames.ts DIR [--scroll]`.
 *
 * A touch phone (360×640) loads the app, waits for the map to complete and 2 s more, then traces
 * 3 s and counts the frames' work (style, layout, paint, commit). An idle page should draw
 * nothing: a running animation (a scroll-driven fade, a spinner left on) would draw every frame and
 * take the CPU from whatever else the phone does. `--scroll` scrolls the view tabs during the
 * trace: the positive control (it must draw).
 */
import { launch, serve } from '../../tests/e2e/harness.ts';
import type { TraceEvent } from './trace-event.ts';

const args = process.argv.slice(2);
const scroll = args.includes('--scroll');
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
const srv = await serve(dir);
const ctx = await launch([], true);
try {
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(srv.url);
  await page.waitForSelector('#map[data-complete]', { timeout: 60_000 });
  await page.waitForTimeout(2000);
  const cdp = await ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  // The protocol types trace events as string records; they carry numbers and objects too.
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as object[] as TraceEvent[])));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  await page.waitForTimeout(3000);
  if (scroll) {
    await page.locator('#view-tabs').evaluate((e) => (e.scrollLeft = 50));
    await page.waitForTimeout(300);
  }
  await cdp.send('Tracing.end');
  await done;
  const count = (name: string) => events.filter((e) => e.name === name).length;
  const names = ['UpdateLayoutTree', 'Layout', 'Paint', 'Commit'];
  console.log(`${dir}${scroll ? ' (tabs scrolled)' : ''}, 3 s after the map completed:`);
  console.log(`  ${names.map((n) => `${n} ${count(n)}`).join(', ')}`);
} finally {
  await ctx.close();
  await srv.close();
}

/**
 * Lighthouse mobile on a build, several audits, quiet or beside another browser job:
 * `npx tsx bench/probes/lh-busy.ts [dist …] [--runs 5] [--busy | --core]` (several builds:
 * audited in turn, one of each a round, so that they share the machine's moods).
 *
 * `--busy` runs one other browser job for the whole time: a second headless Chromium (the tests'
 * flags) that loads the app at 1440×900 over and over, each load to the live map and a second
 * after — the office PC with another tab at work that the issue names (a whole e2e suite beside
 * it is several browsers and workers at once, more than one job). Prints each audit's score with
 * its FCP, LCP, TBT and speed index, then the median score and the machine's load average.
 *
 * `--core` runs a steadier one instead: a second headless Chromium whose page computes without a
 * pause, one core's worth of work and no more (on a 2-core machine, half of it). The reloading
 * job's demand comes in bursts over both cores (software WebGL draws with several threads), so
 * the same build's median moves by 20 between runs beside it; beside this one, the audits see the
 * same competitor each time.
 */
import { loadavg } from 'node:os';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve } from '../../tests/e2e/harness.ts';
import { lighthouse } from '../lighthouse.ts';
import { TOOLS } from '../../scripts/lib/tools.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 1).length > 0 : false;
};
const opt = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
};
const core = flag('core');
const busy = flag('busy') || core;
const runs = opt('runs', 5);
// Several builds are audited in turn (one audit of each per round), so they share the machine's
// moods: compare them within one run.
const dirs = args.length ? args : ['dist'];
const servers = await Promise.all(dirs.map((d) => serve(d)));
const srv = servers[0]!;

/** The other browser job: reloads the app until told to stop. */
async function otherJob(stop: { now: boolean }): Promise<number> {
  const ctx = await launch([], false);
  if (core) {
    // One core's worth: a page that never yields (not awaited: it never returns).
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    void page
      .evaluate(() => {
        for (;;) Math.sqrt(Math.random());
      })
      .catch(() => undefined);
    while (!stop.now) await new Promise((r) => setTimeout(r, 500));
    await ctx.close();
    return 0;
  }
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.setViewportSize({ width: 1440, height: 900 });
  let loads = 0;
  try {
    while (!stop.now) {
      await page.goto(srv.url);
      await page.waitForSelector('body[data-live="true"]', { timeout: 60_000 });
      await page.waitForTimeout(1000);
      loads++;
    }
  } finally {
    await ctx.close();
  }
  return loads;
}

const stop = { now: false };
const job = busy ? otherJob(stop) : Promise.resolve(0);
// Its failure is reported where it is awaited (below), not as an unhandled rejection mid-audit.
job.catch(() => undefined);
try {
  if (busy) await new Promise((r) => setTimeout(r, 5000));
  const scores = dirs.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    for (const [d, server] of servers.entries()) {
      const s = await lighthouse(server.url);
      const text = readFileSync(join(TOOLS, 'lighthouse.json'), 'utf8');
      // Each audit's report kept beside the last one's, for its long tasks and filmstrip.
      writeFileSync(join(TOOLS, `lighthouse-${d + 1}-${i + 1}.json`), text);
      if (process.env['LH_ASSETS'])
        renameSync(
          join(TOOLS, 'lighthouse-0.trace.json'),
          join(TOOLS, `lighthouse-${d + 1}-${i + 1}.trace.json`),
        );
      const r = JSON.parse(text) as {
        audits: Record<
          string,
          { numericValue?: number; details?: { items?: Record<string, number>[] } }
        >;
      };
      const v = (k: string) => Math.round(r.audits[k]?.numericValue ?? NaN);
      // What the browser really did (Lighthouse's model starts from these): its first paint and
      // the last visual change, unthrottled.
      const seen = r.audits['metrics']?.details?.items?.[0] ?? {};
      scores[d]!.push(s.performance);
      console.log(
        `${dirs.length > 1 ? `${dirs[d]}  ` : ''}${s.performance}  FCP ${v('first-contentful-paint')}  LCP ${v('largest-contentful-paint')}  TBT ${v('total-blocking-time')}  SI ${v('speed-index')}  (seen: FCP ${seen['observedFirstContentfulPaint']}, last change ${seen['observedLastVisualChange']})  load ${loadavg()[0]!.toFixed(1)}`,
      );
    }
  }
  for (const [d, list] of scores.entries()) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(
      `${dirs.length > 1 ? `${dirs[d]}: ` : ''}median ${sorted[Math.floor(sorted.length / 2)]} of ${list.join(', ')}${core ? ' (a browser job taking one core)' : busy ? ' (another browser job running)' : ' (quiet)'}`,
    );
  }
} finally {
  stop.now = true;
  const loads = await job;
  if (busy && !core) console.log(`the other job loaded the app ${loads} times`);
  await Promise.all(servers.map((x) => x.close()));
}

/**
 * Start-up long tasks of one or more builds, measured in the page, interleaved cold loads:
 * `npx tsx bench/probes/longtasks.ts dist /path/to/other-dist [--runs 6] [--rate 4]`.
 *
 * A phone (touch, 360×640) at `rate`× CPU throttle; for each cold load, the long tasks after the
 * first contentful paint until two and a half seconds after the app is live: the longest, and
 * the blocking time (the sum of each task's part over 50 ms, as Lighthouse counts it). Builds are
 * loaded in turn, A B A B, so a change of the machine's state falls on both alike — Lighthouse's
 * own score moved 77–99 for one build here, too much to compare two builds by.
 */
import type { Page } from 'playwright-core';
import { blockOtherNetwork, launch, serve } from '../../tests/e2e/harness.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : fallback;
};
const runs = opt('runs', 6);
const rate = opt('rate', 4);
const dirs = args.length ? args : ['dist'];

interface Load {
  longest: number;
  blocking: number;
  live: number;
}

const INIT = `window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });`;
const READ = `(() => {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
  const lt = window.__lt.filter(([s]) => s >= fcp);
  return {
    longest: Math.max(0, ...lt.map(([, d]) => d)),
    blocking: lt.reduce((a, [, d]) => a + Math.max(0, d - 50), 0),
    live: performance.getEntriesByName('app:live')[0]?.startTime ?? NaN,
  };
})()`;

async function load(url: string): Promise<Load> {
  const ctx = await launch([], true);
  try {
    await blockOtherNetwork(ctx, url.replace(/\/$/, ''));
    const page: Page = ctx.pages()[0] ?? (await ctx.newPage());
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.addInitScript(INIT);
    await page.goto(url);
    await page.waitForSelector('body[data-live="true"]', { timeout: 60_000 });
    await page.waitForTimeout(2500);
    return (await page.evaluate(READ)) as Load;
  } finally {
    await ctx.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const servers = await Promise.all(dirs.map((d) => serve(d)));
try {
  const out = new Map<string, Load[]>(dirs.map((d) => [d, []]));
  for (let r = 0; r < runs; r++)
    for (const [i, s] of servers.entries()) out.get(dirs[i]!)!.push(await load(s.url));
  for (const [dir, loads] of out) {
    const show = (k: keyof Load) =>
      `${k} ${loads.map((l) => Math.round(l[k])).join(', ')} (median ${Math.round(median(loads.map((l) => l[k])))})`;
    console.log(`${dir}: ${show('longest')} | ${show('blocking')} | ${show('live')}`);
  }
} finally {
  await Promise.all(servers.map((s) => s.close()));
}

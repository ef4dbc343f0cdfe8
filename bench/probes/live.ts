/**
 * When the app answers and when its map is whole, for one or more builds, interleaved cold loads:
 * `npx tsx bench/probes/live.ts WIDTH HEIGHT RATE RUNS dist [other-dist …]`
 * (e.g. `1440 900 1 4` for the desktop, `412 823 4 3` for Lighthouse's phone at its 4× CPU).
 *
 * For each load, in ms since navigation: the first contentful paint, the app's marks (src/main.ts:
 * `app:data` the data and geometry in, `app:map` the SVG map mounted, `app:live` every panel wired
 * and clicks held until then replayed) and `#map[data-completeAt]` (every layer drawn, names
 * included). Builds load in turn, A B A B, so a change of the machine's state falls on both.
 */
import { launch, serve } from '../../tests/e2e/harness.ts';

const [width, height, rate, runs, ...dirs] = process.argv.slice(2);
if (!dirs.length) throw new Error('usage: live.ts WIDTH HEIGHT RATE RUNS dist [other-dist …]');
const servers = await Promise.all(dirs.map((d) => serve(d)));
const lines = dirs.map((): string[] => []);
try {
  for (let i = 0; i < Number(runs); i++) {
    for (const [k, server] of servers.entries()) {
      const ctx = await launch([], false);
      try {
        const page = ctx.pages()[0] ?? (await ctx.newPage());
        await page.setViewportSize({ width: Number(width), height: Number(height) });
        const cdp = await ctx.newCDPSession(page);
        if (Number(rate) > 1)
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate) });
        await page.goto(server.url);
        await page.waitForSelector('#map[data-complete="true"]', { timeout: 120_000 });
        // A string, not a function: tsx's helpers are not in the page.
        lines[k]!.push(
          await page.evaluate<string>(`(() => {
            const at = (n) => Math.round(performance.getEntriesByName(n)[0]?.startTime ?? NaN);
            return ['first-contentful-paint', 'app:data', 'app:map', 'app:live']
              .map((n) => n.replace('first-contentful-paint', 'fcp') + ' ' + at(n))
              .concat('complete ' + document.querySelector('#map').dataset.completeAt)
              .join('  ');
          })()`),
        );
      } finally {
        await ctx.close();
      }
    }
  }
  for (const [k, dir] of dirs.entries()) {
    console.log(dir);
    for (const line of lines[k]!) console.log(`  ${line}`);
  }
} finally {
  await Promise.all(servers.map((s) => s.close()));
}

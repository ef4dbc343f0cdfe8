/**
 * The floor of one deck.gl frame here: a page with deck alone and one SolidPolygonLayer of the 38
 * districts, recoloured 20 times; prints store-change → next-frame times in ms, with and without
 * MSAA, at two viewport sizes.  npx tsx bench/probes/single-layer/run.ts
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, serve } from '../../../tests/e2e/harness.ts';
import { ROOT } from '../../../scripts/lib/seeds.ts';

execFileSync(
  'npx',
  ['vite', 'build', '--logLevel', 'error', '--config', 'bench/probes/single-layer/vite.config.ts'],
  { cwd: ROOT, stdio: 'inherit' },
);
const srv = await serve(join(ROOT, 'bench', 'probes', 'single-layer', 'dist'));
const ctx = await launch();
const page = ctx.pages()[0] ?? (await ctx.newPage());
for (const [w, h] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  for (const aa of ['0', '1'])
    for (const settle of ['', '1']) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`${srv.url}?mode=fill&aa=${aa}&settle=${settle}`);
      await page.waitForFunction('window.__frames.length > 0', null, { timeout: 60_000 });
      await page.waitForTimeout(500);
      console.log(
        `${w}x${h} msaa=${aa} settle=${settle}`,
        JSON.stringify(await page.evaluate('window.__probe()')),
      );
    }
}
await ctx.close();
await srv.close();

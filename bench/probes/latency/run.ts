/** Probe: app filter → frame latency, paced like a user (settled) vs back-to-back, with a breakdown. */
import { join } from 'node:path';
import { launch, serve, blockOtherNetwork } from '../../../tests/e2e/harness.ts';
import { ROOT } from '../../../scripts/lib/seeds.ts';

const dir = process.argv[2] ?? join(ROOT, 'dist');
const srv = await serve(dir);
const ctx = await launch();
await blockOtherNetwork(ctx, new URL(srv.url).origin);
const page = ctx.pages()[0] ?? (await ctx.newPage());
await page.setViewportSize({ width: 1440, height: 900 });
await page.goto(srv.url);
await page.waitForSelector('#map[data-complete="true"]', { timeout: 120_000 });
await page.evaluate(
  `window.__benchRow = document.querySelector('[data-industry="眼镜制造"]') ? null : document.querySelector('[data-testid="industry-option"]').dataset.industry`,
);
await page.waitForTimeout(1000);
for (const settle of [0, 150]) {
  const r = await page.evaluate(`(async () => {
    const out = [], sync = [];
    for (let i = 0; i < 30; i++) {
      if (${settle}) await new Promise((r) => setTimeout(r, ${settle}));
      const before = window.__frames.length;
      const t0 = performance.now();
      const s = window.__store.getState();
      const phase = i % 4;
      if (phase === 0) s.setIndustries(window.__benchRow ? [window.__benchRow] : ["眼镜制造"]);
      else if (phase === 1) s.setIndustries([]);
      else if (phase === 2) s.toggleGroup('northeast');
      else s.toggleGroup('northeast');
      sync.push(performance.now() - t0);
      await new Promise((r) => { const poll = () => (window.__frames.length > before ? r() : requestAnimationFrame(poll)); poll(); });
      out.push(Math.round(window.__frames[window.__frames.length - 1] - t0));
    }
    return { out, sync: sync.map(x => Math.round(x*10)/10) };
  })()`);
  console.log(`settle=${settle}`, JSON.stringify(r));
}
await ctx.close();
await srv.close();

/** Start-up steps and long tasks on a throttled phone: npx tsx bench/probes/startup.ts dist [rate] */
import { launch, serve, blockOtherNetwork } from '../../tests/e2e/harness.ts';
const [dir, rate] = process.argv.slice(2);
const srv = await serve(dir);
const ctx = await launch([], true);
await blockOtherNetwork(ctx, srv.url.replace(/\/$/, ''));
const page = ctx.pages()[0] ?? (await ctx.newPage());
await page.addInitScript(
  `window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });`,
);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate ?? 4) });
await page.setViewportSize({ width: 412, height: 823 });
await page.goto(srv.url);
await page.waitForTimeout(6000);
console.log(
  await page.evaluate(
    `JSON.stringify({ marks: performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]), longtasks: window.__lt, lite: !!document.querySelector('[data-testid=lite-map]') })`,
  ),
);
await ctx.close();
await srv.close();

import { launch, serve, blockOtherNetwork } from '/work/main/tests/e2e/harness.ts';
const [dir, out, w, h, query] = process.argv.slice(2);
const srv = await serve(dir);
const ctx = await launch();
await blockOtherNetwork(ctx, new URL(srv.url).origin);
const page = ctx.pages()[0] ?? (await ctx.newPage());
page.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.setViewportSize({ width: Number(w ?? 1440), height: Number(h ?? 900) });
await page.goto(srv.url + (query ?? ''));
await page.waitForTimeout(12000);
console.log(
  await page.evaluate(
    `JSON.stringify({ready: document.querySelector('#map').dataset, box: document.querySelector('#map').getBoundingClientRect()})`,
  ),
);
await page.screenshot({ path: out });
await ctx.close();
await srv.close();

/** Screenshot one element after running a script in the page: npx tsx bench/probes/shot-el.ts dist out.png W H query selector [js] */
import { launch, serve, blockOtherNetwork } from '/work/main/tests/e2e/harness.ts';
const [dir, out, w, h, query, selector, js] = process.argv.slice(2);
const srv = await serve(dir!);
const ctx = await launch();
await blockOtherNetwork(ctx, new URL(srv.url).origin);
const page = ctx.pages()[0] ?? (await ctx.newPage());
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.setViewportSize({ width: Number(w ?? 1440), height: Number(h ?? 900) });
await page.goto(srv.url + (query ?? ''));
await page.waitForSelector('#map[data-complete]', { timeout: 60000 }).catch(() => {});
if (js) await page.evaluate(js);
await page.waitForTimeout(800);
await page.locator(selector!).first().screenshot({ path: out });
await ctx.close();
await srv.close();

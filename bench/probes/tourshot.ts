import { launch, serve, blockOtherNetwork } from '/work/main/tests/e2e/harness.ts';
const [dir, w, h] = process.argv.slice(2);
const srv = await serve(dir);
const ctx = await launch();
await blockOtherNetwork(ctx, new URL(srv.url).origin);
const page = ctx.pages()[0] ?? (await ctx.newPage());
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.setViewportSize({ width: Number(w ?? 1920), height: Number(h ?? 1080) });
await page.goto(srv.url);
await page.waitForSelector('#map[data-complete="true"]', { timeout: 60000 });
await page.click(`[data-testid="present"]`);
if (process.argv[6]) {
  await page.waitForTimeout(500);
  await page.keyboard.press('End');
}
await page.waitForSelector('[data-testid="tour"]');
for (let i = 0; i < Number(process.argv[5] ?? 4); i++) {
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/tour-${w}-${i}.png` });
  console.log(
    await page.evaluate('location.search'),
    await page.locator('[data-testid="tour-count"]').textContent(),
  );
  await page.keyboard.press(process.argv[6] ? 'ArrowLeft' : 'ArrowRight');
}
await ctx.close();
await srv.close();

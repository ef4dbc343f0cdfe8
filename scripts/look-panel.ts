// Scratch (not committed): the district panel's print buttons at two sizes.
import { blockOtherNetwork, launch, serve, waitForMap } from '../tests/e2e/harness.ts';
const server = await serve();
for (const [w, h, phone] of [[1440, 900, false], [360, 640, true]] as const) {
  const ctx = await launch([], phone);
  await blockOtherNetwork(ctx, server.url.replace(/\/$/, ''));
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.setViewportSize({ width: w, height: h });
  await page.goto(`${server.url}?district=500114`);
  await waitForMap(page);
  const b = page.locator('[data-testid="print-profile"]');
  await b.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/panel-${w}.png` });
  await ctx.close();
}
await server.close();

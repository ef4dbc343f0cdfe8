import { launch, serve } from '../../tests/e2e/harness.ts';
const srv = await serve('/tmp/dist-tour');
const ctx = await launch();
const page = ctx.pages()[0] ?? (await ctx.newPage());
page.on('pageerror', (e) => console.log('pageerror:', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text().slice(0, 300)));
await page.setViewportSize({ width: 1440, height: 900 });
await page.goto(srv.url);
await page.waitForSelector('#map[data-complete="true"]');
const [dl] = await Promise.all([
  page.waitForEvent('download'),
  page.click('[data-testid="export-png-2"]'),
]);
console.log(dl.suggestedFilename());
await page.addScriptTag({ path: '/work/main/node_modules/jsqr/dist/jsQR.js' });
console.log('script added');
const t0 = Date.now();
console.log(
  await page.evaluate(`new Promise(r => requestAnimationFrame(() => r('raf ok')))`),
  Date.now() - t0,
);
const t1 = Date.now();
const r = await page.evaluate(
  `new Promise(r => { let n = 0; const f = () => (++n < 10 ? requestAnimationFrame(f) : r(n)); requestAnimationFrame(f); })`,
);
console.log('10 rafs', r, Date.now() - t1);
const [dl2] = await Promise.all([
  page.waitForEvent('download'),
  page.click('[data-testid="export-png-4"]', { timeout: 15000 }),
]);
console.log(dl2.suggestedFilename());
for (let i = 0; i < 1; i++) {
  await page.waitForTimeout(1000);
  console.log(
    await page.evaluate(
      `JSON.stringify([...document.querySelectorAll('#map-tools button')].map(b => [b.disabled, b.getBoundingClientRect().width, getComputedStyle(b).visibility]))`,
    ),
    await page.evaluate('document.querySelector("[data-testid=notice]")?.textContent'),
  );
}
await page.screenshot({ path: '/tmp/afterexport.png' });
await ctx.close();
await srv.close();

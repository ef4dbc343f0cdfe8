/**
 * Filter → frame latency per kind of change (the bench's six, made by clicking the controls):
 * VITE_BENCH=1 npx vite build && npx tsx bench/probes/phases.ts [dist] [query, e.g. "?renderer=webgl"]
 * (the frame times it reads exist only in a VITE_BENCH build)
 */
import { openApp } from '../../tests/e2e/harness.ts';
import { FRAME_EVENT } from '../../src/map/frames.ts';

// Keeps the frame times the VITE_BENCH build announces (src/map/frames.ts).
const app = await openApp({
  dist: process.argv[2],
  query: process.argv[3] ?? '',
  init: (p) =>
    p.addInitScript(`window.__frames = []; window.__frameCount = 0;
      document.addEventListener(${JSON.stringify(FRAME_EVENT)}, () => {
        window.__frameCount++; window.__frames.push(performance.now());
      });`),
});
const { page } = app;
const out = (await page.evaluate(`(async () => {
  const out = [[],[],[],[],[],[]];
  const q = (s) => document.querySelector(s);
  for (let i = 0; i < 96; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const count = () => window.__frameCount ?? window.__frames.length;
        const before = count();
    const t0 = performance.now();
    const phase = i % 6;
    const target =
      phase < 2 ? q('[data-testid="industry-option"]')
      : phase < 4 ? q('[data-testid="group-option"]')
      : phase === 4 ? q('[data-testid="category-option"]')
      : q('#lang-toggle');
    target.click();
    await new Promise((r) => { const poll = () => (count() > before ? r() : requestAnimationFrame(poll)); poll(); });
    if (i >= 6) out[phase].push(Math.round(window.__frames[window.__frames.length - 1] - t0));
  }
  return out;
})()`)) as number[][];
console.log(`renderer: ${await page.locator('#map').getAttribute('data-renderer')}`);
['industry on', 'industry off', 'group on', 'group off', '门类', 'language'].forEach((n, i) =>
  console.log(n.padEnd(12), out[i]!.join(' ')),
);
await app.close();

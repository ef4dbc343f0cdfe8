/** Filter → frame latency per kind of change (the bench's six): npx tsx bench/probes/phases.ts [dist] */
import { openApp } from '../../tests/e2e/harness.ts';

const app = await openApp({ dist: process.argv[2] });
const { page } = app;
await page.evaluate(
  `window.__benchRows = window.__store ? ${JSON.stringify(['谷物磨制', '饲料加工', '植物油加工'])} : []`,
);
const out = (await page.evaluate(`(async () => {
  const out = [[],[],[],[],[],[]];
  for (let i = 0; i < 96; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const before = window.__frames.length;
    const t0 = performance.now();
    const s = window.__store.getState();
    const phase = i % 6;
    if (phase === 0) s.setIndustries(['眼镜制造']);
    else if (phase === 1) s.setIndustries([]);
    else if (phase === 2) s.toggleGroup('northeast');
    else if (phase === 3) s.toggleGroup('northeast');
    else if (phase === 4) s.setIndustries(window.__benchRows);
    else s.setLang(s.lang === 'zh' ? 'en' : 'zh');
    await new Promise((r) => { const poll = () => (window.__frames.length > before ? r() : requestAnimationFrame(poll)); poll(); });
    if (i >= 6) out[phase].push(Math.round(window.__frames[window.__frames.length - 1] - t0));
  }
  return out;
})()`)) as number[][];
['industry', 'none', 'group on', 'group off', '3 rows', 'language'].forEach((n, i) =>
  console.log(n.padEnd(10), out[i]!.join(' ')),
);
await app.close();

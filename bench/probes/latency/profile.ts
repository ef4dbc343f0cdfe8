/** Probe: CPU profile of 40 settled filter changes; prints the top self-time and inclusive functions. */
import { join } from 'node:path';
import { launch, serve, blockOtherNetwork } from '../../../tests/e2e/harness.ts';
import { ROOT } from '../../../scripts/lib/seeds.ts';

const srv = await serve(process.argv[2] ?? join(ROOT, 'dist'));
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
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate(`(async () => {
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 150));
    const s = window.__store.getState();
    const phase = i % 4;
    if (phase === 0) s.setIndustries(window.__benchRow ? [window.__benchRow] : ["眼镜制造"]);
    else if (phase === 1) s.setIndustries([]);
    else s.toggleGroup('northeast');
  }
})()`);
const { profile } = (await cdp.send('Profiler.stop')) as {
  profile: {
    nodes: {
      id: number;
      callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
      children?: number[];
    }[];
    samples: number[];
    timeDeltas: number[];
  };
};
const self = new Map<number, number>();
profile.samples.forEach((id, i) =>
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
);
const byName = new Map<string, number>();
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const key = (n: (typeof profile.nodes)[0]) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
const incl = new Map<string, number>();
for (const [id, t] of self) {
  const n = nodes.get(id)!;
  byName.set(key(n), (byName.get(key(n)) ?? 0) + t);
  const seen = new Set<string>();
  for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
    const k = key(nodes.get(p)!);
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + t);
  }
}
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([k, v]) => `${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`)
    .join('\n');
console.log('SELF\n' + top(byName));
console.log('INCLUSIVE\n' + top(incl));
await ctx.close();
await srv.close();

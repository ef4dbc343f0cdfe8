/**
 * npm run screenshots — renders the main views of the built app (dist/; run `npm run build`
 * first) at 1920×1080, 1440×900, 768×1024 and 360×640 (the phone), in Chinese and English, into
 * docs/screenshots/<view>-<width>x<height>-<lang>.png (the map, a district panel, the table,
 * compare, the briefing, the projects view with the sample list, siting for 白酒); briefing
 * chapters 1, 4 and 11 at 1366×768 and 1920×1080 (briefing-ch<n>-…); and the 酒的制造 A4 and A3
 * handouts and the siting handout (export-<paper>-<lang>.png, siting-a4-<lang>.png), for review;
 * the set is committed. Offline: every request but the local server is refused.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { blockOtherNetwork, launch, serve } from '../tests/e2e/harness.ts';
import { ROOT } from './lib/seeds.ts';

const SIZES = [
  [1920, 1080],
  [1440, 900],
  [768, 1024],
  [360, 640],
] as const;
const LANGS = ['zh', 'en'] as const;
/** Each view: its link, what to wait for before the picture is taken, and what to do first. */
const VIEWS: { name: string; query: string; ready: string; act?: (p: Page) => Promise<void> }[] = [
  { name: 'map', query: '', ready: '[data-testid="svg-map"]' },
  {
    name: 'panel',
    query: `?district=500116&industry=${encodeURIComponent('酒的制造')}`,
    ready: '[data-testid="district-panel"]:not([aria-busy])',
  },
  { name: 'table', query: '?mode=table', ready: '[data-testid="table-view"]' },
  {
    name: 'compare',
    query: '?mode=compare&compare=500153,500236',
    ready: '[data-testid="compare-view"]',
  },
  { name: 'briefing', query: '?tour=briefing&step=3', ready: '[data-testid="tour"]' },
  {
    name: 'projects',
    query: '?mode=projects',
    ready: '[data-testid="projects-counts"]',
    act: async (p) => {
      await p.locator('[data-testid="projects-view"]:not([aria-busy])').waitFor();
      await p.click('[data-testid="projects-sample"]');
    },
  },
  {
    name: 'siting',
    query: '?mode=projects',
    ready: '[data-testid="siting-list"] > li',
    act: async (p) => {
      await p.locator('[data-testid="projects-view"]:not([aria-busy])').waitFor();
      await p.fill('[data-testid="siting-input"]', '白酒');
      await p.click('[data-testid="siting-go"]');
    },
  },
];
/** Briefing chapters (1-based) at the projector's sizes. */
const CHAPTERS = [1, 4, 11];
const PROJECTOR = [
  [1366, 768],
  [1920, 1080],
] as const;

const out = join(ROOT, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const server = await serve(join(ROOT, 'dist'));
const ctx = await launch();
await blockOtherNetwork(ctx, server.url.replace(/\/$/, ''));
const page = ctx.pages()[0] ?? (await ctx.newPage());
// What the page said, for a page that does not go live (a run once timed out on one, 2026-12-05).
const said: string[] = [];
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') said.push(`${m.type()}: ${m.text()}`);
});
page.on('pageerror', (e) => said.push(`page error: ${String(e)}`));
const live = async () => {
  try {
    await page.waitForSelector('body[data-live="true"]', { timeout: 60_000 });
  } catch (e) {
    const shown = await page
      .evaluate(() => document.getElementById('map-loading')?.textContent ?? '')
      .catch(() => '');
    console.error(`not live: ${page.url()}\n  on screen: ${shown}\n  ${said.join('\n  ')}`);
    throw e;
  }
  // The next page's messages only.
  said.length = 0;
};
try {
  for (const [w, h] of SIZES)
    for (const lang of LANGS)
      for (const v of VIEWS) {
        await page.setViewportSize({ width: w, height: h });
        const sep = v.query ? '&' : '?';
        await page.goto(`${server.url}${v.query}${lang === 'en' ? `${sep}lang=en` : ''}`);
        await live();
        await v.act?.(page);
        await page.waitForSelector(v.ready, { timeout: 60_000 });
        await page.waitForSelector('#map:not([data-moving])', { timeout: 20_000 });
        const file = join(out, `${v.name}-${w}x${h}-${lang}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
  for (const [w, h] of PROJECTOR)
    for (const lang of LANGS)
      for (const n of CHAPTERS) {
        await page.setViewportSize({ width: w, height: h });
        await page.goto(`${server.url}?tour=briefing&step=${n}${lang === 'en' ? '&lang=en' : ''}`);
        await live();
        await page.waitForSelector('[data-testid="tour"]', { timeout: 60_000 });
        await page.waitForSelector('#map:not([data-moving])', { timeout: 20_000 });
        const file = join(out, `briefing-ch${n}-${w}x${h}-${lang}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
  // The handouts: an A4 and an A3 landscape PNG for a filter, in each language (the image the
  // export makes, saved as it downloads; its size is the paper's, not the window's).
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const lang of LANGS)
    for (const paper of ['a4', 'a3'] as const) {
      const query = `?industry=${encodeURIComponent('酒的制造')}${lang === 'en' ? '&lang=en' : ''}`;
      await page.goto(`${server.url}${query}`);
      await live();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 120_000 }),
        page.click(`[data-paper="${paper}"]`),
      ]);
      const file = join(out, `export-${paper}-${lang}.png`);
      await download.saveAs(file);
      console.log(file);
    }
  // The siting handout for 白酒, in each language.
  for (const lang of LANGS) {
    await page.goto(`${server.url}?mode=projects${lang === 'en' ? '&lang=en' : ''}`);
    await live();
    await page.locator('[data-testid="projects-view"]:not([aria-busy])').waitFor();
    await page.fill('[data-testid="siting-input"]', '白酒');
    await page.click('[data-testid="siting-go"]');
    await page.waitForSelector('[data-testid="siting-list"] > li', { timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.click('[data-testid="siting-handout"]'),
    ]);
    const file = join(out, `siting-a4-${lang}.png`);
    await download.saveAs(file);
    console.log(file);
  }
} finally {
  await ctx.close();
  await server.close();
}

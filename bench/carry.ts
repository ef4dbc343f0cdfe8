/**
 * Taking a briefing away (issue 22), timed through the page as a person does it: the single
 * offline file downloaded (click → the download starts; its size), the pack of an 8-chapter
 * briefing printed and the booklet of all 41 district profiles printed (click → the browser's
 * print is called, every page built and its images decoded). Each run in a fresh browser.
 *
 * The 8-chapter briefing is the fixed briefing's first eight chapters, carried in a single file
 * made here (the same `withBriefing` the download uses) and opened over file://: that is how a
 * briefing other than data/tour.json's reaches the presenter until the composer lands.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { blockOtherNetwork, launch } from '../tests/e2e/harness.ts';
import { ROOT } from '../scripts/lib/seeds.ts';
import { withBriefing } from '../src/briefing/single-file.ts';
import type { TourFile } from '../src/tour/types.ts';
import type { Budget } from './lib.ts';
import { max, median } from './lib.ts';

export interface Carry {
  download: number[];
  /** The downloaded file's size (bytes). */
  bytes: number;
  pack8: number[];
  booklet41: number[];
}

/** Times from a click on `selector` to the page's call of print() (the dialog itself stubbed). */
async function untilPrint(page: Page, selector: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __printed?: Promise<number> };
    w.__printed = new Promise((r) => (window.print = () => r(performance.now())));
  });
  const t0 = await page.evaluate(() => performance.now());
  await page.click(selector);
  const t1 = (await page.evaluate('window.__printed')) as number;
  return t1 - t0;
}

async function fresh(origin: string | null) {
  const ctx = await launch();
  if (origin) await blockOtherNetwork(ctx, origin);
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.setViewportSize({ width: 1920, height: 1080 });
  return { ctx, page };
}

/** `runs` of each measure against the app at `url` (dist/, with its offline.html). */
export async function carryAway(url: string, runs: number): Promise<Carry> {
  const origin = new URL(url).origin;
  const out: Carry = { download: [], bytes: NaN, pack8: [], booklet41: [] };

  // An 8-chapter briefing in a single file of its own.
  const tours = JSON.parse(readFileSync(join(ROOT, 'data', 'tour.json'), 'utf8')) as TourFile;
  const full = tours.tours.find((t) => t.id === 'briefing')!;
  const eight = { ...full, id: 'bench-8', chapters: full.chapters.slice(0, 8) };
  const dir = mkdtempSync(join(tmpdir(), 'cq-carry-'));
  const eightFile = join(dir, 'bench-8.html');
  writeFileSync(
    eightFile,
    withBriefing(readFileSync(join(ROOT, 'dist', 'offline.html'), 'utf8'), eight),
  );

  for (let i = 0; i < runs; i++) {
    {
      const { ctx, page } = await fresh(origin);
      await page.goto(`${url}?tour=briefing&step=1`);
      await page.waitForSelector('[data-testid="tour-single-file"]', { timeout: 120_000 });
      const t0 = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid="tour-single-file"]'),
      ]);
      out.download.push(Date.now() - t0);
      const saved = join(dir, `download-${i}.html`);
      await download.saveAs(saved);
      out.bytes = statSync(saved).size;
      await ctx.close();
    }
    {
      const { ctx, page } = await fresh(null);
      await page.goto(pathToFileURL(eightFile).href);
      await page.waitForSelector('[data-testid="tour-pack"]', { timeout: 120_000 });
      out.pack8.push(await untilPrint(page, '[data-testid="tour-pack"]'));
      if ((await page.locator('[data-testid="pack-sheet"]').count()) !== 8)
        throw new Error('bench: the pack has not 8 pages');
      await ctx.close();
    }
    {
      const { ctx, page } = await fresh(origin);
      await page.goto(`${url}?district=500114`);
      await page.waitForSelector('[data-testid="print-profiles"]', { timeout: 120_000 });
      out.booklet41.push(await untilPrint(page, '[data-testid="print-profiles"]'));
      if ((await page.locator('[data-testid="profile-sheet"]').count()) !== 41)
        throw new Error('bench: the booklet has not 41 pages');
      await ctx.close();
    }
    console.log(`bench: carry-away run ${i + 1}/${runs}`);
  }
  return out;
}

/** The bench table's rows (name, median, max, then the peer columns left empty). */
export function carryRows(c: Carry): (string | number)[][] {
  return [
    [
      'briefing: single file downloaded, median (ms)',
      median(c.download),
      max(c.download),
      '',
      '',
      '',
    ],
    ['briefing: single file downloaded (KiB)', c.bytes / 1024, '', '', '', ''],
    [
      'briefing: pack of 8 chapters to print, median (ms)',
      median(c.pack8),
      max(c.pack8),
      '',
      '',
      '',
    ],
    [
      'profiles: booklet of 41 to print, median (ms)',
      median(c.booklet41),
      max(c.booklet41),
      '',
      '',
      '',
    ],
  ];
}

/**
 * Budgets: what an officer may wait before the file or the print dialog. The pack draws each
 * chapter as the export draws an A4 handout (an SVG map and its 主城 inset rendered and encoded,
 * ≈ 1.5–2 s a chapter on this 2-core machine): 2.5 s a page.
 */
export function carryBudgets(c: Carry): Budget[] {
  return [
    {
      name: 'single file downloaded (ms) ≤ 5000, max',
      value: max(c.download),
      limit: 5000,
      kind: 'max',
      unit: 'ms',
    },
    {
      name: 'pack of 8 chapters to print (ms) ≤ 20000, max',
      value: max(c.pack8),
      limit: 20000,
      kind: 'max',
      unit: 'ms',
    },
    {
      name: 'booklet of 41 profiles to print (ms) ≤ 10000, max',
      value: max(c.booklet41),
      limit: 10000,
      kind: 'max',
      unit: 'ms',
    },
  ];
}

/**
 * Carried away (issue 22): district profiles (区县产业名片) printed one at a time and as the booklet,
 * the briefing's A4 pack, and the single offline file with a briefing inside, played over file://
 * with every request refused. Each test opens its own browser on its own page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { artifact, launch, openApp, waitForMap, type AppSession } from './harness.ts';
import { ROOT } from '../../scripts/lib/seeds.ts';
import type { TourFile } from '../../src/tour/types.ts';
import { displayQuote } from '../../src/data/quote.ts';
import { profileModel } from '../../src/profiles/model.ts';
import { composeBriefing } from '../../src/briefing/compose.ts';
import { loadData } from '../helpers.ts';

const JSQR = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');
const tours = JSON.parse(readFileSync(join(ROOT, 'data', 'tour.json'), 'utf8')) as TourFile;
const data = loadData();
const RONGCHANG = '500153';

let app: AppSession | undefined;
let offline: BrowserContext | undefined;
afterEach(async () => {
  await app?.close();
  await offline?.close();
  app = undefined;
  offline = undefined;
});

/**
 * The browser's print dialog would hold the page "being printed" (page.pdf then refuses): stubbed,
 * as the export's print test does; the printed document is then read as print media renders it.
 */
const noPrintDialog = (page: Page) => page.evaluate(() => (window.print = () => undefined));

/** The text a QR code holds, read from a screenshot of it by jsQR in a blank page of its own. */
async function readQr(page: Page, png: Buffer): Promise<string | null> {
  const tool = await page.context().newPage();
  try {
    await tool.addScriptTag({ path: JSQR });
    return await tool.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height);
      const jsQR = (
        window as unknown as {
          jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null;
        }
      ).jsQR;
      return jsQR(d.data, c.width, c.height)?.data ?? null;
    }, png.toString('base64'));
  } finally {
    await tool.close();
  }
}

/** The pages of a PDF (its /Type /Page objects) and the first page's size in points. */
function pdfPages(pdf: Buffer): { pages: number; size: number[] } {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const box = /\/MediaBox\s*\[\s*([\d.\s]+)\]/.exec(text)?.[1]?.trim().split(/\s+/).map(Number);
  return { pages, size: box ? [Math.round(box[2]!), Math.round(box[3]!)] : [] };
}

/**
 * Opens `file` in a browser of its own where every request but the file is refused, as on a
 * laptop with no network, and waits for its briefing's first card; returns the page and what it
 * tried to fetch.
 */
async function openOffline(
  file: string,
): Promise<{ p: Page; foreign: string[]; errors: string[] }> {
  const href = pathToFileURL(file).href;
  offline = await launch();
  const foreign: string[] = [];
  await offline.route('**/*', (route) => {
    const url = route.request().url();
    if (url === href || url.startsWith(`${href}?`) || url.startsWith(`${href}#`))
      return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  const p = offline.pages()[0] ?? (await offline.newPage());
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.setViewportSize({ width: 1440, height: 900 });
  await p.goto(href);
  await expect
    .poll(() => p.locator('[data-testid="tour"]').getAttribute('data-step'), { timeout: 30_000 })
    .toBe('1');
  return { p, foreign, errors };
}

describe('district profiles (区县产业名片)', () => {
  it('prints one from the district panel: its name, group, quotes and a QR code to its view', async () => {
    app = await openApp({ query: `?district=${RONGCHANG}` });
    const { page } = app;
    await page.click('[data-testid="print-profile"]');
    const sheet = page.locator('[data-testid="profile-sheet"]');
    await expect.poll(() => sheet.count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    // Printed: the profile only, not the map page behind it.
    expect(await sheet.isVisible()).toBe(true);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await sheet.getAttribute('data-code')).toBe(RONGCHANG);
    expect(await sheet.locator('[data-testid="profile-title"]').textContent()).toBe('荣昌区');
    expect(await sheet.locator('[data-testid="profile-group"]').textContent()).toContain(
      '主城新区',
    );
    // Every sub-industry the table lists for 荣昌 is on the page, each with its verbatim quote.
    const model = profileModel(RONGCHANG, data)!;
    const industries = await sheet.locator('[data-testid="sheet-industries"] li').allTextContents();
    expect(industries).toHaveLength(model.facts.rows.length);
    for (const [i, r] of model.facts.rows.entries()) {
      expect(industries[i]).toContain(r.name);
      expect(industries[i]).toContain(displayQuote(r.source.quote));
    }
    await page.screenshot({ path: artifact('profile-rongchang.png'), fullPage: true });
    // The QR code opens 荣昌 on the map.
    const qr = await readQr(page, await sheet.locator('.sheet-qr').screenshot());
    expect(qr).not.toBeNull();
    const url = new URL(qr!);
    expect(url.searchParams.get('district')).toBe(RONGCHANG);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(qr!);
    await waitForMap(page);
    const panel = page.locator('[data-testid="district-panel"]');
    await expect.poll(() => panel.getAttribute('data-code')).toBe(RONGCHANG);
    expect(app.errors).toEqual([]);
  });

  it('prints the booklet of all 41 on 41 A4 pages, 黔江 with its own plan quoted', async () => {
    app = await openApp({ query: '?district=500114' });
    const { page } = app;
    await noPrintDialog(page);
    await page.click('[data-testid="print-profiles"]');
    const sheets = page.locator('[data-testid="profile-sheet"]');
    await expect.poll(() => sheets.count()).toBe(41);
    const qianjiang = page.locator('[data-testid="profile-sheet"][data-code="500114"]');
    expect(await qianjiang.locator('[data-testid="profile-title"]').textContent()).toBe('黔江区');
    const plan = qianjiang.locator('[data-testid="sheet-plan"]');
    expect(await plan.textContent()).toContain(data.plans[0]!.pillars[0]!.source.quote);
    const zone = page.locator('[data-testid="profile-sheet"][data-code="zone-liangjiang"]');
    expect(await zone.locator('[data-testid="profile-title"]').textContent()).toBe('两江新区');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // One portrait A4 page (595 × 842 pt) per place: nothing spills onto a second page.
    expect(pdfPages(pdf)).toEqual({ pages: 41, size: [595, 842] });
    expect(app.errors).toEqual([]);
  });
});

describe('the briefing carried away', () => {
  it('prints the pack: one A4 landscape page per chapter with its map, caption and quote', async () => {
    const tour = tours.tours.find((t) => t.id === 'briefing')!;
    app = await openApp({ query: '?tour=briefing&step=3' });
    const { page } = app;
    await page.waitForSelector('[data-testid="tour"]');
    await noPrintDialog(page);
    await page.click('[data-testid="tour-pack"]');
    const sheets = page.locator('[data-testid="pack-sheet"]');
    await expect.poll(() => sheets.count(), { timeout: 60_000 }).toBe(tour.chapters.length);
    for (const [i, c] of tour.chapters.entries()) {
      const s = sheets.nth(i);
      expect(await s.locator('[data-testid="pack-title"]').textContent()).toBe(c.title.zh);
      expect(await s.locator('[data-testid="pack-caption"]').textContent()).toBe(c.caption.zh);
      expect(await s.locator('[data-testid="pack-quote"]').textContent()).toContain(
        displayQuote(c.source.quote),
      );
    }
    // Each map is drawn (a handout image, not a blank one).
    const sizes = await sheets
      .locator('img')
      .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(sizes).toEqual(tour.chapters.map(() => 1800));
    // The presenter is where it was.
    expect(await page.locator('[data-testid="tour"]').getAttribute('data-step')).toBe('3');
    await page.emulateMedia({ media: 'print' });
    await sheets.nth(3).screenshot({ path: artifact('pack-chapter-4.png') });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfPages(pdf)).toEqual({ pages: tour.chapters.length, size: [842, 595] });
    expect(app.errors).toEqual([]);
  });

  it('downloads one HTML file that plays the briefing over file:// with every request refused', async () => {
    const tour = tours.tours.find((t) => t.id === 'chuanyu')!;
    app = await openApp({ query: '?tour=chuanyu&step=1' });
    const { page } = app;
    await page.waitForSelector('[data-testid="tour"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="tour-single-file"]'),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'cq-single-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(file.endsWith('.html')).toBe(true);
    expect(statSync(file).size).toBeGreaterThan(1_000_000);
    await expect
      .poll(() => page.locator('[data-testid="notice"]').allTextContents())
      .toContainEqual(expect.stringContaining(download.suggestedFilename()));

    // A laptop with no network: the file itself, nothing else.
    const href = pathToFileURL(file).href;
    offline = await launch();
    const foreign: string[] = [];
    await offline.route('**/*', (route) => {
      const url = route.request().url();
      if (url === href || url.startsWith(`${href}?`) || url.startsWith(`${href}#`))
        return route.continue();
      foreign.push(url);
      return route.abort('blockedbyclient');
    });
    const p = offline.pages()[0] ?? (await offline.newPage());
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.setViewportSize({ width: 1440, height: 900 });
    await p.goto(href);
    const card = p.locator('[data-testid="tour"]');
    await expect.poll(() => card.getAttribute('data-step'), { timeout: 30_000 }).toBe('1');
    expect(await p.locator('[data-testid="tour-title"]').textContent()).toBe(
      tour.chapters[0]!.title.zh,
    );
    await p.screenshot({ path: artifact('single-file-chapter-1.png') });
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => card.getAttribute('data-step')).toBe('2');
    expect(await p.locator('[data-testid="tour-title"]').textContent()).toBe(
      tour.chapters[1]!.title.zh,
    );
    expect(foreign.filter((u) => !/^(data|blob):/.test(u))).toEqual([]);

    // The file, offline, writes a copy of itself with the briefing it plays (once, not twice).
    const [again] = await Promise.all([
      p.waitForEvent('download'),
      p.click('[data-testid="tour-single-file"]'),
    ]);
    const copy = join(mkdtempSync(join(tmpdir(), 'cq-single-')), again.suggestedFilename());
    await again.saveAs(copy);
    const html = readFileSync(copy, 'utf8');
    expect(html.match(/id="cq-briefing"/g)).toHaveLength(1);
    expect(html).toContain(`"id": "${tour.id}"`);
    expect(Math.abs(html.length - readFileSync(file, 'utf8').length)).toBeLessThan(50_000);
    expect(errors).toEqual([]);
  });

  it('downloads a briefing composed in the editor as one file that plays it offline', async () => {
    const composed = composeBriefing('白酒', data, 'zh');
    if (!composed.ok) throw new Error('白酒 does not compose');
    const liquor = composed.tour;
    app = await openApp();
    const { page } = app;
    await page.click('[data-testid="briefings"]');
    await page.fill('[data-testid="briefing-industry"]', '白酒');
    await page.click('[data-testid="briefing-compose"]');
    await expect
      .poll(() => page.locator('[data-testid="briefing-chapter"]').count())
      .toBe(liquor.chapters.length);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="briefing-single-file"]'),
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'cq-single-')), download.suggestedFilename());
    await download.saveAs(file);
    const { p, foreign, errors } = await openOffline(file);
    const title = () => p.locator('[data-testid="tour-title"]').textContent();
    expect(await title()).toBe(liquor.chapters[0]!.title.zh);
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => p.locator('[data-testid="tour"]').getAttribute('data-step')).toBe('2');
    expect(await title()).toBe(liquor.chapters[1]!.title.zh);
    expect(foreign.filter((u) => !/^(data|blob):/.test(u))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { artifact, canvasStats, waitForMap } from './harness.ts';
import { perTest } from './per-test.ts';
import { ROOT } from '../../scripts/lib/seeds.ts';

// npm run build:offline's one file, opened the way staff open it from a USB stick.
const FILE = join(ROOT, 'dist-offline', 'index.html');
const URL_ = pathToFileURL(FILE).href;
const t = perTest();
let page: Page;

// Each test's own start: a fresh context with the file opened afresh, drawn. Every request that is
// not the file itself is refused and recorded, and asserted empty after the test with the page's
// errors (per-test.ts); data: and blob: URLs are the file's own inlined parts (the map's worker,
// symbols), not requests leaving the machine.
beforeEach(async () => {
  const s = await t.session({ width: 1920, height: 1080, origin: URL_ });
  // Also what does not pass the context's routes (a worker's own requests).
  s.ctx.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(URL_) && !/^(data|blob):/.test(url)) s.blocked.push(url);
  });
  page = s.page;
  await page.goto(URL_);
  await waitForMap(page);
});

describe('the single-file offline build, over file:// with no network', () => {
  it('is one file', () => {
    expect(existsSync(FILE)).toBe(true);
    expect(statSync(FILE).size).toBeGreaterThan(1_000_000); // code, data, boundaries, seeds, worker
  });

  it('draws the map', async () => {
    const stats = await canvasStats(page);
    expect(stats.colours).toBeGreaterThan(40);
    await page.screenshot({ path: artifact('offline-01-map.png') });
  });

  it('filters, opens a district panel with its citation and the seed text', async () => {
    await page.click('[data-testid="industry-option"][data-industry="眼镜制造"]');
    // The list follows the map's frame.
    const codes = () =>
      page.$$eval('[data-testid="matching-districts"] > li', (els) =>
        els.map((e) => e.getAttribute('data-code')).sort(),
      );
    await expect.poll(codes).toEqual(['500153', '500236']);
    await page.click('[data-testid="matching-districts"] li[data-code="500236"] button');
    const panel = page.locator('[data-testid="district-panel"]');
    await expect.poll(() => panel.getAttribute('data-code')).toBe('500236');
    await panel.locator('[data-testid="read-in-seed"]').first().click();
    await expect.poll(() => page.locator('[data-testid="seed-quote"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('offline-02-panel-seed.png') });
    await page.keyboard.press('Escape');
  });

  it('runs the briefing', async () => {
    await page.click('[data-testid="present"]');
    await expect
      .poll(() => page.locator('[data-testid="tour"]').getAttribute('data-step'))
      .toBe('1');
    for (let i = 2; i <= 4; i++) {
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(() => page.locator('[data-testid="tour"]').getAttribute('data-step'))
        .toBe(String(i));
    }
    await page.waitForSelector('#map:not([data-moving])');
    await page.screenshot({ path: artifact('offline-03-tour.png') });
    await page.keyboard.press('Escape');
  });

  it('reads a project list and ranks places for an industry, with no server (the import worker starts from file://)', async () => {
    await page.click('[data-testid="mode-projects"]');
    await page.click('[data-testid="projects-sample"]');
    await expect
      .poll(() => page.locator('[data-testid="projects-counts"]').textContent())
      .toBe('共 17 行：已解析 15，部分解析 1，未解析 1。');
    await page.fill('[data-testid="siting-input"]', '白酒');
    await page.click('[data-testid="siting-go"]');
    await expect
      .poll(() =>
        page.locator('[data-testid="siting-list"] > li').first().getAttribute('data-place'),
      )
      .toBe('500116');
  });
});

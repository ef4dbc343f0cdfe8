import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  artifact,
  blockOtherNetwork,
  canvasStats,
  launch,
  serve,
  waitForMap,
  type StaticServer,
} from './harness.ts';
import { ROOT } from '../../scripts/lib/seeds.ts';

/** The policy the README documents, read from the file static hosts take it from. */
const POLICY = /Content-Security-Policy:\s*(.+)/
  .exec(readFileSync(join(ROOT, 'public', '_headers'), 'utf8'))![1]!
  .trim();

let server: StaticServer;
let ctx: BrowserContext;
let page: Page;
let blocked: string[];
const errors: string[] = [];

beforeAll(async () => {
  server = await serve(undefined, { 'content-security-policy': POLICY });
  ctx = await launch();
  blocked = await blockOtherNetwork(ctx, server.url.replace(/\/$/, ''));
  page = ctx.pages()[0] ?? (await ctx.newPage());
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(server.url);
  await waitForMap(page);
});

afterAll(async () => {
  await ctx?.close();
  await server?.close();
});

describe('under the documented Content-Security-Policy', () => {
  it('forbids inline script and eval', () => {
    expect(POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('draws the map, filters, opens the table, the briefing and an export with no violation', async () => {
    expect((await canvasStats(page)).colours).toBeGreaterThan(40);
    await page.click('[data-testid="industry-option"][data-industry="眼镜制造"]');
    await page.click('[data-testid="mode-table"]');
    await page.waitForSelector('[data-testid="table-view"]');
    await page.click('[data-testid="mode-map"]');
    await page.click('[data-testid="present"]');
    await page.waitForSelector('[data-testid="tour"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(1500);
    await page.keyboard.press('Escape');
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export-png-2"]'),
    ]);
    expect(dl.suggestedFilename()).toMatch(/\.png$/);
    await page.screenshot({ path: artifact('csp-map.png') });
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
  });
});

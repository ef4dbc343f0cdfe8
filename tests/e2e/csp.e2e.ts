import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifact, cameraSettled, canvasStats, openApp, type AppSession } from './harness.ts';
import { ROOT } from '../../scripts/lib/seeds.ts';

/** The policy docs/hosting.md documents, read from the file static hosts take it from. */
const POLICY = /Content-Security-Policy:\s*(.+)/
  .exec(readFileSync(join(ROOT, 'public', '_headers'), 'utf8'))![1]!
  .trim();

let app: AppSession;
let page: Page;
let blocked: string[];
let errors: string[];

beforeAll(async () => {
  app = await openApp({
    headers: { 'content-security-policy': POLICY },
    init: (p) =>
      p.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      }),
  });
  ({ page, blocked, errors } = app);
});

afterAll(() => app?.close());

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
    await page.waitForSelector('[data-testid="tour"][data-step="2"]');
    await cameraSettled(page);
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

import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { artifact, waitForMap, type StaticServer } from './harness.ts';
import { perTest } from './per-test.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const t = perTest();
let server: StaticServer;
let ctx: BrowserContext;
let page: Page;

// Each test's own context (its storage, errors and refused requests checked after it: per-test.ts).
beforeEach(async () => {
  ({ server, ctx, page } = await t.session());
});

async function download(testid: string): Promise<string> {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-testid="${testid}"]`),
  ]);
  const path = artifact(dl.suggestedFilename());
  await dl.saveAs(path);
  return readFileSync(path, 'utf8');
}

/** Data rows of a CSV (header first), split on unquoted line ends. */
function csvRows(text: string): string[] {
  const rows: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (c === '\n' && !quoted) {
      rows.push(cur.replace(/\r$/, ''));
      cur = '';
    } else cur += c;
  }
  return rows;
}

describe('the table view and downloads', () => {
  it('downloads exactly the rows behind the map for a filter, each with its citation', async () => {
    await page.goto(server.url);
    await waitForMap(page);
    await page.click('[data-testid="industry-option"][data-industry="眼镜制造"]');
    await page.click('[data-testid="mode-table"]');
    await page.waitForSelector('[data-testid="table-layout"]');
    expect(await page.locator('[data-testid="table-layout"] tbody tr').count()).toBe(2);
    await page.screenshot({ path: artifact('table-eyewear.png') });
    const csv = await download('download-visible-csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csvRows(csv.slice(1));
    expect(rows[0]).toBe('区划代码,区县,产业门类,小类,GB/T 4754,文件,文号,行,原文');
    const row = data.layout.find((r) => r.id === '眼镜制造')!;
    expect(
      rows
        .slice(1)
        .map((r) => r.split(',')[0])
        .sort(),
    ).toEqual([...row.places].sort());
    const all = csvRows((await download('download-all-csv')).slice(1));
    expect(all.length - 1).toBe(data.layout.reduce((n, r) => n + r.places.length, 0));
    const json = JSON.parse(await download('download-visible-json')) as {
      rows: { code: string; quote: string }[];
    };
    expect(json.rows.map((r) => r.code).sort()).toEqual([...row.places].sort());
    // Verbatim — behind an apostrophe where the quote starts as a formula would (a tab here).
    const safe = /^[=+\-@\t\r]/.test(row.source.quote) ? `'${row.source.quote}` : row.source.quote;
    expect(json.rows.every((r) => r.quote === safe)).toBe(true);
  });

  it('gives the table the width, and its filters open over it: another 小类 there changes the table', async () => {
    // Its own start: the table with one 小类 chosen (as the link gives it).
    await page.goto(`${server.url}?mode=table&industry=${encodeURIComponent('眼镜制造')}`);
    await page.waitForSelector('[data-testid="table-layout"]');
    // The side columns fold away in the table view (they squeezed its columns); the filters
    // open from a button that says how many are on.
    expect(await page.locator('aside.left').isVisible()).toBe(false);
    expect(await page.locator('aside.right').isVisible()).toBe(false);
    const toggle = page.locator('[data-testid="filters-toggle"]');
    expect(await toggle.textContent()).toBe('筛选（1 项）');
    await toggle.click();
    await page.click('[data-testid="industry-option"][data-industry="酒的制造"]');
    await expect.poll(() => toggle.textContent()).toBe('筛选（2 项）');
    const row = data.layout.find((r) => r.id === '酒的制造')!;
    await expect
      .poll(() => page.locator('[data-testid="table-layout"] tbody tr').count())
      .toBe(2 + row.places.length);
    await page.click('[data-testid="clear-filters"]');
    await page.keyboard.press('Escape');
    expect(await page.locator('aside.left').isVisible()).toBe(false);
  });
});

describe('compare', () => {
  it('shows the shared and the unique sub-industries of two districts', async () => {
    await page.goto(`${server.url}?mode=compare&compare=500153,500236`);
    await page.waitForSelector('[data-testid="compare-view"]');
    const rc = new Set(data.layout.filter((r) => r.places.includes('500153')).map((r) => r.name));
    const fj = new Set(data.layout.filter((r) => r.places.includes('500236')).map((r) => r.name));
    const shared = [...rc].filter((x) => fj.has(x)).sort();
    const sharedShown = await page.$$eval(
      '[data-testid="compare-shared"] li[data-kind="industry"] .label',
      (els) => els.map((e) => e.textContent ?? '').sort(),
    );
    expect(sharedShown).toEqual(shared);
    const uniqueRc = await page.$$eval(
      '[data-testid="compare-column"][data-code="500153"] li.unique[data-kind="industry"] .label',
      (els) => els.map((e) => e.textContent ?? '').sort(),
    );
    expect(uniqueRc).toEqual([...rc].filter((x) => !fj.has(x)).sort());
    await page.screenshot({ path: artifact('compare-rongchang-fengjie.png') });
  });

  it('adds a Sichuan partner from the picker, and the URL keeps the selection', async () => {
    await page.goto(`${server.url}?mode=compare&compare=500153,500236`);
    await page.locator('[data-testid="compare-column"]').first().waitFor();
    await page.selectOption('[data-testid="compare-pick"]', '511000');
    await page.click('[data-testid="compare-add"]');
    await expect.poll(() => page.locator('[data-testid="compare-column"]').count()).toBe(3);
    await expect.poll(() => page.url()).toContain('compare=500153,500236,511000');
  });
});

describe('targets', () => {
  it('shows every target of the two tables with its 2020 value and 2025 target', async () => {
    await page.goto(`${server.url}?mode=targets`);
    await page.waitForSelector('[data-testid="targets-view"]');
    expect(await page.locator('[data-testid="target"]').count()).toBe(data.targets.length);
    const food = page.locator('[data-target="000-2"]');
    expect(await food.locator('[data-testid="value2020"]').textContent()).toBe('1546');
    expect(await food.locator('[data-testid="target2025"]').textContent()).toBe('2300');
    await page.screenshot({ path: artifact('targets.png') });
  });
});

describe('embed', () => {
  it('gives an iframe snippet whose page shows the map without the chrome', async () => {
    await page.goto(`${server.url}?industry=${encodeURIComponent('眼镜制造')}`);
    await waitForMap(page);
    await page.click('[data-testid="embed"]');
    const code = await page.locator('[data-testid="embed-code"]').inputValue();
    expect(code).toMatch(/^<iframe src="[^"]+embed=1[^"]*" title="重庆产业布局地图"/);
    const src = /src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    await page.keyboard.press('Escape');
    const p2 = await ctx.newPage();
    await p2.setViewportSize({ width: 800, height: 500 });
    await p2.goto(src);
    await waitForMap(p2);
    expect(await p2.locator('.app-header').isVisible()).toBe(false);
    expect(await p2.locator('aside.left').isVisible()).toBe(false);
    expect(await p2.locator('.open-full').getAttribute('href')).not.toContain('embed=');
    await p2.screenshot({ path: artifact('embed.png') });
    await p2.close();
  });
});

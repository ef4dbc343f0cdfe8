/**
 * An office's ledger as kept in Excel/WPS, unedited: title rows, a 填报单位 row, the header on
 * row 3, a 合计 row. Pasted whole, or opened as .xlsx through the picker, it gives its 20 projects
 * with 建设地点 read as the place, the total reported and checked, the header row said and
 * changeable; file names are isolated in the sentences; a 10,000-character name does not widen
 * the report. Each test opens its own browser.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifact, openApp, type AppSession } from './harness.ts';
import { delimited, ledgerCells, xlsx } from '../fixtures/ledger.ts';

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function open(width = 1440, height = 900): Promise<Page> {
  app = await openApp({ query: '?mode=projects', width, height });
  const p = app.page;
  await p.locator('[data-testid="projects-view"]:not([aria-busy])').waitFor();
  return p;
}

const text = (p: Page, id: string) => p.locator(`[data-testid="${id}"]`).textContent();
const ALL = '共 20 行：已解析 20，部分解析 0，未解析 0。';
// 4 rounds of the five projects' amounts in tests/fixtures/ledger.ts, in 万元.
const TOTAL = '第 24 行“合计”1,232,000 万元，与其上 20 个项目之和相符。';

describe('an office ledger, unedited', () => {
  it('pasted whole: header on row 3 found, 20 projects with 建设地点 as the place, 合计 reported and checked', async () => {
    const p = await open();
    await p.fill('[data-testid="projects-paste"]', delimited(ledgerCells(20), '\t'));
    await p.click('[data-testid="projects-paste-read"]');
    await expect.poll(() => text(p, 'projects-counts')).toBe(ALL);
    expect(await text(p, 'projects-header-at')).toContain(
      '表头在第 3 行；上面的第 1、2 行是标题、填报说明，已跳过。',
    );
    // 建设地点 is the place column; the amounts were read in the 万元 the header states.
    expect(
      await p.locator('[data-testid="projects-mapping"] select[data-field="place"]').inputValue(),
    ).toBe('4');
    expect(await text(p, 'projects-amount-unit')).toBe(
      '投资额按表头“计划总投资（万元）”读作万元。下载的报告中投资额以亿元列出。',
    );
    expect(await text(p, 'projects-totals')).toContain(TOTAL);
    // Row numbers are the sheet's: the first project is row 4, and no row 24 (the 合计) is a project.
    expect(await p.locator('[data-testid="project-row"]').first().getAttribute('data-row')).toBe(
      '4',
    );
    expect(await p.locator('[data-testid="project-row"][data-row="24"]').count()).toBe(0);
    await p.screenshot({ path: artifact('ledger-pasted.png'), fullPage: false });

    // Another header row, by choice: row 4 (a project) as the header leaves 19 rows; back to 3.
    await p.selectOption('[data-testid="projects-header-row"]', '3');
    await expect.poll(() => text(p, 'projects-counts')).toContain('共 19 行');
    expect(await text(p, 'projects-header-at')).toContain('表头在第 4 行（你选的）');
    await p.selectOption('[data-testid="projects-header-row"]', '2');
    await expect.poll(() => text(p, 'projects-counts')).toBe(ALL);
  });

  it('opened as .xlsx through the picker: the same 20 projects and total; the file name isolated', async () => {
    const p = await open();
    const name = '\u202e台账.xlsx';
    await p.setInputFiles('[data-testid="projects-file"]', {
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(xlsx(ledgerCells(20), ['A1:I1'])),
    });
    await expect.poll(() => text(p, 'projects-counts')).toBe(ALL);
    expect(await text(p, 'projects-totals')).toContain(TOTAL);
    // The right-to-left override in the name stays inside its isolate: the sentence reads on.
    expect(await text(p, 'projects-status')).toContain(`“\u2068${name}\u2069”`);
  });

  it('a total that does not add up says so; a 10,000-character name does not widen the report', async () => {
    const p = await open(360, 640);
    const cells = ledgerCells(3);
    // One unbroken word (CJK text would wrap anyway): 10,000 characters once made the table 95,000 px.
    cells[3]![1] = 'x'.repeat(10_000);
    cells[cells.length - 1]![5] = 1;
    await p.fill('[data-testid="projects-paste"]', delimited(cells, '\t'));
    await p.click('[data-testid="projects-paste-read"]');
    await expect.poll(() => text(p, 'projects-counts')).toContain('共 3 行');
    expect(await text(p, 'projects-totals')).toContain(
      '第 7 行“合计”1 万元，但其上 3 个项目之和为 255,000 万元，相差 254,999 万元。',
    );
    const long = p.locator('[data-testid="project-row"][data-row="4"] td').nth(1);
    expect(await long.locator('[title]').getAttribute('title')).toBe('x'.repeat(10_000));
    const box = await p.locator('[data-testid="projects-table"]').boundingBox();
    expect(box!.width).toBeLessThan(1000);
    await p.locator('[data-testid="projects-ledger"]').scrollIntoViewIfNeeded();
    await p.screenshot({ path: artifact('ledger-phone.png') });
  });
});

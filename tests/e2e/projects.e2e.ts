/**
 * Bring your own list: an officer opens the office's project list on the page, offline, and reads
 * every row's plan fit with its sentence; fixes a row; downloads the report; finds the list again
 * after a reload and gone after clearing. Each test opens its own browser context.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { artifact, waitForMap } from './harness.ts';
import { perTest } from './per-test.ts';
import { ROOT } from '../../scripts/lib/seeds.ts';

// One browser for the file, a context per test (errors and refused requests checked after it).
const t = perTest();

async function open(query = '?mode=projects'): Promise<{ p: Page; requests: Request[] }> {
  const { page: p } = await t.session({ width: 1440, height: 900 });
  const requests: Request[] = [];
  p.on('request', (r) => requests.push(r));
  await p.goto(`${t.server.url}${query}`);
  await waitForMap(p);
  await p.locator('[data-testid="projects-view"]').waitFor();
  return { p, requests };
}

const counts = (p: Page) => p.locator('[data-testid="projects-counts"]').textContent();
const row = (p: Page, n: number) => p.locator(`[data-testid="project-row"][data-row="${n}"]`);

describe('my projects', () => {
  it('reads the sample list on this device only: counts, a verdict with its sentence, no request carrying it', async () => {
    const { p, requests } = await open();
    expect(await p.locator('[data-testid="projects-privacy"]').textContent()).toContain('不会上传');
    const before = requests.length;
    await p.click('[data-testid="projects-sample"]');
    await expect.poll(() => counts(p)).toBe('共 17 行：已解析 15，部分解析 1，未解析 1。');
    // 奉节 眼镜: the layout table lists 奉节 for 眼镜制造 — the row says so and quotes the table.
    const fengjie = row(p, 5);
    expect(await fengjie.getAttribute('data-verdict')).toBe('planned');
    expect(await fengjie.locator('blockquote').textContent()).toContain('荣昌、奉节');
    expect(await row(p, 4).getAttribute('data-verdict')).toBe('supported');
    expect(await row(p, 8).textContent()).toContain('规划布局在：忠县');
    await p.screenshot({ path: artifact('projects-sample.png') });
    // Nothing left the machine: after the import only the page's own GETs (code chunks).
    const later = requests.slice(before);
    expect(later.filter((r) => r.method() !== 'GET' || r.postData())).toEqual([]);
    expect(later.filter((r) => !r.url().startsWith(t.server.url))).toEqual([]);
  });

  it('reads a GB18030 file from the picker and says which encoding it used; refuses a binary file and keeps the list', async () => {
    const { p } = await open();
    await p.setInputFiles('[data-testid="projects-file"]', {
      name: '项目清单.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(join(ROOT, 'tests', 'fixtures', 'projects-gb18030.csv')),
    });
    await expect
      .poll(() => p.locator('[data-testid="projects-status"]').textContent())
      .toContain('GB18030');
    expect(await counts(p)).toBe('共 17 行：已解析 15，部分解析 1，未解析 1。');
    await p.setInputFiles('[data-testid="projects-file"]', {
      name: 'book.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 8, 0, 0]),
    });
    await expect
      .poll(() => p.locator('[data-testid="projects-status"]').textContent())
      .toContain('未能读取“\u2068book.xlsx\u2069”：这个文件读不出来');
    expect(await counts(p)).toBe('共 17 行：已解析 15，部分解析 1，未解析 1。');
    // An Excel workbook: read through the picker like any file.
    await p.setInputFiles('[data-testid="projects-file"]', {
      name: '项目清单.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: readFileSync(join(ROOT, 'tests', 'fixtures', 'projects.xlsx')),
    });
    await expect.poll(() => counts(p)).toBe('共 16 行：已解析 15，部分解析 1，未解析 0。');
    expect(await p.locator('[data-testid="projects-status"]').textContent()).toContain(
      'Excel 工作簿',
    );
    await p.setInputFiles('[data-testid="projects-file"]', {
      name: 'merged.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: readFileSync(join(ROOT, 'tests', 'fixtures', 'projects-merged-header.xlsx')),
    });
    await expect
      .poll(() => p.locator('[data-testid="projects-status"]').textContent())
      .toContain('第 4 列表头为空（可能是合并单元格）');
  });

  it('fixes a row in place, marks the map and the district panel, downloads a safe report, and keeps the list until cleared', async () => {
    const { p } = await open();
    await p.fill(
      '[data-testid="projects-paste"]',
      '项目名称\t行业\t区县\n=HYPERLINK("http://x")\t眼镜\t奉节县\n江津火锅底料\t火锅底料\t某地\n',
    );
    await p.click('[data-testid="projects-paste-read"]');
    await expect.poll(() => counts(p)).toBe('共 2 行：已解析 1，部分解析 1，未解析 0。');
    // Sheet row 3's place did not resolve: type it where it is.
    await row(p, 3).locator('[data-testid="fix-place"]').fill('江津区');
    await row(p, 3).locator('[data-testid="fix-place"]').press('Enter');
    await expect.poll(() => row(p, 3).getAttribute('data-verdict')).toBe('planned');
    expect(await counts(p)).toBe('共 2 行：已解析 2，部分解析 0，未解析 0。');
    // The report, as a spreadsheet would read it: the formula is text.
    const [dl] = await Promise.all([
      p.waitForEvent('download'),
      p.click('[data-testid="projects-download"]'),
    ]);
    const path = artifact(dl.suggestedFilename());
    await dl.saveAs(path);
    const csv = readFileSync(path, 'utf8');
    expect(csv.startsWith('\ufeff行,项目,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain('规划布局在此');
    // The map marks both places; 奉节's panel says how many of the list are there.
    await p.click('[data-testid="mode-map"]');
    // (The 主城 inset repeats 江津's badge: count the main map's.)
    await expect
      .poll(() => p.locator('[data-testid="svg-map"] [data-kind="projects"]').count())
      .toBe(2);
    expect(await p.locator('[data-testid="legend-projects"]').isVisible()).toBe(true);
    await p.locator('[data-testid="search"]').fill('奉节');
    await p.keyboard.press('Enter');
    await expect
      .poll(() => p.locator('[data-testid="panel-projects"]').textContent())
      .toBe('你的项目：此地 1 个，其中 1 个属规划布局的行业');
    // Kept on this device: a reload finds it, with the fix.
    await p.goto(`${t.server.url}?mode=projects`);
    await expect.poll(() => counts(p)).toBe('共 2 行：已解析 2，部分解析 0，未解析 0。');
    await p.click('[data-testid="projects-clear"]');
    await p.goto(`${t.server.url}?mode=projects`);
    // Final once it knows there is no saved list (busy until then).
    await p.locator('[data-testid="projects-view"]:not([aria-busy])').waitFor();
    expect(await p.locator('[data-testid="projects-counts"]').count()).toBe(0);
    expect(await p.locator('[data-kind="projects"]').count()).toBe(0);
  });

  it('ranks places for an industry with cited reasons, shows them on the map and makes a one-page handout', async () => {
    const { p } = await open();
    await p.fill('[data-testid="siting-input"]', '白酒');
    await p.click('[data-testid="siting-go"]');
    const first = p.locator('[data-testid="siting-list"] > li').first();
    await expect.poll(() => first.getAttribute('data-place')).toBe('500116');
    expect(await first.locator('[data-testid="citation"]').count()).toBeGreaterThan(1);
    const [dl] = await Promise.all([
      p.waitForEvent('download', { timeout: 60_000 }),
      p.click('[data-testid="siting-handout"]'),
    ]);
    expect(dl.suggestedFilename()).toMatch(/-a4\.png$/);
    const path = artifact(dl.suggestedFilename());
    await dl.saveAs(path);
    const size = await p.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, readFileSync(path).toString('base64'));
    expect(size).toEqual([1754, 1240]);
    await p.click('[data-testid="siting-map"]');
    await expect.poll(() => p.locator('body').getAttribute('data-mode')).toBe('map');
    expect(
      await p.locator('[data-testid="industry-option"][data-industry="酒的制造"]').isChecked(),
    ).toBe(true);
  });
});

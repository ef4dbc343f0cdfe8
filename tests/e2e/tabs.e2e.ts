/**
 * Nothing lost in two tabs of the same page, as people keep them (issue 20): each loss the issue
 * found — edit/edit, clear/edit, import/edit, a new mapping — and storage that cannot open. Two
 * pages of one browser context share the device's storage, as two tabs do. Each test opens its
 * own browser (its own storage).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForMap } from './harness.ts';
import { perTest, type Session } from './per-test.ts';

// One browser for the file, a context per test: closed, and its errors and refused requests
// asserted, after each test (per-test.ts).
const t = perTest();
let app: Session;

const LIST = '项目名称\t行业\t区县\n甲项目\t眼镜\t某地\n乙项目\t某业\t江津\n';
const TWO_PARTIAL = '共 2 行：已解析 0，部分解析 2，未解析 0。';
const TWO_RESOLVED = '共 2 行：已解析 2，部分解析 0，未解析 0。';

const counts = (p: Page) => p.locator('[data-testid="projects-counts"]').textContent();
const statusText = (p: Page) => p.locator('[data-testid="projects-status"]').textContent();
const row = (p: Page, n: number) => p.locator(`[data-testid="project-row"][data-row="${n}"]`);
const settled = (p: Page) => p.locator('[data-testid="projects-view"]:not([aria-busy])').waitFor();

/** Tab A (the session's first page) with `text` pasted and read, and tab B opened after it. */
async function twoTabs(text = LIST): Promise<[Page, Page]> {
  app = await t.open({ query: '?mode=projects' });
  const a = app.page;
  await settled(a);
  await paste(a, text);
  const b = await app.ctx.newPage();
  await b.setViewportSize({ width: 1440, height: 900 });
  await b.goto(`${app.server.url}?mode=projects`);
  await waitForMap(b);
  await expect.poll(() => counts(b)).toBe(await counts(a));
  return [a, b];
}

async function paste(p: Page, text: string) {
  await p.fill('[data-testid="projects-paste"]', text);
  await p.click('[data-testid="projects-paste-read"]');
  await expect.poll(() => statusText(p)).toContain('已读取');
}

/** Types a fix into a row's field and leaves it unsent (the tab's user still typing). */
const type = (p: Page, n: number, field: 'place' | 'industry', value: string) =>
  row(p, n).locator(`[data-testid="fix-${field}"]`).fill(value);

async function fix(p: Page, n: number, field: 'place' | 'industry', value: string) {
  await type(p, n, field, value);
  await p.keyboard.press('Enter');
  await expect.poll(() => row(p, n).getAttribute('data-status')).toBe('resolved');
}

async function reload(p: Page) {
  await p.goto(`${app.server.url}?mode=projects`);
  await waitForMap(p);
  await settled(p);
}

describe('two tabs', () => {
  it('edit/edit: A fixes row 2’s place, B row 3’s industry (sheet rows) — each tab shows both, and so does a reload', async () => {
    const [a, b] = await twoTabs();
    expect(await counts(a)).toBe(TWO_PARTIAL);
    await fix(a, 2, 'place', '奉节县');
    await fix(b, 3, 'industry', '眼镜');
    // B was told of A's fix and shows it; A shows B's.
    await expect.poll(() => row(b, 2).getAttribute('data-status')).toBe('resolved');
    await expect.poll(() => row(a, 3).getAttribute('data-status')).toBe('resolved');
    for (const p of [a, b]) {
      await reload(p);
      await expect.poll(() => counts(p)).toBe(TWO_RESOLVED);
    }
  });

  it('clear/edit: A clears while B is typing a fix — the list stays cleared, and B says so', async () => {
    const [a, b] = await twoTabs();
    await type(b, 2, 'place', '奉节县');
    await a.click('[data-testid="projects-clear"]');
    await expect.poll(() => a.locator('[data-testid="projects-counts"]').count()).toBe(0);
    await b.keyboard.press('Enter');
    await expect.poll(() => statusText(b)).toContain('在另一个标签页中清除');
    expect(await b.locator('[data-testid="projects-counts"]').count()).toBe(0);
    for (const p of [b, a]) {
      await reload(p);
      expect(await p.locator('[data-testid="projects-counts"]').count()).toBe(0);
    }
  });

  it('import/edit: B reads a new list while A is fixing the old one — B’s list stays, A says so and shows it', async () => {
    const [a, b] = await twoTabs();
    await type(a, 2, 'place', '奉节县');
    await paste(b, '项目名称\t行业\t区县\n新项目\t白酒\t江津\n');
    await expect.poll(() => counts(b)).toBe('共 1 行：已解析 1，部分解析 0，未解析 0。');
    await a.keyboard.press('Enter');
    await expect.poll(() => counts(a)).toBe('共 1 行：已解析 1，部分解析 0，未解析 0。');
    expect(await statusText(a)).toContain('另一个标签页');
    for (const p of [a, b]) {
      await reload(p);
      await expect.poll(() => counts(p)).toBe('共 1 行：已解析 1，部分解析 0，未解析 0。');
    }
  });

  it('remap: a new industry column keeps the place fix, names the industry fix it could not keep, and B follows', async () => {
    const [a, b] = await twoTabs(
      '项目名称\t行业\t区县\t备注\n甲项目\t眼镜\t某地\t白酒\n乙项目\t某业\t江津\t白酒\n',
    );
    await fix(a, 2, 'place', '奉节县');
    await fix(a, 3, 'industry', '眼镜');
    await a.selectOption('[data-testid="projects-mapping"] select[data-field="industry"]', '3');
    await expect.poll(() => statusText(a)).toContain('有 1 处未能保留');
    expect(await statusText(a)).toContain('第 3 行的行业“眼镜”');
    // Row 2's place is still the fixed one.
    expect(await row(a, 2).locator('[data-testid="fix-place"]').count()).toBe(0);
    expect(await row(a, 2).textContent()).toContain('奉节县');
    // B reads the same columns and keeps the same fix.
    const industry = (p: Page) =>
      p.locator('[data-testid="projects-mapping"] select[data-field="industry"]').inputValue();
    await expect.poll(() => industry(b)).toBe('3');
    await expect.poll(() => row(b, 2).textContent()).toContain('奉节县');
    await reload(a);
    expect(await row(a, 2).textContent()).toContain('奉节县');
    expect(await industry(a)).toBe('3');
  });

  it('header row: A takes another row as the header — the fix to the row that became the header is named, B follows, a reload reads the same way', async () => {
    // Two header-like rows: the finder takes row 1; the office's real header is row 2.
    const [a, b] = await twoTabs(
      '项目名称\t行业\t区县\n项目\t行业\t建设地点\n甲项目\t眼镜\t某地\n乙项目\t某业\t江津\n',
    );
    const headerAt = (p: Page) => p.locator('[data-testid="projects-header-at"]').textContent();
    expect(await counts(a)).toBe('共 3 行：已解析 0，部分解析 2，未解析 1。');
    expect(await headerAt(a)).toContain('表头在第 1 行');
    await fix(a, 3, 'place', '奉节县');
    await type(a, 2, 'place', '江津');
    await a.keyboard.press('Enter');
    await expect.poll(() => row(a, 2).getAttribute('data-status')).toBe('partial');
    await a.selectOption('[data-testid="projects-header-row"]', '1');
    await expect.poll(() => counts(a)).toBe('共 2 行：已解析 1，部分解析 1，未解析 0。');
    expect(await headerAt(a)).toContain('表头在第 2 行（你选的）');
    expect(await statusText(a)).toContain('有 1 处未能保留');
    expect(await statusText(a)).toContain('第 2 行的区县“江津”');
    expect(await row(a, 3).textContent()).toContain('奉节县');
    // B reads the file the same way, with the fix that still applies.
    await expect.poll(() => headerAt(b)).toContain('表头在第 2 行（你选的）');
    expect(await counts(b)).toBe('共 2 行：已解析 1，部分解析 1，未解析 0。');
    for (const p of [a, b]) {
      await reload(p);
      await expect.poll(() => counts(p)).toBe('共 2 行：已解析 1，部分解析 1，未解析 0。');
      expect(await headerAt(p)).toContain('表头在第 2 行（你选的）');
    }
  });
});

describe('storage that cannot open', () => {
  it('says so in those words, and the list still works for this visit', async () => {
    app = await t.open({
      query: '?mode=projects',
      init: (p) =>
        p.addInitScript(() => {
          // As a browser that refuses site storage (blocked cookies and site data).
          IDBFactory.prototype.open = () => {
            throw new DOMException(
              'The user denied permission to access the database.',
              'SecurityError',
            );
          };
        }),
    });
    const p = app.page;
    await settled(p);
    const note = p.locator('[data-testid="projects-storage"]');
    await expect.poll(() => note.textContent()).toContain('本机存储无法打开');
    expect(await note.textContent()).toContain('刷新或关闭页面后不会保留');
    await paste(p, LIST);
    expect(await counts(p)).toBe(TWO_PARTIAL);
    await fix(p, 2, 'place', '奉节县');
    // Not the old wrong reason (the view's code failed to load; check the network).
    expect((await p.locator('[data-testid="notice"]').allTextContents()).join()).not.toContain(
      '网络',
    );
  });
});

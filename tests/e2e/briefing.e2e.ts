/**
 * A briefing for one visitor (issue 22): prepared from siting, edited in the browser, presented
 * with the keys a clicker sends, kept on the device, exported and opened by a colleague. Each test
 * opens its own browser (a fresh profile: nothing kept from another test).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness.ts';
import { composeBriefing } from '../../src/briefing/compose.ts';
import { readBriefingFile } from '../../src/briefing/file.ts';
import { readSeeds } from '../../scripts/lib/seeds.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const seeds = readSeeds();
const composed = composeBriefing('白酒', data, 'zh');
if (!composed.ok) throw new Error('白酒 does not compose');
const liquor = composed.tour;

let app: AppSession | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const chapters = (p: Page) => p.locator('[data-testid="briefing-chapter"]');
const titles = (p: Page) =>
  chapters(p)
    .locator('[data-testid="chapter-title"]')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
const status = (p: Page) => p.locator('[data-testid="briefing-status"]').textContent();

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Serious and critical axe-core violations (WCAG 2.x A and AA) inside the editor. */
async function auditEditor(p: Page): Promise<string[]> {
  await p.addScriptTag({ path: AXE });
  const r = (await p.evaluate(() =>
    (window as unknown as { axe: { run(c: string, o: unknown): Promise<unknown> } }).axe.run(
      '[data-testid="briefing-editor"]',
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    ),
  )) as { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens the editor from the map toolbar and composes for `word` there. */
async function composeInEditor(p: Page, word: string): Promise<void> {
  await p.click('[data-testid="briefings"]');
  await p.fill('[data-testid="briefing-industry"]', word);
  await p.click('[data-testid="briefing-compose"]');
  await expect.poll(() => chapters(p).count()).toBe(liquor.chapters.length);
}

describe('a briefing for one visitor', () => {
  it('is prepared for 白酒 from siting, edited, and presented with the keyboard', async () => {
    app = await openApp({ query: '?mode=projects' });
    const p = app.page;
    // The office's list is loaded: the briefing gets a chapter of its own projects.
    await p.click('[data-testid="projects-sample"]');
    await expect
      .poll(() => p.locator('[data-testid="projects-counts"]').textContent())
      .toContain('共 17 行');
    await p.fill('[data-testid="siting-input"]', '白酒');
    await p.click('[data-testid="siting-go"]');
    await p.click('[data-testid="siting"] [data-testid="briefing-prepare"]');

    // Composed from the plans: the layout table's four places first, named on the card.
    await expect
      .poll(async () => (await titles(p)).slice(0, liquor.chapters.length))
      .toEqual(liquor.chapters.map((c) => c.title.zh));
    expect(await chapters(p).first().locator('textarea').inputValue()).toContain(
      '江津区、万州区、南川区、永川区',
    );
    const ours = chapters(p).last();
    expect(await ours.locator('[data-testid="chapter-title"]').inputValue()).toMatch(/^本局项目：/);
    expect(await ours.locator('textarea').inputValue()).toContain('江津清香型白酒扩产');

    // Drop 万州's close-up.
    const wanzhou = liquor.chapters.findIndex((c) => c.id === 'close-up-500101');
    await chapters(p).nth(wanzhou).locator('[data-testid="chapter-drop"]').click();
    await expect.poll(() => titles(p)).not.toContain('近看：万州区');
    expect(await chapters(p).count()).toBe(liquor.chapters.length);

    // Add the map as it is now: eyewear selected in the filters.
    await p.click('[data-testid="industry-option"][data-industry="眼镜制造"]');
    await p.click('[data-testid="briefing-add-view"]');
    await expect.poll(() => titles(p)).toContain('地图：眼镜制造');
    const added = (await titles(p)).length;

    // Present: the first chapter at once, then the clicker's keys.
    await p.click('[data-testid="briefing-present"]');
    const card = p.locator('[data-testid="tour"]');
    await expect
      .poll(() => card.locator('[data-testid="tour-count"]').textContent())
      .toBe(`1 / ${added}`);
    expect(await card.locator('[data-testid="tour-title"]').textContent()).toBe(
      '规划布局：酒的制造',
    );
    expect(await card.locator('[data-testid="tour-subject"]').textContent()).toContain('江津区');
    await p.keyboard.press('ArrowRight');
    await expect
      .poll(() => card.locator('[data-testid="tour-title"]').textContent())
      .toBe('近看：江津区');
    expect(await card.locator('[data-testid="tour-source"]').textContent()).toContain(
      '支持江津区围绕清香型白酒建设重庆酒城',
    );
    await p.keyboard.press('End');
    await expect
      .poll(() => card.locator('[data-testid="tour-title"]').textContent())
      .toBe('地图：眼镜制造');
    const eyewear = data.layout.find((r) => r.id === '眼镜制造')!;
    expect(await card.locator('[data-testid="tour-source"]').textContent()).toContain(
      eyewear.source.quote,
    );
    // A reload on the day (the link names the chapter): the same card, from this device.
    await expect.poll(() => p.url()).toMatch(new RegExp(`tour=brief-[^&]+&step=${added}`));
    await p.reload();
    await p.waitForSelector('body[data-live="true"]');
    await expect
      .poll(() => card.locator('[data-testid="tour-title"]').textContent())
      .toBe('地图：眼镜制造');
    expect(await card.locator('[data-testid="tour-count"]').textContent()).toBe(
      `${added} / ${added}`,
    );
    // Esc leaves; the editor is back, with the briefing as edited.
    await p.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await p.locator('[data-testid="briefing-editor"]').isVisible()).toBe(true);
    expect((await titles(p)).length).toBe(added);
    expect(app.errors).toEqual([]);
  });

  it('reorders with Alt+arrows and makes a chapter the closing one; no serious axe violation', async () => {
    app = await openApp();
    const p = app.page;
    await composeInEditor(p, 'baijiu');
    expect(await auditEditor(p)).toEqual([]);
    const before = await titles(p);
    await chapters(p).nth(1).locator('[data-testid="chapter-title"]').focus();
    await p.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => titles(p)).toEqual([before[1], before[0], ...before.slice(2)]);
    // Focus stays on the moved chapter's title: a second press is a no-op at the top.
    expect(await p.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      before[1],
    );
    await chapters(p).nth(0).locator('[data-testid="chapter-last"]').click();
    await expect.poll(async () => (await titles(p)).at(-1)).toBe(before[1]);
    // Its "make closing" button is disabled at the end: focus went to the chapter's title.
    await expect
      .poll(() => p.evaluate(() => (document.activeElement as HTMLInputElement).value))
      .toBe(before[1]);
    expect(await status(p)).toContain(`现为第 ${before.length} 章`);
  });

  it('is kept on this device, exported, and opened by a colleague — a tampered file refused', async () => {
    app = await openApp();
    const p = app.page;
    await composeInEditor(p, '白酒');
    const title = chapters(p).first().locator('[data-testid="chapter-title"]');
    await title.fill('四个区县布局白酒');
    await title.press('Enter');
    await expect.poll(() => titles(p)).toContain('四个区县布局白酒');

    // Kept: a reload finds it on the device.
    await p.reload();
    await p.waitForSelector('body[data-live="true"]');
    await p.click('[data-testid="briefings"]');
    await expect.poll(() => titles(p)).toContain('四个区县布局白酒');

    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.click('[data-testid="briefing-export"]'),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const read = readBriefingFile(text, data, (d) => seeds[d as keyof typeof seeds]);
    expect(read.ok).toBe(true);
    await app.close();

    // A colleague's browser: nothing kept; the file brings the briefing, edits included.
    app = await openApp();
    const q = app.page;
    await q.click('[data-testid="briefings"]');
    expect(await chapters(q).count()).toBe(0);
    await q.setInputFiles('[data-testid="briefing-import-file"]', {
      name: 'briefing.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await expect.poll(() => titles(q)).toContain('四个区县布局白酒');
    expect(await status(q)).toContain('已导入');

    // A quote the plans do not contain is refused, in plain words; the briefing stays.
    const tampered = JSON.parse(text) as { tour: { chapters: { source: { quote: string } }[] } };
    tampered.tour.chapters[1]!.source.quote = '支持江津区建设全球最大的白酒基地';
    await q.setInputFiles('[data-testid="briefing-import-file"]', {
      name: 'tampered.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(tampered)),
    });
    await expect.poll(() => status(q)).toContain('未导入');
    expect(await status(q)).toContain('the quote is not in seed 000');
    expect(await titles(q)).toContain('四个区县布局白酒');
  });
});

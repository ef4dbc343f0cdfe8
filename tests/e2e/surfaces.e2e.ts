/**
 * Public surfaces: nothing for developers on the map (the renderer is told in the "about this map"
 * panel), the zoom buttons clear of the easternmost district, a phone's map given the screen
 * (a one-line header, the export buttons below the map), and an English interface in English.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForMap } from './harness.ts';
import { perTest } from './per-test.ts';

const t = perTest();
let page: Page;

// Each test's own context (its errors and refused requests checked after it: per-test.ts).
beforeEach(async () => {
  ({ page } = await t.session());
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width - 1 &&
  b.x < a.x + a.width - 1 &&
  a.y < b.y + b.height - 1 &&
  b.y < a.y + a.height - 1;

/** The box around every Chongqing district the map draws. */
async function cityBox(p: Page): Promise<Box> {
  return p.$$eval('[data-testid="svg-map"] path[data-kind="district"]', (els) => {
    const rs = els.map((e) => e.getBoundingClientRect());
    const x = Math.min(...rs.map((r) => r.left));
    const y = Math.min(...rs.map((r) => r.top));
    const right = Math.max(...rs.map((r) => r.right));
    const bottom = Math.max(...rs.map((r) => r.bottom));
    return { x, y, width: right - x, height: bottom - y };
  });
}

describe('the map at 1440×900', () => {
  it('has no renderer line on it; "about this map" tells the renderer, opens and closes by keyboard', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(t.server.url);
    await waitForMap(page);
    const note = page.locator('[data-testid="renderer-note"]');
    expect(await note.isVisible()).toBe(false);
    const open = page.locator('[data-testid="about-open"]');
    await open.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '关于此图' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    expect(await note.innerText()).toContain('矢量渲染');
    expect(await dialog.innerText()).toContain('Natural Earth');
    expect(await page.locator('[data-testid="about-docs"] li').count()).toBe(5);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'about-open',
    );
  });

  it('keeps the zoom buttons off 巫山, the easternmost district', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(t.server.url);
    await waitForMap(page);
    const wushan = await page
      .locator('[data-testid="svg-map"] path[data-kind="district"][data-code="500237"]')
      .boundingBox();
    const nav = await page.locator('.map-nav').boundingBox();
    expect(overlaps(wushan!, nav!)).toBe(false);
  });
});

for (const [w, h] of [
  [360, 640],
  [390, 844],
] as const)
  describe(`a phone, ${w}×${h}`, () => {
    it('gives the map the screen: a one-line header, export buttons below the map, zoom buttons off the districts', async () => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(t.server.url);
      await waitForMap(page);
      const header = await page.locator('.app-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(56);
      const map = await page.locator('#map').boundingBox();
      for (const id of ['export-png-2', 'print', 'embed']) {
        const b = await page.locator(`[data-testid="${id}"]`).boundingBox();
        expect(b, id).not.toBeNull();
        expect(overlaps(b!, map!), id).toBe(false);
        expect(b!.y, id).toBeGreaterThanOrEqual(map!.y + map!.height - 1);
      }
      const city = await cityBox(page);
      const nav = await page.locator('.map-nav').boundingBox();
      expect(overlaps(city, nav!)).toBe(false);
      // The search is a button away, and works.
      await page.click('#search-toggle');
      await page.keyboard.type('奉节');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('[data-testid="district-panel"]').getAttribute('data-code'))
        .toBe('500236');
    });
  });

describe('English', () => {
  it('the header, filters, legend, list and map controls have no Chinese but names given in both', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${t.server.url}?lang=en&industry=${encodeURIComponent('方便食品制造')}`);
    await waitForMap(page);
    await page.waitForSelector('[data-testid="industry-detail"]');
    const cjk = await page.evaluate(() => {
      const areas = ['.app-header', '#filters', '#legend-dock', '#matching', '.map-wrap'].map((s) =>
        document.querySelector<HTMLElement>(s)!,
      );
      // The industry detail's headings (its quotations are Chinese in both languages, by design).
      areas.push(...document.querySelectorAll<HTMLElement>('#industry summary, #industry h3'));
      return areas.flatMap((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        // A name in the other language says so (the language button's 中文).
        for (const n of copy.querySelectorAll('[lang]:not([lang="en"])')) n.remove();
        document.body.append(copy);
        const text = copy.innerText;
        copy.remove();
        return text.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu) ?? [];
      });
    });
    expect(cjk).toEqual([]);
  });
});

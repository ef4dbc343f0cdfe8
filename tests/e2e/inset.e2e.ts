/**
 * The 主城 inset (主城区放大图): at city scale on a desktop the nine central districts and
 * 两江新区 / 重庆高新区 are named in a framed box, clicks in it open a district's panel, and it
 * hides when the map is zoomed in; a phone has none. Each test opens its own page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifact, cameraSettled, openApp, viewOnScreen, type AppSession } from './harness.ts';

const NAMES = [
  '渝中',
  '江北',
  '南岸',
  '沙坪坝',
  '九龙坡',
  '大渡口',
  '北碚',
  '渝北',
  '巴南',
  '两江新区',
  '重庆高新区',
];
const INSET = '[data-testid="core-inset"]';
/** The legend's entry for the inset's frame on the main map. */
const FRAME_ENTRY = '#legend li:has-text("主城区放大图的范围")';

let app: AppSession;
beforeAll(async () => {
  app = await openApp({});
});
afterAll(() => app?.close());

async function open(width: number, height: number, query = ''): Promise<Page> {
  const p = await app.ctx.newPage();
  await p.setViewportSize({ width, height });
  await p.goto(`${app.server.url}${query}`);
  await p.waitForSelector('#map[data-complete="true"]');
  await p.waitForSelector('body[data-live="true"]');
  return p;
}

/** The place names the inset shows, each wholly inside the inset's map. */
const namesInInset = (p: Page) =>
  p.evaluate((sel) => {
    const box = document.querySelector(`${sel} .core-inset-map`)!.getBoundingClientRect();
    return [...document.querySelectorAll(`${sel} text[data-label="place"]`)]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return (
          r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom
        );
      })
      .map((t) => t.textContent ?? '');
  }, INSET);

/** A point of the page where what is on top, in the inset, is district `code`'s own shape. */
const pointOnDistrict = (p: Page, code: string) =>
  p.evaluate(
    ([sel, id]) => {
      const path = document.querySelector(`${sel} [data-kind="district"][data-code="${id}"]`)!;
      const r = path.getBoundingClientRect();
      for (let i = 1; i < 12; i++)
        for (let j = 1; j < 12; j++) {
          // Whole pixels: the mouse clicks at them, and 渝中 is a few pixels across.
          const x = Math.round(r.left + (r.width * i) / 12);
          const y = Math.round(r.top + (r.height * j) / 12);
          const top = document.elementsFromPoint(x, y).find((e) => e.closest('[data-kind]'));
          if (top?.closest('[data-kind]') === path) return [x, y] as const;
        }
      return null;
    },
    [INSET, code] as const,
  );

/** Districts of the main map visible under the inset's box (sampled every 8 px). */
const districtsUnderInset = (p: Page) =>
  p.evaluate((sel) => {
    const r = document.querySelector(sel)!.getBoundingClientRect();
    const map = document.querySelector('#map > .svg-map')!;
    const found = new Set<string>();
    for (let x = r.left; x <= r.right; x += 8)
      for (let y = r.top; y <= r.bottom; y += 8)
        for (const e of document.elementsFromPoint(x, y)) {
          if (!map.contains(e)) continue;
          const d = e.closest('[data-kind="district"]');
          if (d) found.add(d.getAttribute('data-code') ?? '');
          break;
        }
    return [...found];
  }, INSET);

describe('the 主城 inset', () => {
  it('names the central districts and both zones at 1440×900, framed on the main map', async () => {
    const p = await open(1440, 900);
    await p.waitForSelector(`${INSET} text[data-label="place"]`, { state: 'attached' });
    expect(await p.locator(INSET).isVisible()).toBe(true);
    expect(await p.locator(INSET).getAttribute('aria-label')).toBe('主城区放大图');
    expect(await p.locator(`${INSET} h2`).textContent()).toBe('主城区放大图');
    expect(await namesInInset(p)).toEqual(expect.arrayContaining(NAMES));
    // Its frame is on the main map, and no district of the main map is hidden under it.
    expect(await p.locator('.core-inset-frame').isVisible()).toBe(true);
    expect(await districtsUnderInset(p)).toEqual([]);
    await p.screenshot({ path: artifact('inset-1440x900.png') });
    await p.close();
  });

  it('opens 渝中’s panel on a click on 渝中 in the inset', async () => {
    // Without the bases: on either map a click within a symbol's radius is the symbol's, and
    // 渝中 is small even in the inset.
    const p = await open(1440, 900, '?layers=industry');
    await p.waitForSelector(`${INSET} text[data-label="place"]`, { state: 'attached' });
    const at = await pointOnDistrict(p, '500103');
    expect(at).not.toBeNull();
    await p.mouse.click(at![0], at![1]);
    await p.waitForSelector('[data-testid="district-panel"][data-code="500103"]');
    expect((await viewOnScreen(p)).district).toBe('500103');
    await p.close();
  });

  it('sits clear of the districts at 1920×1080 too', async () => {
    const p = await open(1920, 1080);
    await p.waitForSelector(`${INSET} text[data-label="place"]`, { state: 'attached' });
    expect(await p.locator(INSET).isVisible()).toBe(true);
    expect(await namesInInset(p)).toEqual(expect.arrayContaining(NAMES));
    expect(await districtsUnderInset(p)).toEqual([]);
    // The legend explains the frame, and all of it is in view above the inset (no scrolling).
    await expect.poll(() => p.locator(FRAME_ENTRY).isVisible()).toBe(true);
    const fit = await p.evaluate((sel) => {
      const dock = document.querySelector('.legend-dock')!;
      const inset = document.querySelector(sel)!.getBoundingClientRect();
      return {
        scrolls: dock.scrollHeight > dock.clientHeight + 1,
        clear: dock.getBoundingClientRect().bottom <= inset.top,
      };
    }, INSET);
    expect(fit).toEqual({ scrolls: false, clear: true });
    await p.close();
  });

  it('hides when the map is zoomed in', async () => {
    const p = await open(1440, 900);
    await p.waitForSelector(`${INSET}:not([hidden])`);
    await p.focus('#map > .svg-map');
    for (let i = 0; i < 2; i++) {
      await p.keyboard.press('+');
      await cameraSettled(p);
    }
    await p.waitForSelector(INSET, { state: 'hidden' });
    expect(await p.locator('.core-inset-frame').isVisible()).toBe(false);
    expect(await p.locator(FRAME_ENTRY).isVisible()).toBe(false);
    // And back at the whole city, it is there again.
    await p.keyboard.press('0');
    await p.waitForSelector(INSET, { state: 'visible' });
    await p.close();
  });

  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ] as const)
    it(`shows beside the briefing card in a whole-city chapter at ${w}×${h}`, async () => {
      const p = await open(w, h, '?tour=briefing&step=1');
      await p.waitForSelector('[data-testid="tour"]');
      await cameraSettled(p);
      await p.waitForSelector(`${INSET}:not([hidden]) text[data-label="place"]`);
      const card = (await p.locator('[data-testid="tour"]').boundingBox())!;
      const inset = (await p.locator(INSET).boundingBox())!;
      expect(inset.x).toBeGreaterThanOrEqual(card.x + card.width);
      expect(inset.x + inset.width).toBeLessThanOrEqual(w);
      expect(inset.y + inset.height).toBeLessThanOrEqual(h);
      expect(await namesInInset(p)).toEqual(expect.arrayContaining(NAMES));
      expect(await districtsUnderInset(p)).toEqual([]);
      await p.screenshot({ path: artifact(`inset-briefing-${w}x${h}.png`) });
      await p.close();
    });

  for (const [w, h] of [
    [360, 640],
    [768, 1024],
  ] as const)
    it(`is not on a phone or tablet (they zoom instead): ${w}×${h}`, async () => {
      const p = await open(w, h);
      // Mounted, but not shown.
      await p.waitForSelector(INSET, { state: 'attached' });
      expect(await p.locator(INSET).isVisible()).toBe(false);
      expect(await p.locator('.core-inset-frame').isVisible()).toBe(false);
      await p.close();
    });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  artifact,
  canvasStats,
  cameraSettled,
  viewOnScreen,
  waitForMap,
  type StaticServer,
} from './harness.ts';
import { perTest } from './per-test.ts';
import { ROOT } from '../../scripts/lib/seeds.ts';
import type { TourFile } from '../../src/tour/types.ts';
import { chapterView } from '../../src/tour/chapter.ts';
import { loadData } from '../helpers.ts';

const tours = JSON.parse(readFileSync(join(ROOT, 'data', 'tour.json'), 'utf8')) as TourFile;
const briefing = tours.tours.find((t) => t.id === 'briefing')!;
const data = loadData();
const t = perTest();
let server: StaticServer;
let page: Page;

const chapter = (p: Page) => p.locator('[data-testid="tour"]').getAttribute('data-chapter');
// Each test's own context at 1920×1080 (its errors and refused requests checked after it:
// per-test.ts); a test that changes the size changes only its own.
beforeEach(async () => {
  ({ server, page } = await t.session({ width: 1920, height: 1080 }));
});

describe('the briefing', () => {
  /** A fresh start at a chapter (1-based), so each test stands on its own. */
  const at = async (step: number) => {
    await page.goto(`${server.url}?tour=briefing&step=${step}`);
    await waitForMap(page);
    await page.waitForSelector('[data-testid="tour"]');
    await expect.poll(() => chapter(page)).toBe(briefing.chapters[step - 1]!.id);
  };

  it('loads its code only when asked for', async () => {
    await page.goto(server.url);
    await waitForMap(page);
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(scripts.some((s) => /presenter/.test(s))).toBe(false);
  });

  it('steps through every chapter with the keys a clicker sends, each drawn and captioned', async () => {
    await page.goto(server.url);
    await waitForMap(page);
    await page.click('[data-testid="present"]');
    await page.waitForSelector('[data-testid="tour"]');
    const keys = ['ArrowRight', 'PageDown', ' '];
    for (const [i, c] of briefing.chapters.entries()) {
      await expect.poll(() => chapter(page)).toBe(c.id);
      expect(await page.locator('[data-testid="tour-count"]').textContent()).toBe(
        `${i + 1} / ${briefing.chapters.length}`,
      );
      expect(await page.locator('[data-testid="tour-title"]').textContent()).toBe(c.title.zh);
      expect(await page.locator('[data-testid="tour-source"]').textContent()).toContain(
        c.source.quote,
      );
      await expect.poll(() => page.url()).toContain(`tour=briefing&step=${i + 1}`);
      await expect
        .poll(async () => {
          const s = await viewOnScreen(page);
          return { highlight: s.highlight, district: s.district, layers: s.layers };
        })
        .toEqual({
          highlight: [...chapterView(c.view, data).highlight].sort(),
          // No side panel opens in a briefing.
          district: null,
          layers: [...c.view.layers].sort(),
        });
      await cameraSettled(page);
      const stats = await canvasStats(page);
      expect(stats.colours, c.id).toBeGreaterThan(20);
      await page.screenshot({
        path: artifact(`tour-${String(i + 1).padStart(2, '0')}-${c.id}.png`),
      });
      await page.keyboard.press(keys[i % keys.length]!);
    }
    // Past the end it stays on the last chapter.
    expect(await chapter(page)).toBe(briefing.chapters.at(-1)!.id);
    // And no chapter put an error in front of the room (a ResizeObserver on the card reported
    // "ResizeObserver loop completed…" as an error notice on every chapter).
    expect(await page.locator('[data-testid="notice"].error').allTextContents()).toEqual([]);
  });

  it('goes back with ←, PageUp; Home and End jump', async () => {
    await at(briefing.chapters.length);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => chapter(page)).toBe(briefing.chapters.at(-2)!.id);
    await page.keyboard.press('PageUp');
    await expect.poll(() => chapter(page)).toBe(briefing.chapters.at(-3)!.id);
    await page.keyboard.press('Home');
    await expect.poll(() => chapter(page)).toBe(briefing.chapters[0]!.id);
    await page.keyboard.press('End');
    await expect.poll(() => chapter(page)).toBe(briefing.chapters.at(-1)!.id);
  });

  it('reads from the back of the room at 3840×2160', async () => {
    await page.setViewportSize({ width: 3840, height: 2160 });
    await at(1);
    await cameraSettled(page);
    await expect
      .poll(() =>
        page
          .locator('[data-testid="tour-caption"]')
          .evaluate((e) => parseFloat(getComputedStyle(e).fontSize)),
      )
      .toBeGreaterThanOrEqual(40);
    await page.screenshot({ path: artifact('tour-4k.png') });
  });

  /** The card as the room sees it: its smallest type outside and inside the legend, and spill. */
  const card = (p: Page) =>
    p.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-testid="tour"]')!;
      const legend = el.querySelector('#legend');
      const sizes = (root: Element, skip: Element | null) => {
        const out: number[] = [];
        const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
          const e = n.parentElement!;
          if (!n.textContent?.trim() || skip?.contains(e) || !e.getClientRects().length) continue;
          out.push(parseFloat(getComputedStyle(e).fontSize));
        }
        return out;
      };
      const box = el.getBoundingClientRect();
      const buttons = [...el.querySelectorAll('.tour-nav button')].map((b) =>
        b.getBoundingClientRect(),
      );
      return {
        body: Math.min(...sizes(el, legend)),
        legend: legend ? Math.min(...sizes(legend, null)) : Infinity,
        // Everything on the card is on screen: nothing scrolls, no button is cut off.
        fits:
          el.scrollHeight <= el.clientHeight + 1 &&
          box.bottom <= innerHeight &&
          buttons.every((b) => b.bottom <= box.bottom && b.right <= box.right && b.height > 0),
      };
    });

  it('reads from 8 m at 1920×1080: every chapter in 28 px type, its legend in 20 px, nothing cut off', async () => {
    for (const lang of ['zh', 'en']) {
      await page.goto(`${server.url}?tour=briefing&step=1&lang=${lang}`);
      await waitForMap(page);
      for (const [i, c] of briefing.chapters.entries()) {
        await expect.poll(() => chapter(page)).toBe(c.id);
        await cameraSettled(page);
        const m = await card(page);
        expect(m.body, `${lang} ${c.id}`).toBeGreaterThanOrEqual(28);
        expect(m.legend, `${lang} ${c.id}`).toBeGreaterThanOrEqual(20);
        expect(m.fits, `${lang} ${c.id}`).toBe(true);
        if (i < briefing.chapters.length - 1) await page.keyboard.press('ArrowRight');
      }
    }
  });

  it('fits every chapter on the card from 1366×768 to 3840×2160, scaled up at 4K', async () => {
    const o = { page, server };
    for (const [w, h] of [
      [1366, 768],
      [3840, 2160],
    ] as const) {
      await o.page.setViewportSize({ width: w, height: h });
      await o.page.goto(`${o.server.url}?tour=briefing&step=1&lang=en`);
      await waitForMap(o.page);
      for (const [i, c] of briefing.chapters.entries()) {
        await expect.poll(() => chapter(o.page)).toBe(c.id);
        await cameraSettled(o.page);
        const m = await card(o.page);
        expect(m.fits, `${w}×${h} ${c.id}`).toBe(true);
        if (w === 3840) expect(m.body, c.id).toBeGreaterThanOrEqual(48);
        if (i < briefing.chapters.length - 1) await o.page.keyboard.press('ArrowRight');
      }
    }
  });

  it('opens no side panel: a close-up outlines its district, with its neighbours in the frame', async () => {
    const step = briefing.chapters.findIndex((c) => c.id === 'rongchang') + 1;
    await at(step);
    await cameraSettled(page);
    expect(await page.locator('aside.right').isVisible()).toBe(false);
    expect((await page.locator('aside.right').boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    expect((await viewOnScreen(page)).highlight).toContain('500153');
    // The camera stops at a filter's close-up: 大足 and 永川 beside 荣昌 are drawn in the frame.
    const shown = (code: string) =>
      page.evaluate((c) => {
        const box = document.getElementById('map')!.getBoundingClientRect();
        const r = document.querySelector(`#map [data-code="${c}"]`)!.getBoundingClientRect();
        return r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
      }, code);
    expect(await shown('500111')).toBe(true);
    expect(await shown('500118')).toBe(true);
  });

  it('places no name under the caption card in a close-up (黔江 at 1440×900)', async () => {
    // At the size where 石柱 and 彭水 used to go under the card.
    const p = page;
    await p.setViewportSize({ width: 1440, height: 900 });
    const step = briefing.chapters.findIndex((c) => c.id === 'qianjiang') + 1;
    await p.goto(`${server.url}?tour=briefing&step=${step}`);
    await waitForMap(p);
    await expect.poll(() => chapter(p)).toBe('qianjiang');
    await cameraSettled(p);
    // 黔江's own name, laid out for the close-up, and its neighbours' beside the card.
    const names = p.locator('#map text[data-label="place"]');
    await p.locator('#map text[data-label="place"][data-code="500114"]').waitFor();
    const card = (await p.locator('[data-testid="tour"]').boundingBox())!;
    const boxes = await names.evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { text: e.textContent, x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    const under = boxes.filter(
      (b) =>
        b.x < card.x + card.width &&
        b.x + b.width > card.x &&
        b.y < card.y + card.height &&
        b.y + b.height > card.y,
    );
    expect(under.map((b) => b.text)).toEqual([]);
  });

  it("names the liquor chapter's districts on the card and outlines them on the map", async () => {
    const step = briefing.chapters.findIndex((c) => c.view.industries?.join() === '酒的制造') + 1;
    expect(step).toBeGreaterThan(0);
    await at(step);
    const places = data.layout
      .filter((r) => r.id === '酒的制造')
      .flatMap((r) => r.places)
      .filter((id) => data.places.find((p) => p.id === id)?.kind !== 'functional-zone');
    expect(places.length).toBeGreaterThan(1);
    await expect.poll(async () => (await viewOnScreen(page)).highlight).toEqual([...places].sort());
    const line = await page.locator('[data-testid="tour-subject"]').textContent();
    for (const id of places) expect(line).toContain(data.places.find((p) => p.id === id)!.name);
  });

  it('Esc leaves the briefing and gives the panels back', async () => {
    await at(2);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid="tour"]').count()).toBe(0);
    expect(await page.locator('#filters').isVisible()).toBe(true);
    await expect.poll(() => page.url()).not.toContain('tour=');
  });

  it('opens a chapter from a link (?tour=&step=)', async () => {
    await page.goto(`${server.url}?tour=briefing&step=6`);
    await waitForMap(page);
    await expect.poll(() => chapter(page)).toBe(briefing.chapters[5]!.id);
    await expect.poll(async () => (await viewOnScreen(page)).industries).toEqual(['眼镜制造']);
  });

  it('a clicker key pressed the instant the first card appears moves on (nothing re-applies chapter 1)', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(server.url);
    await waitForMap(page);
    const o = { page };
    // In the page: the moment the card is added, before its first frame, press → (as a clicker
    // held ready does).
    await o.page.evaluate(() => {
      new MutationObserver((_, obs) => {
        if (!document.querySelector('[data-testid="tour"]')) return;
        obs.disconnect();
        document.body.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }),
        );
      }).observe(document.body, { childList: true, subtree: true });
    });
    await o.page.click('[data-testid="present"]');
    await o.page.waitForSelector('[data-testid="tour"]');
    await cameraSettled(o.page);
    expect(await chapter(o.page)).toBe(briefing.chapters[1]!.id);
  });

  it('says so when a link names a briefing that does not exist, and shows the map', async () => {
    await page.goto(`${server.url}?tour=nonesuch&step=2`);
    await waitForMap(page);
    await expect
      .poll(() => page.locator('[data-testid="notice"]').allTextContents())
      .toEqual([expect.stringContaining('nonesuch')]);
    expect(await page.locator('[data-testid="tour"]').count()).toBe(0);
  });
});

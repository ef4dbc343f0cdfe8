/**
 * The legend and the filters in force are in view with the map at every size; a filter shows as
 * a chip that removes it. Each test opens its own browser context.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifact, cameraSettled, viewOnScreen } from './harness.ts';
import { perTest } from './per-test.ts';
import { loadData } from '../helpers.ts';

const data = loadData();

// One browser for the file, a context per test (errors and refused requests checked after it).
const t = perTest();

async function open(width: number, height: number, query = ''): Promise<Page> {
  const { page: p } = await t.session({ width, height });
  await p.goto(`${t.server.url}${query}`);
  await p.waitForSelector('body[data-live="true"]');
  return p;
}

const box = (p: Page, sel: string) => p.locator(sel).boundingBox();

describe('the legend and the filters in force', () => {
  for (const [w, h] of [
    [1920, 1080],
    [1440, 900],
  ] as const)
    it(`are on the map, whole and in view, at ${w}×${h}`, async () => {
      const p = await open(w, h, `?industry=${encodeURIComponent('眼镜制造')}`);
      const dock = (await box(p, '[data-testid="legend-dock"]'))!;
      const map = (await box(p, '#map'))!;
      expect(dock.y).toBeGreaterThanOrEqual(map.y);
      expect(dock.x).toBeGreaterThanOrEqual(map.x);
      expect(dock.x + dock.width).toBeLessThanOrEqual(map.x + map.width);
      expect(dock.y + dock.height).toBeLessThanOrEqual(Math.min(h, map.y + map.height));
      expect(await p.locator('[data-testid="legend-industry"]').isVisible()).toBe(true);
      expect(await p.locator('[data-testid="filter-chip"]').allTextContents()).toEqual([
        '眼镜制造×',
      ]);
      await p.screenshot({ path: artifact(`legend-${w}x${h}.png`) });
    });

  for (const [w, h] of [
    [768, 1024],
    [360, 640],
  ] as const)
    it(`folds at ${w}×${h} with the chips still showing, and opens on a tap`, async () => {
      const p = await open(w, h, `?industry=${encodeURIComponent('眼镜制造')}`);
      expect(await p.locator('[data-testid="filter-chip"]').isVisible()).toBe(true);
      expect(await p.locator('[data-testid="legend-industry"]').isVisible()).toBe(false);
      await p.click('[data-testid="legend-toggle"]');
      // Folded, it was never built: it is built once shown (dom.ts, mountWhenShown), a frame on.
      await expect.poll(() => p.locator('[data-testid="legend-industry"]').isVisible()).toBe(true);
      const dock = (await box(p, '[data-testid="legend-dock"]'))!;
      expect(dock.y + dock.height).toBeLessThanOrEqual(h);
      await p.screenshot({ path: artifact(`legend-${w}x${h}-open.png`) });
    });

  it('removes a filter from its chip, and clears all from the chips', async () => {
    const p = await open(1440, 900);
    expect(await p.locator('[data-testid="chips-none"]').isVisible()).toBe(true);
    await p.click('[data-testid="industry-option"][data-industry="眼镜制造"]');
    await p.click('[data-testid="group-option"][data-group="northeast"]');
    await expect.poll(() => p.locator('[data-testid="filter-chip"]').count()).toBe(2);
    await p.click('[data-testid="filter-chip"][data-key="industry:眼镜制造"]');
    await expect.poll(async () => (await viewOnScreen(p)).industries).toEqual([]);
    expect((await viewOnScreen(p)).groups).toEqual(['northeast']);
    await p.click('[data-testid="category-option"]');
    await expect.poll(() => p.locator('[data-testid="filter-chip"]').count()).toBe(2);
    await p.click('[data-testid="chips-clear"]');
    await expect.poll(() => p.locator('[data-testid="chips-none"]').count()).toBe(1);
    const v = await viewOnScreen(p);
    expect([v.industries, v.groups, v.programmes]).toEqual([[], [], []]);
  });

  it('lists counts as ranges past seven classes, each class its own colour', async () => {
    const p = await open(1440, 900);
    const swatches = await p.$$eval(
      '[data-testid="legend-industry"] li[data-count] .swatch',
      (els) => els.map((e) => getComputedStyle(e).backgroundColor),
    );
    expect(swatches.length).toBeLessThanOrEqual(7);
    expect(new Set(swatches).size).toBe(swatches.length);
  });
});

describe('finding and framing', () => {
  it('search finds 渝东北 as a group, filters by it and flies there from a close-up; clearing returns to the city', async () => {
    const fresh = await open(1440, 900);
    const home = (await viewOnScreen(fresh)).camera;
    await fresh.close();
    // A close-up of 主城, where 渝东北 is out of view.
    const p = await open(1440, 900, '?view=106.55,29.56,9');
    const camera = async () => (await viewOnScreen(p)).camera;
    await p.fill('[data-testid="search"]', '渝东北');
    await p.keyboard.press('Enter');
    await expect.poll(async () => (await viewOnScreen(p)).groups).toEqual(['northeast']);
    expect(await p.locator('[data-testid="filter-chip"]').allTextContents()).toEqual([
      '渝东北三峡库区城镇群×',
    ]);
    await cameraSettled(p);
    const framed = await camera();
    // 渝东北 lies north-east of 主城 (the centre sits a little south of it: the framing keeps
    // the legend strip's room free below).
    expect(framed[0]!).toBeGreaterThan(107.5);
    expect(framed[1]!).toBeGreaterThan(30);
    await p.click('[data-testid="filter-chip"]');
    await cameraSettled(p);
    const back = await camera();
    expect(back[0]!).toBeCloseTo(home[0]!, 1);
    expect(back[1]!).toBeCloseTo(home[1]!, 1);
    expect(back[2]!).toBeCloseTo(home[2]!, 1);
  });

  it('search finds a trillion-yuan belt and outlines its places on the regions layer', async () => {
    const p = await open(1440, 900);
    await p.fill('[data-testid="search"]', '鱼复');
    await p.locator('[data-testid="search-results"] li[data-type="outline"]').first().waitFor();
    await p.keyboard.press('Enter');
    await expect
      .poll(async () => (await viewOnScreen(p)).highlight)
      // 两江新区 is a zone (a point): the three districts carry the outline.
      .toEqual(['500102', '500115', '500231']);
    expect((await viewOnScreen(p)).layers).toContain('regions');
  });
});

describe('navigation and what search says', () => {
  it('finds a base: its district framed and outlined, the base shown in the panel, and the filters still on named', async () => {
    const p = await open(1440, 900, `?industry=${encodeURIComponent('眼镜制造')}`);
    await p.fill('[data-testid="search"]', '生活用纸');
    // 生活用纸 is also a trade word for 造纸和纸制品业 (the one industry table): pick the base.
    const hit = p.locator('[data-testid="search-results"] li[data-type="base"]').first();
    await hit.waitFor();
    await hit.click();
    const panel = p.locator('[data-testid="district-panel"]');
    await expect.poll(() => panel.getAttribute('data-code')).toBe('500118');
    const entry = panel.locator('[data-base="feature-base:永川:生活用纸制造集聚区"]');
    await expect.poll(() => entry.getAttribute('data-found')).toBe('true');
    expect(await entry.isVisible()).toBe(true);
    await expect
      .poll(() => p.locator('[data-testid="notice"]').allTextContents())
      .toEqual([expect.stringContaining('筛选仍在生效：眼镜制造')]);
    // Outlined on the map.
    await expect.poll(async () => (await viewOnScreen(p)).highlight).toEqual(['500118']);
  });

  it('fit to selection frames what the filters leave; 0 on the map and 全市 return to the whole city', async () => {
    const p = await open(1440, 900);
    await cameraSettled(p);
    const home = (await viewOnScreen(p)).camera;
    const fit = p.locator('[data-testid="zoom-fit"]');
    expect(await fit.isDisabled()).toBe(true);
    // 酒的制造 is in four districts; zoom out first so the filter's own framing is undone.
    await p.click('[data-testid="industry-option"][data-industry="酒的制造"]');
    await cameraSettled(p);
    await p.click('[data-testid="zoom-out"]');
    await cameraSettled(p);
    const out = (await viewOnScreen(p)).camera;
    expect(await fit.isDisabled()).toBe(false);
    await fit.click();
    await cameraSettled(p);
    const framed = (await viewOnScreen(p)).camera;
    expect(framed[2]!).toBeGreaterThan(out[2]! + 0.5);
    // The keyboard: focus the map, 0 goes home.
    await p.locator('[data-testid="svg-map"]').focus();
    await p.keyboard.press('0');
    await cameraSettled(p);
    const back = (await viewOnScreen(p)).camera;
    expect(back[2]!).toBeCloseTo(home[2]!, 1);
    expect(back[0]!).toBeCloseTo(home[0]!, 1);
  });
});

describe('labels as drawn', () => {
  for (const lang of ['zh', 'en'] as const)
    it(`names every Chongqing unit and zone by the second zoom step (the 主城 inset's names count), no two labels overlapping as rendered (${lang})`, async () => {
      const p = await open(1440, 900, lang === 'en' ? '?lang=en' : '');
      await cameraSettled(p);
      const seen = new Set<string>();
      // A name that cannot sit on its own place is left out until the map is zoomed in
      // (label-placement.ts): the small central districts and the zones by the second step.
      for (const step of [0, 1, 2]) {
        if (step) {
          const before = await p.getAttribute('#map', 'data-camera');
          await p.click('[data-testid="zoom-in"]');
          await p.waitForFunction(
            (c) => document.getElementById('map')?.dataset['camera'] !== c,
            before,
          );
          await cameraSettled(p);
        }
        // The text's own rendered boxes, from the browser's layout of the map's labels.
        const boxes = await p.evaluate(() =>
          [
            ...document.querySelectorAll<SVGTextElement>(
              '[data-testid="svg-map"] text[data-label], [data-testid="core-inset-svg"] text[data-label]',
            ),
          ].map((t) => {
            const r = t.getBoundingClientRect();
            return {
              code: t.getAttribute('data-code'),
              text: t.textContent,
              x0: r.left,
              y0: r.top,
              x1: r.right,
              y1: r.bottom,
            };
          }),
        );
        for (const b of boxes) if (b.code) seen.add(b.code);
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1)) {
            const overlap =
              a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1;
            expect(overlap, `${a.text} / ${b.text} at step ${step}`).toBe(false);
          }
      }
      // A unit at the edge of the view zoomed in at its centre (城口, 荣昌 beside the inset) is
      // named once the user goes to it: found by search, it is framed and named.
      const wanted = data.places.filter((x) => x.province === 'chongqing');
      for (const place of wanted.filter((x) => !seen.has(x.id))) {
        await p.fill('[data-testid="search"]', lang === 'en' ? place.en : place.name);
        await p.locator('[data-testid="search-results"] li[data-type="place"]').first().click();
        await cameraSettled(p);
        const named = await p
          .locator(`[data-testid="svg-map"] text[data-label="place"][data-code="${place.id}"]`)
          .count();
        if (named) seen.add(place.id);
      }
      expect(wanted.map((x) => x.id).filter((id) => !seen.has(id))).toEqual([]);
    });
});

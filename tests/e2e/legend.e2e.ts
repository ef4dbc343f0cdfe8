/**
 * The legend and the filters in force are in view with the map at every size; a filter shows as
 * a chip that removes it. Each test opens its own page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifact, cameraSettled, openApp, viewOnScreen, type AppSession } from './harness.ts';

let app: AppSession;
beforeAll(async () => {
  app = await openApp({});
});
afterAll(() => app?.close());

async function open(width: number, height: number, query = ''): Promise<Page> {
  const p = await app.ctx.newPage();
  await p.setViewportSize({ width, height });
  await p.goto(`${app.server.url}${query}`);
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
      await p.close();
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
      expect(await p.locator('[data-testid="legend-industry"]').isVisible()).toBe(true);
      const dock = (await box(p, '[data-testid="legend-dock"]'))!;
      expect(dock.y + dock.height).toBeLessThanOrEqual(h);
      await p.screenshot({ path: artifact(`legend-${w}x${h}-open.png`) });
      await p.close();
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
    await p.close();
  });

  it('lists counts as ranges past seven classes, each class its own colour', async () => {
    const p = await open(1440, 900);
    const swatches = await p.$$eval(
      '[data-testid="legend-industry"] li[data-count] .swatch',
      (els) => els.map((e) => getComputedStyle(e).backgroundColor),
    );
    expect(swatches.length).toBeLessThanOrEqual(7);
    expect(new Set(swatches).size).toBe(swatches.length);
    await p.close();
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
    await p.close();
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
    await p.close();
  });
});

/**
 * The legend and the filters in force are in view with the map at every size; a filter shows as
 * a chip that removes it. Each test opens its own page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifact, openApp, viewOnScreen, type AppSession } from './harness.ts';

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
    [768, 1024],
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

  it('folds on a 360×640 phone with the chips still showing, and opens on a tap', async () => {
    const p = await open(360, 640, `?industry=${encodeURIComponent('眼镜制造')}`);
    expect(await p.locator('[data-testid="filter-chip"]').isVisible()).toBe(true);
    expect(await p.locator('[data-testid="legend-industry"]').isVisible()).toBe(false);
    await p.click('[data-testid="legend-toggle"]');
    expect(await p.locator('[data-testid="legend-industry"]').isVisible()).toBe(true);
    const dock = (await box(p, '[data-testid="legend-dock"]'))!;
    expect(dock.y + dock.height).toBeLessThanOrEqual(640);
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

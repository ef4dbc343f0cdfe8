/**
 * Four reported faults, each acted out through the page as the reporter did: a flight cut short by
 * a view switch or a resize must still land (the map may not stay scaled over the header and the
 * side columns), filters ticked while the map is hidden frame their places once it is shown, and
 * project badges appear as soon as the list is loaded. Each test opens its own browser context.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cameraSettled, waitForMap } from './harness.ts';
import { perTest } from './per-test.ts';

// One browser for the file, a context per test (errors and refused requests checked after it).
const t = perTest();

async function open(query: string, width = 1440, height = 900): Promise<Page> {
  const { page: p } = await t.session({ width, height });
  await p.goto(`${t.server.url}${query}`);
  await waitForMap(p);
  return p;
}

/** How far the map's drawing reaches past the map's box (px, the worst side); 0 when inside. */
const spill = (p: Page) =>
  p.evaluate(() => {
    const box = document.getElementById('map')!.getBoundingClientRect();
    let worst = 0;
    for (const l of document.querySelectorAll('#map .svg-layer')) {
      const r = l.getBoundingClientRect();
      worst = Math.max(
        worst,
        box.left - r.left,
        box.top - r.top,
        r.right - box.right,
        r.bottom - box.bottom,
      );
    }
    return Math.round(worst);
  });

/** Whether a district's whole shape is inside the map's box, as the page draws it. */
const inView = (p: Page, code: string) =>
  p.evaluate((c) => {
    const box = document.getElementById('map')!.getBoundingClientRect();
    const r = document
      .querySelector(`#map [data-kind="district"][data-code="${c}"]`)!
      .getBoundingClientRect();
    return (
      r.width > 0 &&
      r.left >= box.left - 1 &&
      r.right <= box.right + 1 &&
      r.top >= box.top - 1 &&
      r.bottom <= box.bottom + 1
    );
  }, code);

describe('a flight cut short', () => {
  it('siting → 在地图上看: the map lands inside its box, and stays there after a resize', async () => {
    const p = await open('?mode=projects');
    await p.fill('[data-testid="siting-input"]', '白酒');
    await p.click('[data-testid="siting-go"]');
    await p.locator('[data-testid="siting-list"] > li').first().waitFor();
    await p.click('[data-testid="siting-map"]');
    await expect.poll(() => p.locator('body').getAttribute('data-mode')).toBe('map');
    await cameraSettled(p);
    await expect.poll(() => spill(p)).toBe(0);
    await p.setViewportSize({ width: 1300, height: 860 });
    await cameraSettled(p);
    await expect.poll(() => spill(p)).toBe(0);
    // The header's tabs answer (nothing of the map lies over them).
    await p.click('[data-testid="mode-table"]', { timeout: 5000 });
    await expect.poll(() => p.locator('body').getAttribute('data-mode')).toBe('table');
  });

  it('演示 → all twelve chapters → Esc → 对比: the header tabs can be clicked', async () => {
    const p = await open('', 1920, 1080);
    await p.click('[data-testid="present"]');
    await p.waitForSelector('[data-testid="tour"]');
    const total = Number(
      (await p.locator('[data-testid="tour-count"]').textContent())!.split('/')[1],
    );
    for (let i = 1; i < total; i++) {
      await p.keyboard.press('ArrowRight');
      await expect
        .poll(() => p.locator('[data-testid="tour"]').getAttribute('data-step'))
        .toBe(String(i + 1));
    }
    // Leave while the last chapter's flight is under way, as a presenter does.
    await p.keyboard.press('Escape');
    await expect.poll(() => p.locator('[data-testid="tour"]').count()).toBe(0);
    await cameraSettled(p);
    await expect.poll(() => spill(p)).toBe(0);
    await p.click('[data-testid="mode-compare"]', { timeout: 5000 });
    await expect.poll(() => p.locator('body').getAttribute('data-mode')).toBe('compare');
  });
});

describe('filters changed while the map is hidden', () => {
  it('眼镜制造 ticked in the table view: back on the map, 荣昌 and 奉节 are both in view', async () => {
    const p = await open('?mode=table');
    await p.waitForSelector('[data-testid="table-layout"]');
    await p.click('[data-testid="filters-toggle"]');
    await p.click('[data-testid="industry-option"][data-industry="眼镜制造"]');
    await p.keyboard.press('Escape');
    await p.click('[data-testid="mode-map"]');
    await expect.poll(() => p.locator('body').getAttribute('data-mode')).toBe('map');
    await cameraSettled(p);
    await expect.poll(() => inView(p, '500153')).toBe(true);
    await expect.poll(() => inView(p, '500236')).toBe(true);
  });
});

describe('project badges', () => {
  it('appear on the map as soon as the list is loaded, with nothing else changed (a phone: the map keeps its size)', async () => {
    const p = await open('', 360, 640);
    await p.click('[data-testid="mode-projects"]');
    await p.locator('[data-testid="projects-view"]:not([aria-busy])').waitFor();
    await p.click('[data-testid="projects-sample"]');
    await p.locator('[data-testid="projects-counts"]').waitFor();
    await p.click('[data-testid="mode-map"]');
    await expect
      .poll(() => p.locator('#map [data-kind="projects"]').count(), { timeout: 5000 })
      .toBeGreaterThan(0);
    // Cleared: they go as they came.
    await p.click('[data-testid="mode-projects"]');
    await p.click('[data-testid="projects-clear"]');
    await p.click('[data-testid="mode-map"]');
    await expect
      .poll(() => p.locator('#map [data-kind="projects"]').count(), { timeout: 5000 })
      .toBe(0);
  });
});

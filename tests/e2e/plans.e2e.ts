/**
 * The rest of the plans in the browser: 黔江's profile opened from the map, the Targets view with
 * 黔江's 2025 goals, a sub-industry's national priorities and city target, the catalogue reached
 * from the search box, and a brand found by name.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifact, screenPoint, viewOnScreen, waitForMap } from './harness.ts';
import { perTest } from './per-test.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const t = perTest();
let page: Page;

// Each test's own context (its errors and refused requests checked after it: per-test.ts).
beforeEach(async () => {
  ({ page } = await t.session({ width: 1600, height: 1000 }));
});

describe('the rest of the plans', () => {
  it('opens 黔江’s profile by clicking it on the map: pillars, goals, lead departments', async () => {
    await page.goto(t.server.url);
    await waitForMap(page);
    const xy = await screenPoint(page, [108.86, 29.62]);
    await page.mouse.click(xy[0], xy[1]);
    const panel = page.locator('[data-testid="district-panel"]');
    await expect.poll(() => panel.getAttribute('data-code')).toBe('500114');
    const plan = data.plans[0]!;
    expect(await panel.locator('[data-testid="pillar-members"]').allTextContents()).toEqual(
      plan.pillars.map((p) => p.members.join('、')),
    );
    const action = panel.locator('[data-action="（一）2"]');
    await action.locator('summary').click();
    expect(await action.locator('[data-testid="plan-lead"]').textContent()).toBe(
      '区农业农村委、正阳工业园区管委会',
    );
    expect(await action.locator('.goal-items li').allTextContents()).toEqual([
      '食品工业总产值达到6亿元以上',
    ]);
    await action.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('plans-qianjiang-profile.png') });
    // Its brands from 004, each cited.
    const brands = await panel.locator('[data-testid="panel-brand"] strong').allTextContents();
    expect(brands).toEqual(expect.arrayContaining(['黔江鸡杂', '黔江羊肚菌', '武陵黑猪']));
  });

  it('shows 黔江’s 2025 goals in the Targets view, each figure from its sentence', async () => {
    await page.goto(`${t.server.url}?district=500114`);
    await waitForMap(page);
    await page.click('[data-testid="mode-targets"]');
    const section = page.locator('[data-testid="plan-goals"]');
    await section.waitFor();
    const figures = await section.locator('[data-testid="goal-figure"]').allTextContents();
    expect(figures).toHaveLength(
      data.plans[0]!.actions.reduce(
        (n, a) => n + a.goals.reduce((m, g) => m + g.items.length, 0),
        0,
      ),
    );
    expect(figures).toContain('183 亿元');
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact('plans-targets-qianjiang.png') });
    // A sector's target leads back to the map with its sub-industries.
    await page.click('[data-sector="light"] [data-testid="sector-show"]');
    await expect.poll(() => page.evaluate('document.body.dataset.mode')).toBe('map');
    const light = data.consumerSectors.find((s) => s.id === 'light')!;
    await expect
      .poll(async () => (await viewOnScreen(page)).industries)
      .toEqual([...light.rows].sort());
  });

  it('shows a sub-industry’s national priorities and city target, the legend beside it', async () => {
    await page.goto(t.server.url);
    await waitForMap(page);
    await page.click('[data-testid="industry-option"][data-industry="家具制造业"]');
    const detail = page.locator('[data-testid="industry-detail"]');
    await detail.waitFor();
    const n = data.priorities.filter((p) => p.rows.includes('家具制造业')).length;
    await expect.poll(() => detail.locator('[data-testid="priority"]').count()).toBe(n);
    expect(await detail.locator('[data-testid="detail-target"] summary').textContent()).toContain(
      '轻工行业 1590 → 2400',
    );
    const legend = page.locator('[data-testid="legend-targets"] li');
    await expect.poll(() => legend.getAttribute('data-target')).toBe('000-4');
    await page.screenshot({ path: artifact('plans-furniture-priorities.png') });
  });

  it('reaches the catalogue from the search box and goes back to the map from an entry', async () => {
    await page.goto(t.server.url);
    await waitForMap(page);
    await page.fill('[data-testid="search"]', '机器人');
    const hit = page.locator('[data-testid="search-results"] li[data-type="catalogue"]').first();
    await hit.waitFor();
    const label = (await hit.locator('strong').textContent())!;
    expect(label).toContain('机器人'); // e.g. 工业机器人, a field of 专栏4
    await hit.dispatchEvent('mousedown');
    await page.locator('[data-testid="catalogue-view"]').waitFor();
    expect(await page.inputValue('[data-testid="catalogue-input"]')).toBe(label);
    await expect.poll(() => page.url()).toContain('mode=catalogue');
    const entries = page.locator('[data-testid="catalogue-entry"]');
    expect(await entries.count()).toBeGreaterThan(0);
    for (const text of await entries.allTextContents()) expect(text).toContain('机器人');
    await page.screenshot({ path: artifact('plans-catalogue-robots.png') });
    // Typing narrows; a linked row takes the map there.
    await page.fill('[data-testid="catalogue-input"]', '白酒');
    await page.locator('[data-testid="entry-row"][data-industry="酒的制造"]').first().click();
    await expect.poll(() => page.evaluate('document.body.dataset.mode')).toBe('map');
    await expect.poll(async () => (await viewOnScreen(page)).industries).toEqual(['酒的制造']);
  });

  it('finds a regional brand by name and opens its district', async () => {
    await page.goto(t.server.url);
    await waitForMap(page);
    await page.fill('[data-testid="search"]', '垫江钟表');
    const hit = page.locator('[data-testid="search-results"] li[data-type="brand"]').first();
    await hit.waitFor();
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-testid="district-panel"]');
    await expect.poll(() => panel.getAttribute('data-code'), { timeout: 10_000 }).toBe('500231');
    expect(await panel.locator('[data-testid="panel-brand"] strong').allTextContents()).toContain(
      '垫江钟表',
    );
  });
});

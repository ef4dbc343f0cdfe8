import { beforeEach, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import {
  artifact,
  blockOtherNetwork,
  cameraSettled,
  canvasStats,
  pngPixels,
  launch,
  waitForMap,
  screenPoint,
  type StaticServer,
} from './harness.ts';
import { perTest } from './per-test.ts';
import { css, NEUTRAL_FILL } from '../../src/map/style.ts';

/** The fill of a place the filter leaves out, as the style module defines it. */
const NOT_LISTED = css(NEUTRAL_FILL);

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const t = perTest();
let server: StaticServer;
let page: Page;

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

/** Serious and critical axe-core violations on the page as it is now (WCAG 2.x A and AA). */
async function audit(p: Page): Promise<string[]> {
  if (!(await p.evaluate(() => 'axe' in window))) await p.addScriptTag({ path: AXE });
  const r = (await p.evaluate(() =>
    (window as unknown as { axe: { run(o: unknown): Promise<unknown> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }),
  )) as AxeResult;
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Each test's own context (its storage, errors and refused requests checked after it: per-test.ts).
beforeEach(async () => {
  ({ server, page } = await t.session());
});

/** Each test's own start: the default view, drawn (tests pass in any order). */
const fresh = async (query = '') => {
  await page.goto(`${server.url}${query}`);
  await waitForMap(page);
};

describe('accessibility', () => {
  it('the map view has no serious or critical axe violation', async () => {
    await fresh();
    expect(await audit(page)).toEqual([]);
  });

  it('a district panel, in English, has none', async () => {
    await fresh();
    await page.click('[data-testid="matching-districts"] li[data-code="500153"] button');
    await page.click('#lang-toggle');
    await expect
      .poll(() => page.locator('[data-testid="district-panel"] h2').textContent())
      .toBe('Rongchang District');
    expect(await audit(page)).toEqual([]);
    await page.click('#lang-toggle');
  });

  it('黔江’s profile with its plan open has none', async () => {
    await fresh();
    await page.fill('[data-testid="search"]', '黔江');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="panel-plan"]');
    await page.$$eval('[data-testid="panel-plan"] details', (ds) =>
      ds.forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    expect(await audit(page)).toEqual([]);
  });

  it('the table, compare, targets, catalogue and briefing views have none', async () => {
    await fresh();
    await page.click('[data-testid="mode-table"]');
    await page.waitForSelector('[data-testid="table-view"]');
    expect(await audit(page)).toEqual([]);
    await page.click('[data-testid="mode-compare"]');
    await page.waitForSelector('[data-testid="compare-view"]');
    expect(await audit(page)).toEqual([]);
    await page.click('[data-testid="mode-targets"]');
    await page.waitForSelector('[data-testid="targets-view"]');
    expect(await audit(page)).toEqual([]);
    await page.click('[data-testid="mode-catalogue"]');
    await page.fill('[data-testid="catalogue-input"]', '白酒');
    await page.waitForSelector('[data-testid="catalogue-entry"]');
    expect(await audit(page)).toEqual([]);
    await page.click('[data-testid="mode-map"]');
    await page.click('[data-testid="present"]');
    await page.waitForSelector('[data-testid="tour"]');
    expect(await audit(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('describes the map in text: what is filtered and which places match', async () => {
    await fresh();
    await page.click('[data-testid="industry-option"][data-industry="眼镜制造"]');
    await expect
      .poll(() => page.locator('#map-summary').textContent())
      .toMatch(/眼镜制造.*2 个.*荣昌.*奉节/);
    expect(await page.locator('#map').getAttribute('aria-describedby')).toBe('map-summary');
  });

  it('reaches every control by keyboard, with a visible focus ring', async () => {
    await page.goto(server.url);
    await waitForMap(page);
    const seen = new Set<string>();
    const unlabelled: string[] = [];
    const noRing: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return null;
        const label =
          e.getAttribute('aria-label') ||
          (e as HTMLInputElement).labels?.[0]?.textContent ||
          e.textContent ||
          e.getAttribute('title') ||
          '';
        const cs = getComputedStyle(e);
        return {
          id: e.dataset['testid'] ?? e.dataset['key'] ?? e.id ?? e.tagName,
          label: label.trim(),
          ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
        };
      });
      if (!f) continue;
      seen.add(f.id);
      if (!f.label) unlabelled.push(f.id);
      if (!f.ring) noRing.push(f.id);
    }
    for (const id of ['search', 'present', 'mode-table', 'layer-option', 'industry-option'])
      expect(
        [...seen].some((s) => s.includes(id)),
        id,
      ).toBe(true);
    expect(unlabelled).toEqual([]);
    expect(noRing).toEqual([]);
  });
});

describe('phone, 360×640', () => {
  it('search, filter, panel and table all work and nothing overlaps', async () => {
    const p = page;
    await p.setViewportSize({ width: 360, height: 640 });
    await p.goto(server.url);
    await waitForMap(p);
    await p.screenshot({ path: artifact('phone-01-map.png') });
    // Search (behind a button on a phone) → a district.
    await p.click('#search-toggle');
    await p.fill('[data-testid="search"]', '奉节');
    await p.keyboard.press('Enter');
    await expect
      .poll(() => p.locator('[data-testid="district-panel"]').getAttribute('data-code'))
      .toBe('500236');
    await p.screenshot({ path: artifact('phone-02-panel.png'), fullPage: true });
    // A filter.
    await p.click('[data-testid="industry-option"][data-industry="眼镜制造"]');
    await expect.poll(() => p.locator('[data-testid="matching-districts"] > li').count()).toBe(2);
    // The table.
    await p.click('[data-testid="mode-table"]');
    await p.waitForSelector('[data-testid="table-view"]');
    await p.screenshot({ path: artifact('phone-03-table.png'), fullPage: true });
    // No horizontal scrolling, and the header's controls do not overlap.
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const boxes = await p.$$eval('.app-header > *:not([hidden])', (els) =>
      els
        .map((e) => e.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => [r.left, r.top, r.right, r.bottom]),
    );
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        const overlap =
          a[0]! < b[2]! - 1 && b[0]! < a[2]! - 1 && a[1]! < b[3]! - 1 && b[1]! < a[3]! - 1;
        expect(overlap, `header items ${i} and ${j}`).toBe(false);
      }
    expect(await audit(p)).toEqual([]);
  });
});

describe('phone, 360×640: the view tabs', () => {
  it('fade out at the edge beyond which more lie, and scroll to the last, which works', async () => {
    const p = page;
    await p.setViewportSize({ width: 360, height: 640 });
    await fresh();
    const box = (await p.locator('#view-tabs').boundingBox())!;
    /** The mean brightness (0–255) of a 2-px column just inside the strip's left or right edge. */
    const edge = async (side: 'left' | 'right') => {
      const x = side === 'left' ? box.x : box.x + box.width - 2;
      const png = await p.screenshot({
        clip: { x, y: box.y + 4, width: 2, height: box.height - 8 },
      });
      const d = await pngPixels(p, png);
      let sum = 0;
      for (let i = 0; i < d.length; i += 4) sum += (d[i]! + d[i + 1]! + d[i + 2]!) / 3;
      return sum / (d.length / 4);
    };
    // The header is dark blue (brightness ≈ 50); the strip's border and the pressed tab, white.
    // At first the pressed tab (地图) shows at the left; the right edge, where 指标, 目录 and
    // 我的项目 lie, has faded into the header.
    const [left, right] = [await edge('left'), await edge('right')];
    expect(left).toBeGreaterThan(150);
    expect(right).toBeLessThan(70);
    // Nudged a little: the left edge fades by as much as went out of sight, not by a share of
    // the whole scroll (2 px for 12 of 159 when one animation drove both edges).
    const nav = p.locator('#view-tabs');
    const fadeAndScroll = () =>
      nav.evaluate((e) => [
        parseFloat(getComputedStyle(e).getPropertyValue('--tabs-fade-start')),
        e.scrollLeft,
      ]);
    await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await p.mouse.wheel(12, 0);
    await expect.poll(async () => (await fadeAndScroll())[1]).toBeGreaterThan(0);
    const [fade, scrolled] = await fadeAndScroll();
    expect(scrolled).toBeLessThan(36);
    expect(Math.abs(fade! - scrolled!)).toBeLessThan(1.5);
    // Swiped (a wheel sideways) to the end: the right edge shows the strip's border again, the
    // left one fades where 地图 went.
    await p.mouse.wheel(600, 0);
    await expect.poll(() => edge('right')).toBeGreaterThan(right + 40);
    expect(await edge('left')).toBeLessThan(70);
    await p.screenshot({ path: artifact('phone-tabs-scrolled.png') });
    // And the last tab is there to use.
    await p.click('[data-testid="mode-projects"]');
    await p.locator('[data-testid="projects-view"]').waitFor({ state: 'visible', timeout: 10_000 });
    await expect
      .poll(() => p.locator('[data-testid="mode-projects"]').getAttribute('aria-pressed'))
      .toBe('true');
    // By keyboard from 地图: 指标 (at first a sliver inside the fade) comes clear of it.
    await p.click('[data-testid="mode-map"]');
    for (let i = 0; i < 3; i++) await p.keyboard.press('Tab');
    const targets = p.locator('[data-testid="mode-targets"]');
    await expect.poll(() => targets.evaluate((e) => e === document.activeElement)).toBe(true);
    await expect
      .poll(async () => {
        const b = (await targets.boundingBox())!;
        return b.x >= box.x + 30 && b.x + b.width <= box.x + box.width - 30;
      })
      .toBe(true);
  });

  it('do not fade where they all fit (600 px)', async () => {
    const p = page;
    await p.setViewportSize({ width: 600, height: 800 });
    await fresh();
    const nav = p.locator('#view-tabs');
    expect(await nav.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    const fades = await nav.evaluate((e) => {
      const s = getComputedStyle(e);
      return [s.getPropertyValue('--tabs-fade-start'), s.getPropertyValue('--tabs-fade-end')];
    });
    expect(fades).toEqual(['0px', '0px']);
  });
});

describe('touch and other sizes', () => {
  it('a touch phone starts on the SVG map: it follows filters, opens a tapped district, and zooms by touch', async () => {
    const { page: p } = await t.session({ phone: true });
    await p.goto(server.url);
    const svg = p.locator('[data-testid="svg-map"]');
    await svg.waitFor();
    await waitForMap(p);
    expect(await p.locator('#map').getAttribute('data-renderer')).toBe('svg');
    // No WebGL map: its library has not even been fetched.
    const fetched = await p.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(fetched.filter((u) => /start-map|maplibre/.test(u))).toEqual([]);
    const fill = (code: string) =>
      svg.locator(`path[data-kind="district"][data-code="${code}"]`).getAttribute('fill');
    await p.click('[data-testid="industry-option"][data-industry="眼镜制造"]');
    await expect.poll(() => fill('500102')).toBe(NOT_LISTED); // 涪陵: not listed
    expect(await fill('500236')).not.toBe(NOT_LISTED); // 奉节: listed
    await p.evaluate('scrollTo(0, 0)');
    await p.screenshot({ path: artifact('phone-04-svg-map.png') });
    // The map frames what the filter leaves; tap once it has landed.
    await cameraSettled(p);
    // A point of 涪陵 clear of every symbol at this framing (a tap on a base opens the base's district).
    const xy = await screenPoint(p, [107.25, 29.6]);
    await p.touchscreen.tap(xy[0], xy[1]);
    await expect
      .poll(() => p.locator('[data-testid="district-panel"]').getAttribute('data-code'))
      .toBe('500102');
    // Zoom by touch: the + button, then the camera the map publishes is one level closer.
    await p.evaluate('scrollTo(0, 0)');
    const before = Number((await p.locator('#map').getAttribute('data-camera'))!.split(',')[2]);
    await p.locator('[data-testid="zoom-in"]').tap();
    await cameraSettled(p);
    await expect
      .poll(async () =>
        Number((await p.locator('#map').getAttribute('data-camera'))!.split(',')[2]),
      )
      .toBeCloseTo(before + 1, 1);
    await p.screenshot({ path: artifact('phone-05-zoomed.png') });
  });

  for (const [w, h] of [
    [768, 1024],
    [1440, 900],
  ] as const) {
    it(`lays out without overflow at ${w}×${h}`, async () => {
      const p = page;
      await p.setViewportSize({ width: w, height: h });
      await p.goto(server.url);
      await waitForMap(p);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w);
      const map = await p.locator('#map').boundingBox();
      expect(map!.width).toBeGreaterThan(w * 0.4);
      expect(map!.height).toBeGreaterThan(250);
      await p.screenshot({ path: artifact(`layout-${w}x${h}.png`) });
    });
  }
});

describe('without WebGL', () => {
  it('draws the SVG map, says why quietly, and the map, table and district panels all work', async () => {
    // WebGL off is a browser switch: a browser of its own, closed whatever happens.
    const c = await launch(['--disable-3d-apis']);
    try {
      const blocked = await blockOtherNetwork(c, server.url.replace(/\/$/, ''));
      const p = c.pages()[0] ?? (await c.newPage());
      const errs: string[] = [];
      c.on('weberror', (e) => errs.push(e.error().message));
      await p.setViewportSize({ width: 1280, height: 800 });
      await p.goto(server.url);
      await waitForMap(p);
      expect(await p.locator('#map').getAttribute('data-renderer-reason')).toBe('no-webgl');
      await p.click('[data-testid="about-open"]');
      expect(await p.locator('[data-testid="renderer-note"]').innerText()).toContain(
        '浏览器不支持 WebGL',
      );
      await p.keyboard.press('Escape');
      await expect.poll(() => p.locator('[data-testid="about"]').isVisible()).toBe(false);
      expect(await p.locator('[data-testid="notice"]').count()).toBe(0);
      expect((await canvasStats(p)).colours).toBeGreaterThan(20);
      // A point of 涪陵 clear of every symbol at this framing (a tap on a base opens the base's district).
      const xy = await screenPoint(p, [107.25, 29.6]);
      await p.mouse.click(xy[0], xy[1]);
      await expect
        .poll(() => p.locator('[data-testid="district-panel"]').getAttribute('data-code'))
        .toBe('500102');
      await p.click('[data-testid="industry-option"][data-industry="眼镜制造"]');
      await p.click('[data-testid="mode-table"]');
      await expect.poll(() => p.locator('[data-testid="table-layout"] tbody tr').count()).toBe(2);
      await p.screenshot({ path: artifact('no-webgl-table.png') });
      expect(errs).toEqual([]);
      expect(blocked).toEqual([]);
    } finally {
      await c.close();
    }
  });
});

/**
 * The first minute, as a newcomer lives it: a cold profile, and clicks the moment the picture is
 * on screen — never waiting for the map to be complete. Each test opens its own browser context.
 * How soon after the first paint a click lands is a timing, not a function: the bench measures it
 * (bench/run.ts, "first input after first paint"); here a held-back app proves the click came
 * before the app was live.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/seeds.ts';
import { artifact, firstPaintPoint, waitForMap } from './harness.ts';
import { perTest } from './per-test.ts';
import { css, NEUTRAL_FILL } from '../../src/map/style.ts';

/** The fill of a place the filter leaves out, as the style module defines it. */
const NOT_LISTED = css(NEUTRAL_FILL);

const OFFLINE = pathToFileURL(join(ROOT, 'dist-offline', 'index.html')).href;
// 涪陵区's seat, well inside its shape.
const FULING: [number, number] = [107.44, 29.71];

// One browser for the file; each test's context is closed and its errors and refused requests
// asserted after it, passed or not (per-test.ts).
const t = perTest();

interface Opened {
  page: Page;
  /** Lets the app's code arrive (when it was held back), and waits until it is live. */
  release(): Promise<void>;
}

/**
 * A cold profile at 1440×900, returned as soon as the first picture is painted. With `holdApp`
 * (served builds only), the app's code is held back like a slow network would until `release()`,
 * so a click made now lands, for certain, before any of the app's handlers exist: the test does
 * not depend on how fast this machine happens to be.
 */
async function openCold(url: string, { holdApp = false } = {}): Promise<Opened> {
  let release = (): void => undefined;
  const { page } = await t.session({
    // file:// — every request but the file's own refused.
    ...(url.startsWith('file:') ? { origin: url } : {}),
    route: async (ctx) => {
      if (!holdApp) return;
      const held = new Promise<void>((r) => (release = r));
      await ctx.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
    },
  });
  // Every click the page receives, and whether the app was live when it did.
  await page.addInitScript(`
    window.__clicks = [];
    addEventListener('click', (e) => window.__clicks.push({
      at: performance.now(),
      live: document.body?.dataset.live === 'true',
      target: e.target?.closest?.('[data-testid]')?.dataset.testid ?? null,
    }), true);
  `);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('first-contentful-paint').length > 0 &&
      document.querySelector<HTMLImageElement>('img.first-paint')?.complete === true,
    null,
    { polling: 10, timeout: 30_000 },
  );
  return {
    page,
    release: async () => {
      release();
      await page.waitForSelector('body[data-live="true"]', { timeout: 60_000 });
    },
  };
}

interface SeenClick {
  at: number;
  live: boolean;
  target: string | null;
}
/** The clicks the page has received so far (recorded by openCold's init script). */
const clicksSeen = (p: Page) => p.evaluate('window.__clicks') as Promise<SeenClick[]>;

for (const build of ['served', 'single file over file://'] as const) {
  const url = () => (build === 'served' ? t.server.url : OFFLINE);

  describe(`the first click works (${build})`, () => {
    it('演示 clicked as soon as the first picture is painted starts the briefing', async () => {
      const o = await openCold(url(), { holdApp: build === 'served' });
      await o.page.click('[data-testid="present"]');
      if (build === 'served') {
        // The click reached the page before the app could handle it: it was held, not lost.
        expect(await clicksSeen(o.page)).toEqual([
          expect.objectContaining({ target: 'present', live: false }),
        ]);
        await o.release();
      }
      await o.page.waitForSelector('[data-testid="tour"]', { timeout: 60_000 });
      expect(await o.page.locator('[data-testid="tour-count"]').textContent()).toMatch(/^1 \//);
      await o.page.screenshot({ path: artifact(`first-minute-present-${build[0]}.png`) });
    });

    it('a district clicked on the first picture opens its panel', async () => {
      const o = await openCold(url(), { holdApp: build === 'served' });
      const [x, y] = await firstPaintPoint(o.page, FULING);
      await o.page.mouse.click(x, y);
      const panel = o.page.locator('[data-testid="district-panel"]');
      // At once: the panel with the district's name (from the picture itself)…
      await expect.poll(() => panel.getAttribute('data-code'), { timeout: 60_000 }).toBe('500102');
      expect(await panel.locator('h2').first().textContent()).toContain('涪陵');
      if (build === 'served') await o.release();
      // …then with every fact and its source, once the app is up.
      const full = o.page.locator('[data-testid="district-panel"]:not([aria-busy])');
      await full.waitFor({ timeout: 60_000 });
      expect(await full.getAttribute('data-code')).toBe('500102');
      expect(await full.textContent()).toContain('出处');
    });

    it('a place in the list clicked as soon as it is painted opens its panel', async () => {
      const o = await openCold(url(), { holdApp: build === 'served' });
      // The list is in the page from the first paint (written by the build): 涪陵区 first.
      const row = o.page.locator('[data-testid="matching-districts"] > li').first();
      expect(await row.getAttribute('data-code')).toBe('500102');
      expect(await row.textContent()).toContain('涪陵区');
      await row.locator('button').click();
      if (build === 'served') {
        expect(await clicksSeen(o.page)).toEqual([
          expect.objectContaining({ target: 'matching-districts', live: false }),
        ]);
        await o.release();
      }
      const full = o.page.locator('[data-testid="district-panel"]:not([aria-busy])');
      await full.waitFor({ timeout: 60_000 });
      expect(await full.getAttribute('data-code')).toBe('500102');
      expect(await full.textContent()).toContain('出处');
    });

    it('PNG 2× clicked as soon as the first picture is painted downloads the image', async () => {
      const o = await openCold(url(), { holdApp: build === 'served' });
      const download = o.page.waitForEvent('download', { timeout: 90_000 });
      // Whether the control ever says it is working (it may finish before a test could look).
      await o.page.evaluate(() => {
        const b = document.querySelector('[data-testid="export-png-2"]')!;
        new MutationObserver(() => {
          if (b.getAttribute('aria-busy') === 'true') b.setAttribute('data-was-busy', '');
        }).observe(b, { attributes: true, attributeFilter: ['aria-busy'] });
      });
      await o.page.click('[data-testid="export-png-2"]');
      if (build === 'served') {
        expect(await clicksSeen(o.page)).toEqual([
          expect.objectContaining({ target: 'export-png-2', live: false }),
        ]);
        await o.release();
      }
      const d = await download;
      expect(d.suggestedFilename()).toMatch(/-2x\.png$/);
      await expect
        .poll(() => o.page.locator('[data-testid="notice"]').allTextContents())
        .toEqual([expect.stringContaining(d.suggestedFilename())]);
      expect(await o.page.getAttribute('[data-testid="export-png-2"]', 'data-was-busy')).toBe('');
      expect(await o.page.getAttribute('[data-testid="export-png-2"]', 'aria-busy')).toBeNull();
    });
  });
}

describe('the renderer follows the machine', () => {
  it('chooses the SVG map on software WebGL and says so quietly', async () => {
    const o = await openCold(t.server.url);
    await waitForMap(o.page);
    const map = o.page.locator('#map');
    expect(await map.getAttribute('data-renderer')).toBe('svg');
    expect(await map.getAttribute('data-renderer-reason')).toBe('software-webgl');
    // Said in the "about this map" panel, not on the map.
    expect(await o.page.locator('.map-wrap [data-testid="renderer-note"]').count()).toBe(0);
    await o.page.click('[data-testid="about-open"]');
    expect(await o.page.locator('[data-testid="renderer-note"]').innerText()).toContain('软件模拟');
    // The live map's code is never fetched.
    const fetched = await o.page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(fetched.filter((u) => /start-map|maplibre/.test(u))).toEqual([]);
  });

  it('a link forces the WebGL map, which takes over at the same camera', async () => {
    const o = await openCold(`${t.server.url}?renderer=webgl`);
    // The SVG map answers while the live map starts beneath it.
    await waitForMap(o.page, 'first');
    const before = (await o.page.locator('#map').getAttribute('data-camera'))!;
    await waitForMap(o.page, 'complete', 'webgl');
    expect(await o.page.locator('#map').getAttribute('data-renderer-reason')).toBe('forced');
    expect(await o.page.locator('[data-testid="svg-map"]').count()).toBe(0);
    expect(await o.page.locator('#map canvas').count()).toBeGreaterThan(0);
    const after = (await o.page.locator('#map').getAttribute('data-camera'))!;
    const [a, b] = [before, after].map((c) => c.split(',').map(Number)) as [number[], number[]];
    expect(b[0]).toBeCloseTo(a[0]!, 3);
    expect(b[1]).toBeCloseTo(a[1]!, 3);
    expect(b[2]).toBeCloseTo(a[2]!, 2);
    await o.page.click('[data-testid="about-open"]');
    expect(await o.page.locator('[data-testid="renderer-note"]').innerText()).toContain(
      'WebGL 渲染',
    );
  });

  it('switches renderer from the "about this map" panel, keeping the view', async () => {
    const o = await openCold(`${t.server.url}?industry=${encodeURIComponent('眼镜制造')}`);
    await waitForMap(o.page);
    await o.page.click('[data-testid="about-open"]');
    await o.page.click('[data-testid="renderer-switch"]');
    await waitForMap(o.page, 'complete', 'webgl');
    await expect.poll(() => o.page.url()).toContain('renderer=webgl');
    await o.page.click('[data-testid="renderer-switch"]');
    await o.page.waitForSelector('#map[data-renderer="svg"] [data-testid="svg-map"]');
    expect(
      await o.page
        .locator('[data-testid="svg-map"] path[data-kind="district"][data-code="500236"]')
        .getAttribute('fill'),
    ).not.toBe(NOT_LISTED);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/seeds.ts';
import {
  artifact,
  DIST,
  serve,
  cameraSettled,
  canvasStats,
  pngPixels,
  viewOnScreen,
  waitForMap,
  screenPoint,
  type StaticServer,
} from './harness.ts';
import { perTest } from './per-test.ts';
import { loadData } from '../helpers.ts';
import { BACKGROUND } from '../../src/map/style.ts';

const data = loadData();
const t = perTest();
let server: StaticServer;
let page: Page;
let errors: string[];

/** Each test's own start: the default view, drawn (tests pass in any order). */
const fresh = async (query = '') => {
  await page.goto(`${server.url}${query}`);
  await waitForMap(page);
};

const codesInList = (p: Page) =>
  p.$$eval('[data-testid="matching-districts"] > li', (els) =>
    els.map((e) => e.getAttribute('data-code') ?? '').sort(),
  );

// Each test's own context (its storage, errors and refused requests checked after it: per-test.ts).
beforeEach(async () => {
  ({ server, page, errors } = await t.session({ width: 1920, height: 1080 }));
});

describe('the map page, offline', () => {
  it('draws the map: many colours, most of the canvas painted, no page errors', async () => {
    await fresh();
    // Complete means every layer drawn: the context (provinces, Sichuan, partners, rivers, the
    // frameworks) and the names are there at once, and the backdrop beyond the provinces is the
    // background.
    const map = page.locator('[data-testid="svg-map"]');
    for (const layer of ['provinces', 'sichuan', 'partners', 'rivers', 'frameworks'])
      expect(await map.locator(`g.${layer} path`).count(), layer).toBeGreaterThan(0);
    expect(await map.locator('text[data-label="place"]').count()).toBeGreaterThan(20);
    expect(await map.locator('.svg-under > rect').getAttribute('fill')).toBe(BACKGROUND);
    const stats = await canvasStats(page);
    expect(stats.colours).toBeGreaterThan(40);
    expect(stats.painted / stats.total).toBeGreaterThan(0.3);
    await page.screenshot({ path: artifact('01-default.png') });
    expect(errors).toEqual([]);
  });

  it('hands over from the build-time picture to a map with its rivers and partners drawn', async () => {
    // What the map holds at the moment the picture goes (an observer of the page's own markup,
    // called before the browser draws the change): no frame shows the map without what the
    // picture showed besides the districts.
    // And until then the picture is what is seen: the live map, put in before, lies under it.
    await page.addInitScript(`
      const z = (e) => Number(getComputedStyle(e).zIndex) || 0;
      new MutationObserver((_, observer) => {
        const map = document.getElementById('map');
        const live = map?.querySelector(':scope > .svg-map');
        const picture = map?.querySelector('img.first-paint');
        if (live && picture && !window.__beforeHandOver)
          window.__beforeHandOver = { pictureOnTop: z(picture) > z(live) };
        if (map?.dataset.ready !== 'true') return;
        observer.disconnect();
        window.__atHandOver = {
          rivers: map.querySelectorAll('.rivers path[data-river]').length,
          partners: map.querySelectorAll('.partners path').length,
        };
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
    `);
    await fresh();
    type Seen = { __beforeHandOver?: object; __atHandOver?: object };
    const before = await page.evaluate(() => (window as Seen).__beforeHandOver);
    expect(before).toEqual({ pictureOnTop: true });
    const at = await page.evaluate(() => (window as Seen).__atHandOver);
    expect(at).toEqual({ rivers: 3, partners: expect.any(Number) as number });
    expect((at as { partners: number }).partners).toBeGreaterThan(0);
    expect(await page.locator('img.first-paint').isVisible()).toBe(false);
    // After it, the live map is the one on top (it takes the clicks and shows the tooltips).
    expect(await page.locator('#map > .svg-map').evaluate((e) => getComputedStyle(e).zIndex)).toBe(
      '2',
    );
  });

  it('renders the map’s Chinese labels with a real CJK font, not missing-glyph boxes', async () => {
    await fresh();
    // The map's own label for 江津, then the same text element holding two unassigned code points
    // (what a font without CJK draws for every character: the same box), at the same place on the
    // same background. Real glyphs lay down other ink than the box (here ≈ 284 dark pixels against
    // 378); with no CJK font both are boxes and the counts match.
    const label = page.locator('[data-testid="svg-map"] text[data-code="500116"]');
    await label.waitFor();
    const ink = async () => {
      const d = await pngPixels(page, await label.screenshot());
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! < 200) n++;
      return n;
    };
    const setText = (text: string) => label.evaluate((e, t) => (e.textContent = t), text);
    const jiangjin = await ink();
    await setText('\u{10FFFD}\u{10FFFD}');
    const tofu = await ink();
    await setText('江津');
    expect(jiangjin).toBeGreaterThan(20);
    expect(Math.abs(jiangjin - tofu) / Math.max(jiangjin, tofu)).toBeGreaterThan(0.15);
    expect(await page.locator('h1').innerText()).toBe('重庆产业布局地图');
  });

  it('shows exactly the districts data/ lists for every 小类 selected in the UI', async () => {
    await fresh();
    for (const row of data.layout) {
      // The previous row cleared first, and seen cleared (a click on a button not yet enabled
      // would leave it on, and the list would hold both rows' places).
      const ticked = page.locator('[data-testid="industry-option"]:checked');
      if (await ticked.count()) {
        await page.click('[data-testid="clear-filters"]');
        await expect.poll(() => ticked.count()).toBe(0);
      }
      await page.click(`[data-testid="industry-option"][data-industry="${row.id}"]`);
      // The list follows the map's frame.
      await expect
        .poll(() => codesInList(page), { message: row.id })
        .toEqual([...row.places].sort());
      expect(
        await page.$eval(
          `[data-testid="industry-option"][data-industry="${row.id}"]`,
          (e) => (e as HTMLInputElement).checked,
        ),
      ).toBe(true);
    }
    await page.screenshot({ path: artifact('02-filter-ui.png') });
    await page.click('[data-testid="clear-filters"]');
  });

  it('shows exactly the districts data/ lists for every 小类 given in the URL', async () => {
    for (const row of data.layout) {
      // The list does not wait for the map: check it as soon as it renders.
      await page.goto(`${server.url}?industry=${encodeURIComponent(row.id)}`, {
        waitUntil: 'domcontentloaded',
      });
      await page.waitForSelector('[data-testid="matching-districts"] > li');
      expect(await codesInList(page), row.id).toEqual([...row.places].sort());
    }
  });

  it('marks 万盛 as a functional zone in 綦江区, with its own code', async () => {
    await page.goto(`${server.url}?industry=${encodeURIComponent('精制茶加工')}`);
    const item = page.locator('[data-testid="matching-districts"] > li[data-code="zone-wansheng"]');
    await expect.poll(() => item.textContent()).toContain('功能区');
    expect(await item.textContent()).toContain('綦江区');
  });

  it('answers "where is 眼镜制造 planned?" by search, with the map recoloured', async () => {
    await page.goto(server.url);
    await waitForMap(page);
    await page.fill('[data-testid="search"]', '眼镜');
    const hits = page.locator('[data-testid="search-results"] li');
    await expect.poll(() => hits.count()).toBeGreaterThan(1);
    const texts = await hits.allTextContents();
    expect(texts.some((t) => t.includes('眼镜制造'))).toBe(true);
    expect(texts.some((t) => t.includes('眼镜产业') && t.includes('奉节'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => codesInList(page)).toEqual(['500153', '500236']);
    await expect.poll(() => page.url()).toContain('industry=' + encodeURIComponent('眼镜制造'));
    await cameraSettled(page);
    await page.screenshot({ path: artifact('03-eyewear.png') });
  });

  it('finds 白酒 in 江津 through its base theme', async () => {
    await fresh();
    await page.fill('[data-testid="search"]', '白酒');
    const first = page.locator('[data-testid="search-results"] li').first();
    await expect.poll(() => first.textContent()).toContain('江津');
    await page.keyboard.press('Escape');
  });

  it('answers "what is planned in 江津?" in the district panel, each fact cited', async () => {
    await page.goto(server.url);
    await waitForMap(page);
    await page.click('[data-testid="matching-districts"] li[data-code="500116"] button');
    const panel = page.locator('[data-testid="district-panel"]');
    await expect.poll(() => panel.getAttribute('data-code')).toBe('500116');
    const industries = await panel
      .locator('[data-testid="panel-industry"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-industry')));
    expect(industries.sort()).toEqual(
      data.layout
        .filter((r) => r.places.includes('500116'))
        .map((r) => r.id)
        .sort(),
    );
    const wine = panel.locator(
      // The row's own citation (its alignment line below cites the other plans).
      '[data-testid="panel-industry"][data-industry="酒的制造"] > [data-testid="citation"]',
    );
    expect(await wine.getAttribute('data-doc')).toBe('000');
    expect(await wine.locator('blockquote').textContent()).toContain(
      '酒的制造 | 江津、万州、南川、永川',
    );
    const bases = await panel.locator('[data-testid="panel-base"]').allTextContents();
    expect(bases.some((b) => b.includes('清香型白酒建设重庆酒城'))).toBe(true);
    await cameraSettled(page);
    await page.screenshot({ path: artifact('04-jiangjin-panel.png') });
    await wine.locator('[data-testid="read-in-seed"]').click();
    const mark = page.locator('[data-testid="seed-viewer"] [data-testid="seed-quote"]');
    await expect.poll(() => mark.textContent()).toContain('酒的制造');
    expect(await mark.isVisible()).toBe(true);
    await page.screenshot({ path: artifact('05-seed-viewer.png') });
    await page.keyboard.press('Escape');
  });

  it('answers "which Chongqing districts cooperate with 泸州?" with the source sentence', async () => {
    await fresh();
    await page.fill('[data-testid="search"]', '泸州');
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-testid="district-panel"]');
    await expect.poll(() => panel.getAttribute('data-code')).toBe('510500');
    const coop = panel.locator('[data-testid="panel-coop"]');
    expect(await coop.count()).toBe(1);
    const codes = await coop
      .locator('button[data-code]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    expect(codes).toEqual(expect.arrayContaining(['500116', '500118']));
    expect(
      await panel
        .locator('[data-testid="panel-coop"] > [data-testid="citation"] blockquote')
        .textContent(),
    ).toContain('支持江津区、永川区与泸州市联动发展');
    // and the 专栏17 direction it serves, cited from 002.
    expect(await coop.locator('[data-testid="coop-direction"] summary').textContent()).toContain(
      '培育特色消费品产业集群',
    );
    await cameraSettled(page);
    await page.screenshot({ path: artifact('06-luzhou.png') });
  });

  it('shows a clear, dismissible notice for a bad link and still loads the rest', async () => {
    await page.goto(`${server.url}?industry=${encodeURIComponent('眼镜制造,火箭')}&foo=1&view=abc`);
    await waitForMap(page);
    const notices = page.locator('[data-testid="notice"]');
    await expect.poll(() => notices.count()).toBe(3);
    const text = (await notices.allTextContents()).join(' ');
    expect(text).toContain('火箭');
    expect(text).toContain('foo');
    expect(text).toContain('view');
    await expect.poll(() => codesInList(page)).toEqual(['500153', '500236']);
    await page.screenshot({ path: artifact('07-bad-link.png') });
    await notices.first().locator('button').click();
    await expect.poll(() => notices.count()).toBe(2);
  });

  it('groups, shortens and isolates what a hostile link carries (1,000 terms, an 8,000-character value, an RTL override)', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => `x${i}`).join(',');
    // 8,000 characters: the test server, as most, refuses a request line over 16 KiB.
    const long = 'y'.repeat(8_000);
    await page.goto(
      `${server.url}?industry=${many}&district=${long}&compare=${encodeURIComponent('\u202eevil')}&lang=zh&lang=en`,
    );
    await waitForMap(page);
    const notices = page.locator('[data-testid="notice"]');
    await expect.poll(() => notices.count()).toBe(4);
    const texts = await notices.allTextContents();
    expect(texts.some((t) => t.includes('有 1,000 个值无法识别'))).toBe(true);
    // The long value is cut, and nothing on screen is longer than a sentence.
    for (const t of texts) expect(t.length).toBeLessThan(400);
    expect(texts.join('')).not.toMatch(/[\u202a-\u202e]/);
    expect(texts.some((t) => t.includes('出现了不止一次'))).toBe(true);
    const box = await notices.last().boundingBox();
    expect(box!.height).toBeLessThan(200);
  });

  it('switches to English: interface, place names and link', async () => {
    await page.goto(`${server.url}?district=500116`);
    await waitForMap(page);
    await page.click('#lang-toggle');
    expect(await page.locator('h1').innerText()).toBe('Chongqing Industrial Layout Map');
    expect(await page.locator('[data-testid="district-panel"] h2').textContent()).toBe(
      'Jiangjin District',
    );
    // The list follows a frame after the click (matching-list.ts: the click's own paint first).
    await expect
      .poll(() =>
        page.locator('[data-testid="matching-districts"] li[data-code="500102"]').textContent(),
      )
      .toContain('Fuling District');
    await expect.poll(() => page.url()).toContain('lang=en');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await cameraSettled(page);
    await page.screenshot({ path: artifact('08-english.png') });
  });

  it('round-trips the view through a copied link', async () => {
    await page.goto(
      `${server.url}?industry=${encodeURIComponent('酒的制造')}&layers=industry,regions&district=500118&lang=en&view=106.0,29.4,8.00`,
    );
    await waitForMap(page);
    const url = page.url();
    const state = await viewOnScreen(page);
    expect(state).toMatchObject({
      industries: ['酒的制造'],
      layers: ['industry', 'regions'],
      district: '500118',
      lang: 'en',
    });
    expect(state.camera[0]).toBeCloseTo(106, 3);
    expect(state.camera[1]).toBeCloseTo(29.4, 3);
    expect(state.camera[2]).toBeCloseTo(8, 2);
    await page.goto(url);
    await waitForMap(page);
    expect(page.url()).toBe(url);
    await page.screenshot({ path: artifact('09-regions.png') });
  });
});

/**
 * A fresh browser on `url` whose config.json names an online basemap at `style`, the live map
 * forced (the online basemap is the live map's: the SVG map draws the embedded geography only),
 * every other request blocked; returned once the live map is complete.
 */
async function withBasemap(on: StaticServer, style: string) {
  const {
    ctx,
    page: p,
    blocked,
  } = await t.session({
    server: on,
    // Asserted by the tests themselves: the basemap's host is the one request that leaves.
    allowBlocked: /^https:\/\/tiles\.(invalid|example\.org)\//,
    route: (c, origin) =>
      c.route(`${origin}/config.json`, (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ basemapStyle: style }),
        }),
      ),
  });
  await p.goto(`${on.url}?renderer=webgl`);
  await waitForMap(p, 'complete', 'webgl');
  return { c: ctx, p, blocked };
}

describe('an online basemap that cannot be reached', () => {
  it('falls back to the embedded map and says so once, quietly', async () => {
    const { p, blocked: blockedHere } = await withBasemap(
      server,
      'https://tiles.invalid/style.json',
    );
    const notices = await p.locator('[data-testid="notice"]').allTextContents();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('在线底图无法访问');
    expect(await p.locator('[data-testid="notice"]').getAttribute('role')).toBe('status');
    expect((await canvasStats(p)).colours).toBeGreaterThan(20);
    expect(blockedHere).toEqual(['https://tiles.invalid/style.json']);
  });
});

describe('an online basemap the site’s policy blocks', () => {
  it('says it was blocked by the policy, naming the host to allow — not that it is unreachable', async () => {
    const csp = readFileSync(join(ROOT, 'public', '_headers'), 'utf8').match(
      /Content-Security-Policy: (.+)/,
    )![1]!;
    const strict = await serve(DIST, { 'Content-Security-Policy': csp });
    try {
      const { p } = await withBasemap(strict, 'https://tiles.example.org/style.json');
      const notices = await p.locator('[data-testid="notice"]').allTextContents();
      expect(notices).toEqual([expect.stringContaining('内容安全策略（CSP）拦截')]);
      expect(notices[0]).toContain('https://tiles.example.org');
    } finally {
      await strict.close();
    }
  });
});

describe('picking and the first paint', () => {
  it('opens a district panel by clicking the district on the map', async () => {
    await page.goto(server.url);
    await waitForMap(page);
    const xy = await screenPoint(page, [107.44, 29.71]);
    await page.mouse.click(xy[0], xy[1]);
    await expect
      .poll(() => page.locator('[data-testid="district-panel"]').getAttribute('data-code'))
      .toBe('500102');
  });

  it('paints the districts before any script runs', async () => {
    const { page: p } = await t.session({
      route: (c) => c.route(/\.m?js$/, (route) => route.abort()),
    });
    await p.goto(server.url);
    const img = p.locator('img.first-paint');
    expect(await img.isVisible()).toBe(true);
    expect(await img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth > 0)).toBe(
      true,
    );
    const src = (await img.getAttribute('src'))!;
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    expect(svg.match(/<path [^>]*data-code=/g)).toHaveLength(38);
    await p.screenshot({ path: artifact('10-first-paint-no-js.png') });
  });
});

/**
 * Nothing fails silently: a data chunk or the geometry file that does not arrive ends in a message with a
 * retry (not a loading line for ever), and an error nothing caught becomes a notice. Each test
 * opens its own browser context: no service worker or cache from another test serves the chunk.
 */
import { describe, expect, it } from 'vitest';
import { waitForMap } from './harness.ts';
import { perTest } from './per-test.ts';

const t = perTest();

describe('failed loads', () => {
  for (const [what, pattern, file] of [
    ['data chunk', /\/assets\/data-[^/]+\.js$/, /data-\S+\.js/],
    // Fetched as a file of its own (src/geo/load-topology.ts), not imported.
    ['geometry file', /\/assets\/boundaries\.topo-[^/]+\.txt$/, /boundaries\.topo-\S+\.txt/],
  ] as const)
    it(`a ${what} that 404s ends in a clear message with a retry that works`, async () => {
      const { page: p, server } = await t.session();
      let fail = true;
      await p.route(pattern, (r) =>
        fail ? r.fulfill({ status: 404, body: 'not found' }) : r.continue(),
      );
      await p.goto(server.url);
      const line = p.locator('#map-loading.failed');
      await line.waitFor({ timeout: 20_000 });
      expect(await line.textContent()).toContain('地图程序未能加载');
      // In words, not "TypeError: Failed to fetch dynamically imported module: <url>".
      expect(await line.textContent()).toMatch(new RegExp(`程序文件 ${file.source} 未能下载`));
      expect(await line.textContent()).not.toMatch(/TypeError|dynamically imported|http:/);
      // The retry reloads: with the chunk back, the map comes up.
      fail = false;
      await p.click('[data-testid="load-retry"]');
      await waitForMap(p);
      expect(await p.locator('#map-loading.failed').count()).toBe(0);
    });
});

describe('the live map’s files', () => {
  for (const [what, pattern, says] of [
    ['its code chunk', /\/assets\/start-map-[^/]+\.js$/, 'start-map'],
    ['its worker', /\/assets\/maplibre-gl-worker-[^/]+\.js$/, 'map worker'],
  ] as const)
    it(`missing ${what}: a notice saying so, not "no WebGL"; the SVG map stays and works`, async () => {
      const { page: p, server } = await t.session();
      await p.route(pattern, (r) => r.fulfill({ status: 404, body: 'not found' }));
      await p.goto(`${server.url}?renderer=webgl`);
      const notices = p.locator('[data-testid="notice"]');
      await expect
        .poll(() => notices.allTextContents(), { timeout: 60_000 })
        .toEqual([expect.stringMatching(new RegExp(`WebGL 地图未能启动.*${says}`))]);
      expect(await p.locator('#map').getAttribute('data-renderer')).toBe('svg');
      expect(await p.locator('#map').getAttribute('data-renderer-reason')).toBe('live-map-failed');
      // The reason, in the "about this map" panel.
      await p.click('[data-testid="about-open"]');
      const note = p.locator('[data-testid="renderer-note"]');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain('WebGL 地图未能启动');
      expect(await note.textContent()).not.toContain('不支持 WebGL');
      await p.keyboard.press('Escape');
      await p.click('[data-testid="industry-option"][data-industry="眼镜制造"]');
      await expect.poll(() => p.locator('[data-testid="matching-districts"] li').count()).toBe(2);
    });
});

describe('the label worker', () => {
  for (const [what, broken] of [
    ['does not load', { status: 404, body: 'not found' }],
    [
      'throws as it starts',
      { status: 200, contentType: 'text/javascript', body: 'throw new Error("broken")' },
    ],
  ] as const)
    it(`${what}: the names are placed on the page all the same, and no notice`, async () => {
      const { page: p, server } = await t.session();
      let refused = 0;
      // The worker's own file (not the few lines that start it, which name it).
      await p.route(/\/assets\/label-worker-[^/]+\.js$/, async (r) => {
        const res = await r.fetch();
        if ((await res.text()).includes('new Worker(')) return r.fulfill({ response: res });
        refused++;
        return r.fulfill(broken);
      });
      await p.setViewportSize({ width: 1440, height: 900 });
      await p.goto(server.url);
      await waitForMap(p);
      await expect.poll(() => p.locator('#map[data-complete]').count()).toBe(1);
      expect(refused).toBeGreaterThan(0);
      const names = await p.locator('#map svg text').allTextContents();
      // The first view's district names, as with the worker (labels.e2e.ts checks where they are).
      for (const n of ['万州', '涪陵', '江津', '黔江', '永川']) expect(names).toContain(n);
      expect(await p.locator('[data-testid="notice"]').count()).toBe(0);
    });
});

describe('uncaught errors', () => {
  it('become a notice, and the page keeps working', async () => {
    const { page: p, server } = await t.session({
      // Thrown on purpose below; the test asserts they became notices.
      allowErrors: /^(boom in a handler|a lost promise)$/,
    });
    await p.goto(server.url);
    await waitForMap(p);
    await p.evaluate('setTimeout(() => { throw new Error("boom in a handler") }, 0)');
    await p.evaluate('void Promise.reject(new Error("a lost promise"))');
    const notices = p.locator('[data-testid="notice"]');
    await expect
      .poll(() => notices.allTextContents())
      .toEqual([
        expect.stringContaining('boom in a handler'),
        expect.stringContaining('a lost promise'),
      ]);
    await p.click('[data-testid="industry-option"][data-industry="眼镜制造"]');
    await expect.poll(() => p.locator('[data-testid="matching-districts"] li').count()).toBe(2);
  });
});

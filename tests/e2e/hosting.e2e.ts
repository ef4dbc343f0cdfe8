import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifact, canvasStats, DIST, serve, waitForMap } from './harness.ts';
import { perTest } from './per-test.ts';

// The browser; each test's context (its errors and refused requests checked after it: per-test.ts).
const t = perTest();

describe('the production build', () => {
  it('carries no test hooks: no window.__store, __map, __overlay or __frames in any file', () => {
    const files = readdirSync(join(DIST, 'assets')).filter((f) => /\.m?js$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    const found = files.flatMap((f) => {
      const text = readFileSync(join(DIST, 'assets', f), 'utf8');
      return ['__store', '__map', '__overlay', '__frames', '__frameCount']
        .filter((hook) => new RegExp(`\\b${hook}\\b`).test(text))
        .map((hook) => `${f}: ${hook}`);
    });
    expect(found).toEqual([]);
  });
});

describe('static hosting', () => {
  it('works from a sub-path, and after the first visit with the server gone', async () => {
    // dist/ copied under /some/sub/path/ of a static root: the relative base must hold.
    const root = mkdtempSync(join(tmpdir(), 'cq-host-'));
    cpSync(DIST, join(root, 'some', 'sub', 'path'), { recursive: true });
    const server = await serve(root);
    let closed = false;
    try {
      const url = `${server.url}some/sub/path/?industry=${encodeURIComponent('眼镜制造')}`;
      const { page } = await t.session({ server, width: 1280, height: 800 });
      await page.goto(url);
      await waitForMap(page);
      expect((await canvasStats(page)).colours).toBeGreaterThan(40);
      // The service worker has cached the app.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
      });
      const cached = await page.evaluate(async () => {
        const keys = await caches.keys();
        const c = await caches.open(keys.find((k) => k.startsWith('cq-map-'))!);
        return (await c.keys()).length;
      });
      expect(cached).toBeGreaterThan(10);
      await server.close();
      closed = true;
      // No server now: the page, its code, data and boundaries come from the cache.
      await page.reload();
      await waitForMap(page);
      expect((await canvasStats(page)).colours).toBeGreaterThan(40);
      expect(
        await page.$$eval('[data-testid="matching-districts"] > li', (els) => els.length),
      ).toBe(2);
      await page.screenshot({ path: artifact('offline-after-first-visit.png') });
    } finally {
      if (!closed) await server.close();
    }
  });
});

/**
 * A deploy with two tabs open: the old tabs keep working — a chunk the new build dropped is still
 * served to them — and each is offered the new version; taking it reloads into the new build,
 * which then works offline. The deploy is made in the served folder: a new service worker (a new
 * cache version) and one lazy chunk (the table view's) removed, as a rebuild with changed code
 * would leave it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, serve, waitForMap, type StaticServer } from './harness.ts';
import { perTest } from './per-test.ts';

// The browser; the test's context (its errors and refused requests checked after it: per-test.ts).
const t = perTest();
let root: string;
let server: StaticServer;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cq-deploy-'));
  cpSync(DIST, root, { recursive: true });
  server = await serve(root);
});
afterAll(async () => {
  await server?.close();
});

const controlled = (p: Page) =>
  p.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
  });

/** "Deploys" a new build: the table view's chunk gone, a new worker with a new cache version. */
function deploy(): string {
  const assets = join(root, 'assets');
  const chunk = readdirSync(assets).find(
    (f) => f.endsWith('.js') && readFileSync(join(assets, f), 'utf8').includes('table-view'),
  )!;
  rmSync(join(assets, chunk));
  const sw = readFileSync(join(root, 'sw.js'), 'utf8')
    .replace(/cq-map-([0-9a-f]+)/, 'cq-map-$1next')
    .replace(`"assets/${chunk}",`, '');
  writeFileSync(join(root, 'sw.js'), sw);
  return chunk;
}

describe('a deploy with two tabs open', () => {
  it('keeps the old tabs working, offers the new version, and reloads into it', async () => {
    const { ctx, page: a } = await t.session({ server });
    await a.goto(server.url);
    await waitForMap(a);
    await controlled(a);
    const b = await ctx.newPage();
    await b.goto(server.url);
    await waitForMap(b);
    await controlled(b);

    const dropped = deploy();
    expect(dropped).toMatch(/\.js$/);
    await a.evaluate('navigator.serviceWorker.getRegistration().then((r) => r.update())');
    // Both tabs are told; neither is taken over.
    await a.locator('[data-testid="update-bar"]').waitFor({ timeout: 20_000 });
    await b.locator('[data-testid="update-bar"]').waitFor({ timeout: 20_000 });
    expect(await a.locator('[data-testid="update-bar"]').textContent()).toContain('新版本可用');

    // The old tab opens a view it had not opened: its chunk, gone from the server, still loads.
    await b.click('[data-testid="mode-table"]');
    await b.locator('[data-testid="table-view"]').waitFor({ timeout: 20_000 });
    expect(await b.locator('[data-testid="notice"]').count()).toBe(0);

    // Taking the new version reloads into it.
    await Promise.all([a.waitForEvent('load'), a.click('[data-testid="update-reload"]')]);
    await waitForMap(a);
    const version = await a.evaluate(async () => (await caches.keys()).join(' '));
    expect(version).toContain('next');
    expect(await a.locator('[data-testid="update-bar"]').count()).toBe(0);

    // And after it, offline still works.
    await ctx.setOffline(true);
    await a.reload();
    await waitForMap(a);
    await ctx.setOffline(false);
  });
});

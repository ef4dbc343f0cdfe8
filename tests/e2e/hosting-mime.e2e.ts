/**
 * The hosting trap: a static host that knows no `.mjs` (older nginx mime.types, IIS without the
 * mapping) serves such a file as application/octet-stream, and a browser will not start a module
 * worker from it — maplibre's worker shipped as `.mjs`, so on such a host the live map never
 * drew. The build ships every script as `.js`, which every host types as JavaScript.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { DIST, launch, waitForMap } from './harness.ts';

/** The types an old server knows: no `.mjs` (anything unknown is application/octet-stream). */
const OLD_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

let server: Server;
let url: string;
const served: { path: string; type: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(DIST, path));
    try {
      if (!file.startsWith(DIST)) throw new Error('outside');
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const type = OLD_TYPES[extname(file)] ?? 'application/octet-stream';
      served.push({ path, type });
      res.writeHead(200, { 'content-type': type }).end(readFileSync(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
});

let ctx: BrowserContext | undefined;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

describe('a host with no type for .mjs', () => {
  it('the build has no .mjs file for it to mistype', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) =>
        statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [f],
      );
    const all = files(DIST);
    expect(all.some((f) => f.startsWith('maplibre-gl-worker-'))).toBe(true);
    expect(all.filter((f) => f.endsWith('.mjs'))).toEqual([]);
  });

  it('serves a live map that draws: its worker starts', async () => {
    ctx = await launch();
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The live map (software WebGL would otherwise keep the SVG map), asked for by the URL.
    await page.goto(`${url}?renderer=webgl`);
    const map = page.locator('#map');
    await expect
      .poll(
        async () => [
          await map.getAttribute('data-renderer'),
          await map.getAttribute('data-renderer-reason'),
        ],
        {
          timeout: 90_000,
        },
      )
      .toEqual(['webgl', 'forced']);
    await waitForMap(page, 'complete', 'webgl');
    // The worker came from this server (asked for once by the app, then by each worker), typed
    // as JavaScript.
    const worker = served.filter((s) => s.path.includes('maplibre-gl-worker-')).map((s) => s.type);
    expect(worker.length).toBeGreaterThan(0);
    expect([...new Set(worker)]).toEqual(['application/javascript']);
    expect(await page.locator('[data-testid="notice"]').allTextContents()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

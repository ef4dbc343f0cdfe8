/**
 * End-to-end harness: serves dist/ on 127.0.0.1 and drives Debian's headless Chromium through
 * playwright-core. Every request not to that server is blocked and recorded.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, statSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../../scripts/lib/seeds.ts';
import { project } from '../../src/map/camera.ts';

export const DIST = process.env['E2E_DIST'] ?? join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

const gzipCache = new Map<string, { mtime: number; body: Buffer }>();
function gzipped(file: string): Buffer {
  const mtime = statSync(file).mtimeMs;
  const hit = gzipCache.get(file);
  if (hit && hit.mtime === mtime) return hit.body;
  const body = gzipSync(readFileSync(file));
  gzipCache.set(file, { mtime, body });
  return body;
}

/** Serves a folder on 127.0.0.1 (a random port); `headers` are added to every response. */
export async function serve(
  dir = DIST,
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Compressed like any static host serves text: Lighthouse and the bench see real transfer.
      const gzip =
        /gzip/.test(String(req.headers['accept-encoding'] ?? '')) &&
        /text|javascript|json|svg|manifest/.test(type);
      const body = gzip ? gzipped(file) : readFileSync(file);
      res.writeHead(200, {
        'content-type': type,
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        // Keep-alive connections would hold the server open (and keep answering).
        server.closeAllConnections();
      }),
  };
}

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Launches Debian's Chromium with a fresh profile. */
export async function launch(
  extraFlags: string[] = [],
  /** A phone: touch events, a 360×640 viewport at 3× pixels. */
  phone = false,
): Promise<BrowserContext & { browserHandle?: Browser }> {
  const profile = mkdtempSync(join(tmpdir(), 'cq-e2e-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraFlags],
    viewport: phone ? { width: 360, height: 640 } : { width: 1600, height: 1000 },
    ...(phone ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
  });
}

/** Launches Debian's Chromium once (for a whole test file); each test opens its own context. */
export async function launchBrowser(extraFlags: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraFlags],
  });
}

/** A served build open in a fresh Chromium, every other request blocked, the map drawn. */
export interface AppSession {
  server: StaticServer;
  ctx: BrowserContext;
  page: Page;
  /** Requests refused because they left the server. */
  blocked: string[];
  /** Uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

/** Serves dist/ (with `headers`), opens `query` at `width`×`height` and waits for the map. */
export async function openApp(
  opts: {
    query?: string;
    width?: number;
    height?: number;
    headers?: Record<string, string>;
    /** Runs before the page loads (e.g. page.addInitScript). */
    init?: (page: Page) => Promise<unknown>;
    /** The build to serve (default: DIST). */
    dist?: string;
  } = {},
): Promise<AppSession> {
  const server = await serve(opts.dist, opts.headers);
  const ctx = await launch();
  const blocked = await blockOtherNetwork(ctx, server.url.replace(/\/$/, ''));
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await opts.init?.(page);
  await page.setViewportSize({ width: opts.width ?? 1440, height: opts.height ?? 900 });
  await page.goto(`${server.url}${opts.query ?? ''}`);
  await waitForMap(page);
  return {
    server,
    ctx,
    page,
    blocked,
    errors,
    close: async () => {
      await ctx.close();
      await server.close();
    },
  };
}

/** Blocks every request that is not to `allowedOrigin`; returns the list of blocked URLs. */
export async function blockOtherNetwork(
  ctx: BrowserContext,
  allowedOrigin: string,
): Promise<string[]> {
  const blocked: string[] = [];
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedOrigin) || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return blocked;
}

/**
 * Waits until the map on screen has drawn every layer (`stage: 'first'` for its first frame only);
 * with `renderer`, until that renderer is the one on screen.
 */
export async function waitForMap(
  page: Page,
  stage: 'first' | 'complete' = 'complete',
  renderer?: 'svg' | 'webgl',
): Promise<void> {
  const which = renderer ? `[data-renderer="${renderer}"]` : '';
  await page.waitForSelector(
    stage === 'first' ? `#map[data-ready="true"]${which}` : `#map[data-complete="true"]${which}`,
    { timeout: 90_000 },
  );
  // The app has wired every control once it marks the body live.
  await page.waitForSelector('body[data-live="true"]', { timeout: 90_000 });
}

/**
 * Where a longitude/latitude is on the map, in page coordinates, from what the page shows: the
 * map's box and the camera it publishes in `#map[data-camera]` (either renderer).
 */
export async function screenPoint(page: Page, lngLat: [number, number]): Promise<[number, number]> {
  const { camera, box } = await page.evaluate(() => {
    const m = document.getElementById('map')!;
    const r = m.getBoundingClientRect();
    return {
      camera: (m.dataset['camera'] ?? '').split(',').map(Number),
      box: { left: r.left, top: r.top, width: r.width, height: r.height },
    };
  });
  const [lng = 0, lat = 0, zoom = 0] = camera;
  const [x, y] = project({ lng, lat, zoom }, box.width, box.height, lngLat);
  return [box.left + x, box.top + y];
}

/**
 * Where a longitude/latitude is on the build-time picture (before any script has run): from the
 * projection its SVG carries and the picture's box (object-fit: contain, inside its padding).
 */
export async function firstPaintPoint(
  page: Page,
  lngLat: [number, number],
): Promise<[number, number]> {
  const img = await page.evaluate(() => {
    const e = document.querySelector<HTMLImageElement>('img.first-paint')!;
    // The picture fills the map (inset 0); once the app has replaced it, it is hidden, and the
    // map's box is where it was.
    const r = document.getElementById('map')!.getBoundingClientRect();
    const cs = getComputedStyle(e);
    const src = e.getAttribute('src')!;
    const svg = decodeURIComponent(src.slice(src.indexOf(',') + 1));
    return {
      box: { left: r.left, top: r.top, width: r.width, height: r.height },
      pad: {
        left: parseFloat(cs.paddingLeft),
        top: parseFloat(cs.paddingTop),
        right: parseFloat(cs.paddingRight),
        bottom: parseFloat(cs.paddingBottom),
      },
      projection: /data-projection="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number),
      viewBox: /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number),
    };
  });
  const [x0 = 0, y0 = 0, scale = 1] = img.projection;
  const [, , vw = 1000, vh = 1] = img.viewBox;
  const mx = (lngLat[0] * Math.PI) / 180;
  const my = -Math.log(Math.tan(Math.PI / 4 + (lngLat[1] * Math.PI) / 360));
  const [ux, uy] = [(mx - x0) * scale, (my - y0) * scale];
  // Padded unevenly: the legend dock's room is left free (styles.css, src/map/home.ts).
  const w = img.box.width - img.pad.left - img.pad.right;
  const h = img.box.height - img.pad.top - img.pad.bottom;
  const k = Math.min(w / vw, h / vh);
  return [
    img.box.left + img.pad.left + (w - vw * k) / 2 + ux * k,
    img.box.top + img.pad.top + (h - vh * k) / 2 + uy * k,
  ];
}

/**
 * Reads the WebGL canvases' pixels and counts distinct colours and non-background pixels, so a
 * test can tell a drawn map from a blank one (software WebGL can fail silently).
 */
export async function canvasStats(
  page: Page,
): Promise<{ colours: number; painted: number; total: number }> {
  const shot = await page.locator('#map').screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set<number>();
    let painted = 0;
    const [br, bg, bb] = [d[0]!, d[1]!, d[2]!];
    for (let i = 0; i < d.length; i += 16) {
      colours.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      if (Math.abs(d[i]! - br) + Math.abs(d[i + 1]! - bg) + Math.abs(d[i + 2]! - bb) > 30)
        painted++;
    }
    return { colours: colours.size, painted, total: d.length / 16 };
  }, shot.toString('base64'));
}

/**
 * The RGBA bytes of a screenshot (`page.screenshot()`, `locator.screenshot()`), decoded by the
 * page itself: what a user sees, read without an image library in the tests.
 */
export async function pngPixels(page: Page, png: Buffer): Promise<number[]> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    return [...g.getImageData(0, 0, c.width, c.height).data];
  }, png.toString('base64'));
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** The view as the page shows it: ticked filters and layers, the open panel, highlighted places. */
export interface ViewOnScreen {
  industries: string[];
  layers: string[];
  programmes: string[];
  groups: string[];
  district: string | null;
  highlight: string[];
  lang: string;
  camera: number[];
}

export async function viewOnScreen(page: Page): Promise<ViewOnScreen> {
  return page.evaluate(() => {
    const ticked = (sel: string, attr: string) =>
      [...document.querySelectorAll<HTMLInputElement>(sel)]
        .filter((i) => i.checked)
        .map((i) => i.getAttribute(attr) ?? '');
    const panel = document.querySelector('[data-testid="district-panel"]');
    return {
      industries: ticked('[data-testid="industry-option"]', 'data-industry').sort(),
      layers: ticked('[data-testid="layer-option"]', 'data-layer').sort(),
      programmes: ticked('[data-testid="programme-option"]', 'data-programme').sort(),
      groups: ticked('[data-testid="group-option"]', 'data-group').sort(),
      district: panel && !panel.closest('[hidden]') ? panel.getAttribute('data-code') : null,
      highlight: [...document.querySelectorAll('#map [data-highlight]')]
        .map((e) => e.getAttribute('data-highlight') ?? '')
        .sort(),
      lang: document.documentElement.lang,
      camera: (document.getElementById('map')?.dataset['camera'] ?? '').split(',').map(Number),
    };
  });
}

/** Waits until the map's camera has stopped moving (a flight has landed): `#map[data-moving]`. */
export async function cameraSettled(page: Page): Promise<void> {
  await page.waitForSelector('#map:not([data-moving])', { timeout: 20_000 });
}

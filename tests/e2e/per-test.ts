/**
 * One Chromium per test file, a fresh browser context per test (issue 21): each test has its own
 * storage, service workers, error list and refused-request list, checked after it; the context is
 * closed whether the test passed or not. Launching Chromium is slow (≈ 1 s); a context is cheap.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import {
  blockOtherNetwork,
  launchBrowser,
  serve,
  waitForMap,
  type StaticServer,
} from './harness.ts';

/** One test's own browser context: its own storage, service workers, errors and refused requests. */
export interface Session {
  server: StaticServer;
  ctx: BrowserContext;
  /** The context's first page, at the size asked for. */
  page: Page;
  /** Requests refused because they left the server (every page of the context). */
  blocked: string[];
  /** Uncaught errors in any page of the context. */
  errors: string[];
}

export interface SessionOptions {
  width?: number;
  height?: number;
  /** A phone: touch events, a 360×640 viewport at 2× pixels (unless width/height say otherwise). */
  phone?: boolean;
  /** Refused requests the test expects (it asserts on them itself); any other fails the test. */
  allowBlocked?: RegExp;
  /** Uncaught errors the test provokes on purpose (it asserts on them itself). */
  allowErrors?: RegExp;
  /** Other options for the context (e.g. `offline`). */
  context?: BrowserContextOptions;
  /** Another server than the file's (e.g. one sending other headers); only it is allowed. */
  server?: StaticServer;
  /** The one origin requests may go to, when not a server's (e.g. a file:// URL). */
  origin?: string;
  /** Routes added before the page exists (e.g. a config.json, held or refused scripts). */
  route?: (ctx: BrowserContext, origin: string) => Promise<unknown>;
}

export interface AppOptions extends SessionOptions {
  query?: string;
  /** Runs before the page loads (e.g. page.addInitScript). */
  init?: (page: Page) => Promise<unknown>;
  /** 'first' waits for the first frame only; 'none' for nothing but the navigation. */
  wait?: 'first' | 'complete' | 'none';
}

/**
 * One Chromium and one server for a test file, a fresh context for each test: call at the top of
 * the file. After each test, every context it opened is closed (whether the test passed or not)
 * and its errors and refused requests are asserted empty — so a failure is blamed on the test that
 * caused it, and no test sees what another left behind (storage, service worker, page state).
 */
export function perTest(
  opts: { dist?: string; headers?: Record<string, string>; flags?: string[] } = {},
): {
  /** The file's server (valid inside tests and hooks). */
  readonly server: StaticServer;
  readonly browser: Browser;
  /** A fresh context and page, nothing loaded. */
  session(o?: SessionOptions): Promise<Session>;
  /** A fresh context with the app open at `query`, the map drawn. */
  open(o?: AppOptions): Promise<Session>;
} {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let open: { s: Session; o: SessionOptions }[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([
      serve(opts.dist, opts.headers),
      launchBrowser(opts.flags),
    ]);
  });
  afterAll(async () => {
    await Promise.allSettled([browser?.close(), server?.close()]);
  });
  afterEach(async () => {
    const done = open;
    open = [];
    const unexpected = (list: string[], allow?: RegExp) =>
      list.filter((x) => !(allow && allow.test(x)));
    // Read before closing: a closing page can report its own teardown.
    const found = done.map(({ s, o }) => ({
      errors: unexpected(s.errors, o.allowErrors),
      blocked: unexpected(s.blocked, o.allowBlocked),
    }));
    await Promise.allSettled(done.map(({ s }) => s.ctx.close()));
    expect(found.flatMap((f) => f.errors)).toEqual([]);
    expect(found.flatMap((f) => f.blocked)).toEqual([]);
  });
  const session = async (o: SessionOptions = {}): Promise<Session> => {
    if (!browser || !server) throw new Error('perTest(): used outside a test');
    const here = o.server ?? server;
    const phone = o.phone ?? false;
    const ctx = await browser.newContext({
      viewport: {
        width: o.width ?? (phone ? 360 : 1440),
        height: o.height ?? (phone ? 640 : 900),
      },
      ...(phone ? { hasTouch: true, isMobile: true, deviceScaleFactor: 2 } : {}),
      ...o.context,
    });
    const errors: string[] = [];
    const s: Session = {
      server: here,
      ctx,
      page: undefined as unknown as Page,
      blocked: [],
      errors,
    };
    // Registered before anything can fail, so the context is closed after the test whatever happens.
    open.push({ s, o });
    ctx.on('weberror', (e) => errors.push(e.error().message));
    const origin = o.origin ?? here.url.replace(/\/$/, '');
    s.blocked = await blockOtherNetwork(ctx, origin);
    await o.route?.(ctx, origin);
    s.page = await ctx.newPage();
    return s;
  };
  return {
    get server() {
      if (!server) throw new Error('perTest(): used outside a test');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('perTest(): used outside a test');
      return browser;
    },
    session,
    open: async (o: AppOptions = {}) => {
      const s = await session(o);
      await o.init?.(s.page);
      await s.page.goto(`${s.server.url}${o.query ?? ''}`);
      if (o.wait !== 'none') await waitForMap(s.page, o.wait ?? 'complete');
      return s;
    },
  };
}

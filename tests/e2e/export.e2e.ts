import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { artifact, viewOnScreen, waitForMap, type StaticServer } from './harness.ts';
import { perTest } from './per-test.ts';

const JSQR = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');
const t = perTest();
let server: StaticServer;
let ctx: BrowserContext;
let page: Page;

const QUERY = `?industry=${encodeURIComponent('眼镜制造')}&district=500236`;
// Each test's own start: its own context on the same view, drawn (errors and refused requests
// checked after it: per-test.ts).
beforeEach(async () => {
  ({ server, ctx, page } = await t.open({ query: QUERY }));
});

/** Saves the download a click starts; returns its bytes. */
async function download(testid: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.click(`[data-testid="${testid}"]`),
  ]);
  const path = artifact(dl.suggestedFilename());
  await dl.saveAs(path);
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/**
 * The PNG's size, the text of the QR code in its bottom-right quarter (decoded by jsQR), and how
 * many pixels of the warning red (#a03000, the colour a local link's advice was printed in) lie
 * between the code and the footer band (40 px at the export's scale).
 */
async function inspect(
  png: Buffer,
  scale = 2,
): Promise<{ width: number; height: number; qr: string | null; redBelowQr: number }> {
  if (!(await page.evaluate(() => 'jsQR' in window))) await page.addScriptTag({ path: JSQR });
  return page.evaluate(
    async ([b64, scale]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const [w, h] = [img.naturalWidth, img.naturalHeight];
      const c = document.createElement('canvas');
      c.width = Math.ceil(w / 2);
      c.height = Math.ceil(h / 2);
      const g = c.getContext('2d')!;
      g.drawImage(img, -Math.floor(w / 2), -Math.floor(h / 2));
      const d = g.getImageData(0, 0, c.width, c.height);
      type Point = { x: number; y: number };
      const decode = (
        window as unknown as {
          jsQR: (
            d: Uint8ClampedArray,
            w: number,
            h: number,
          ) => {
            data: string;
            location: { bottomLeftCorner: Point; bottomRightCorner: Point };
          } | null;
        }
      ).jsQR;
      const code = decode(d.data, d.width, d.height);
      let redBelowQr = 0;
      if (code) {
        const { bottomLeftCorner: bl, bottomRightCorner: br } = code.location;
        const side = br.x - bl.x;
        const footer = c.height - 40 * scale - 1;
        const x0 = Math.max(0, Math.floor(bl.x - side / 2));
        const x1 = Math.min(c.width, Math.ceil(br.x + side / 2));
        const y0 = Math.ceil(Math.max(bl.y, br.y));
        for (let y = y0; y < Math.min(footer, c.height); y++)
          for (let x = x0; x < x1; x++) {
            const i = (y * c.width + x) * 4;
            const [r, g, b] = [d.data[i]!, d.data[i + 1]!, d.data[i + 2]!];
            if (r > 120 && r - g > 70 && r - b > 90 && g < 110) redBelowQr++;
          }
      }
      return { width: w, height: h, qr: code?.data ?? null, redBelowQr };
    },
    [png.toString('base64'), scale] as const,
  );
}

describe('export and print', () => {
  it('loads no export code until asked', async () => {
    const names = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(names.some((n) => /export-|lean-qr/.test(n))).toBe(false);
  });

  for (const scale of [2, 4] as const) {
    it(`exports a PNG at ${scale}× the map's size whose QR code reopens the same view`, async () => {
      const box = await page.locator('#map').boundingBox();
      const { name, bytes } = await download(`export-png-${scale}`);
      expect(name).toMatch(new RegExp(`-${scale}x\\.png$`));
      const got = await inspect(bytes, scale);
      expect(got.width).toBe(Math.round(box!.width * scale));
      expect(got.height).toBe(Math.round(box!.height * scale));
      const expected = `${server.url}?industry=${encodeURIComponent('眼镜制造')}`;
      expect(got.qr).not.toBeNull();
      const link = new URL(got.qr!);
      expect(`${link.origin}${link.pathname}`).toBe(server.url);
      expect(link.searchParams.get('industry')).toBe('眼镜制造');
      expect(link.searchParams.get('district')).toBe('500236');
      expect(got.qr!.startsWith(expected)).toBe(true);
      await expect
        .poll(() => page.locator('[data-testid="notice"]').allTextContents())
        .toEqual([expect.stringContaining(name)]);
    });
  }

  for (const [paper, w, h] of [
    ['a4', 1754, 1240],
    ['a3', 2480, 1754],
  ] as const)
    it(`exports an ${paper.toUpperCase()} landscape handout framed for the page, titled as typed, with a working QR code; a local link's warning is on screen, not on the page`, async () => {
      await page.fill('[data-testid="export-title"]', '招商推介：眼镜制造');
      const { name, bytes } = await download(`export-${paper}`);
      expect(name).toMatch(new RegExp(`-${paper}\\.png$`));
      const got = await inspect(bytes);
      expect([got.width, got.height]).toEqual([w, h]);
      const link = new URL(got.qr!);
      expect(link.searchParams.get('industry')).toBe('眼镜制造');
      // No configuration advice printed by the code (it was a red note under it).
      expect(got.redBelowQr).toBe(0);
      // Served from 127.0.0.1 with no public address configured: the screen says so.
      await expect
        .poll(() => page.locator('[data-testid="notice"]').allTextContents())
        .toEqual([expect.stringMatching(new RegExp(`${name}.*二维码`))]);
    });

  it('the QR link opens the same view in a fresh page', async () => {
    const { bytes } = await download('export-png-2');
    const { qr } = await inspect(bytes);
    const p2 = await ctx.newPage();
    await p2.setViewportSize({ width: 1440, height: 900 });
    await p2.goto(qr!);
    await waitForMap(p2);
    const s = await viewOnScreen(p2);
    expect({ industries: s.industries, district: s.district }).toEqual({
      industries: ['眼镜制造'],
      district: '500236',
    });
  });

  it('prints the map, legend and sources on one landscape page', async () => {
    // window.print() is a no-op to the test: stub it, then render the print media.
    await page.evaluate(() => (window.print = () => undefined));
    await page.click('[data-testid="print"]');
    // From 127.0.0.1: the person printing is told the code opens nowhere else (on screen only).
    await expect
      .poll(() => page.locator('[data-testid="notice"]').allTextContents())
      .toEqual([expect.stringContaining('在别的设备上打不开')]);
    await page.waitForFunction(
      () =>
        (document.getElementById('print-map') as HTMLImageElement | null)?.complete === true &&
        !!(document.getElementById('print-map') as HTMLImageElement).naturalWidth,
      null,
      { timeout: 60_000 },
    );
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: artifact('print-preview.png') });
    expect(await page.locator('#print-map').isVisible()).toBe(true);
    expect(await page.locator('.layout').isVisible()).toBe(false);
    const pdf = await page.pdf({ landscape: true, format: 'A4', printBackground: true });
    // One page: a PDF lists its pages as /Type /Page objects.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
  });
});

/**
 * The handout reads like an atlas page (issue 19): the map gets the room, nothing of the city (or
 * of the subject's places) lies under the title, legend, inset or QR code, the parts lie apart on
 * the page, the legend's columns are balanced, and a page too small for its parts never crops the
 * map. Checked against the real geometry with turf, independently of the layout's own raster.
 */
import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { buildAtlas } from '../../src/geo/atlas.ts';
import { fromWorld, project, toWorld } from '../../src/map/camera.ts';
import {
  balanceColumns,
  FOOTER,
  handoutLayout,
  type HandoutParts,
} from '../../src/export/handout-layout.ts';
import type { Rect } from '../../src/export/clear-fit.ts';
import { loadData, loadTopology } from '../helpers.ts';
import { handoutCases } from './handouts.ts';
import type { Camera } from '../../src/state/store.ts';

const data = loadData();
const atlas = buildAtlas(loadTopology(), data);
const cases = handoutCases(data, atlas);

/** Longitude/latitude under a page point. */
function unproject(cam: Camera, page: { width: number; height: number }, x: number, y: number) {
  const k = 2 ** cam.zoom;
  const [cx, cy] = toWorld([cam.lng, cam.lat]);
  return fromWorld([cx + (x - page.width / 2) / k, cy + (y - page.height / 2) / k]);
}

/** Points of a box every 5 px, edges included. */
function grid(r: Rect): [number, number][] {
  const out: [number, number][] = [];
  for (let x = r.x; x <= r.x + r.width; x += 5)
    for (let y = r.y; y <= r.y + r.height; y += 5) out.push([x, y]);
  return out;
}

/** The city's size on the page in px (Chongqing's extent), as the "strip" was measured. */
function citySize(cam: Camera, page: { width: number; height: number }) {
  const [[w, s], [e, n]] = atlas.bounds;
  const [x0, y1] = project(cam, page.width, page.height, [w, s]);
  const [x1, y0] = project(cam, page.width, page.height, [e, n]);
  return { width: x1 - x0, height: y1 - y0 };
}

describe('the handout as an atlas page', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: nothing kept lies under a part', (_, c) => {
    const { layout, page } = c;
    const kept = c.ids.length
      ? c.ids.map((id) => atlas.shape(id)).filter((s) => s !== undefined)
      : atlas.units;
    const under: string[] = [];
    for (const part of [layout.title, layout.legend, layout.qr, layout.corner]) {
      if (!part) continue;
      for (const [x, y] of grid(part)) {
        const p = unproject(layout.camera, page, x, y);
        const hit = kept.find((s) => booleanPointInPolygon(p, s));
        if (hit) under.push(`${hit.properties.id} at ${x},${y}`);
      }
    }
    expect(under.slice(0, 5)).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: the frame whole on the page, the parts apart',
    (_, c) => {
      const { layout, page, bounds } = c;
      const [x0, y1] = project(layout.camera, page.width, page.height, bounds[0]);
      const [x1, y0] = project(layout.camera, page.width, page.height, bounds[1]);
      expect(x0).toBeGreaterThanOrEqual(0);
      expect(y0).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(page.width);
      expect(y1).toBeLessThanOrEqual(page.height - FOOTER);
      const parts = [layout.title, layout.legend, layout.qr, layout.corner].filter(
        (r) => r !== null,
      );
      for (const [i, a] of parts.entries()) {
        expect(a.x).toBeGreaterThanOrEqual(0);
        expect(a.y).toBeGreaterThanOrEqual(0);
        expect(a.x + a.width).toBeLessThanOrEqual(page.width);
        expect(a.y + a.height).toBeLessThanOrEqual(page.height - FOOTER);
        for (const b of parts.slice(i + 1))
          expect(
            a.x + a.width <= b.x ||
              b.x + b.width <= a.x ||
              a.y + a.height <= b.y ||
              b.y + b.height <= a.y,
            `${JSON.stringify(a)} over ${JSON.stringify(b)}`,
          ).toBe(true);
      }
    },
  );

  it('gives the unfiltered A4 map the room (it was a strip ≈ 168 × 160 px under the legend)', () => {
    for (const lang of ['zh', 'en']) {
      const c = cases.find((x) => x.name === `a4 ${lang} all`)!;
      const size = citySize(c.layout.camera, c.page);
      // The city at least 1.6 times as wide as on the handout of 2026-12-04 (168 px zh, 148 en).
      expect(size.width, lang).toBeGreaterThan(1.6 * 168);
      // And the legend across the foot no taller than a third of the page (it took half).
      if (!c.layout.legend.side)
        expect(c.layout.legend.height, lang).toBeLessThanOrEqual(c.page.height / 3);
    }
  });

  it('carries the 主城 inset where the central districts are small, clear of the city', () => {
    for (const c of cases.filter((x) => x.name.endsWith('all'))) {
      expect(c.inset, c.name).not.toBeNull();
      expect(c.layout.corner, c.name).not.toBeNull();
    }
  });
});

describe('legend columns', () => {
  const row = (h: number, head = false) => ({ h, r: head ? { head: 'H' } : { label: 'x' } });

  it('are balanced by height: the tallest as short as an ordered split allows', () => {
    // A short section, then two long ones (the English liquor legend's shape): filling to the
    // average height left the first column nearly empty.
    const items = [
      row(34, true),
      row(19),
      row(19),
      row(81),
      row(19, true),
      ...Array.from({ length: 9 }, () => row(19)),
      row(19, true),
      ...Array.from({ length: 6 }, () => row(19)),
    ];
    const c = balanceColumns(items, 3);
    const heights = [0, 1, 2].map((col) =>
      items.filter((_, i) => c.at[i]!.col === col).reduce((a, x) => a + x.h, 0),
    );
    const total = items.reduce((a, x) => a + x.h, 0);
    expect(c.cols).toBe(3);
    expect(c.tallest).toBe(Math.max(...heights));
    // No more than one entry's height above the even share.
    expect(c.tallest).toBeLessThanOrEqual(total / 3 + 81);
    expect(Math.min(...heights)).toBeGreaterThan(total / 6);
  });

  it('never end a column with a heading, nor with a heading and one entry when that costs nothing', () => {
    const items = [row(19, true), ...Array.from({ length: 7 }, () => row(19)), row(19, true)];
    items.push(...Array.from({ length: 7 }, () => row(19)));
    for (const n of [2, 3, 4]) {
      const c = balanceColumns(items, n);
      for (let i = 0; i < items.length; i++)
        if (items[i]!.r.head) expect(c.at[i + 1]!.col, `${n} columns`).toBe(c.at[i]!.col);
    }
    // Two sections of equal height in two columns: each whole in its own.
    const two = balanceColumns(items, 2);
    expect(two.at.map((a) => a.col)).toEqual([...Array(8).fill(0), ...Array(8).fill(1)]);
    // A heading and one entry at a column's foot, when keeping two costs no height: moved on.
    const orphan = [row(19, true), row(19), row(19), row(19, true), row(19), row(19), row(19)];
    orphan.push(row(19));
    const c = balanceColumns(orphan, 2);
    expect(c.tallest).toBe(95);
    expect(c.at[3]!.col).toBe(c.at[5]!.col);
  });
});

describe('a page too small for its parts', () => {
  it('still frames the whole city in what is free, or says it cannot (never crops it)', () => {
    const c = cases.find((x) => x.name === 'a4 zh all')!;
    for (const page of [
      { width: 640, height: 420 },
      { width: 500, height: 360 },
    ]) {
      const parts: HandoutParts = { ...c.parts(null), page };
      let layout;
      try {
        layout = handoutLayout(parts, atlas.home);
      } catch (e) {
        expect(String(e)).toMatch(/too small/);
        continue;
      }
      const [x0, y1] = project(layout.camera, page.width, page.height, atlas.home[0]);
      const [x1, y0] = project(layout.camera, page.width, page.height, atlas.home[1]);
      expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(0);
      expect(x1).toBeLessThanOrEqual(page.width);
      expect(y1).toBeLessThanOrEqual(page.height - FOOTER);
    }
  });
});

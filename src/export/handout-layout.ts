/**
 * Where a handout's parts go — title, legend, 主城 inset (or a siting handout's ranking), QR code —
 * and the padding that frames its map clear of all of them. Pure: the sizes come measured (the
 * export measures on a canvas; a test may pass its own), so the export and the label-placement
 * test frame the same map.
 *
 * The map gets the room: the legend is laid out either across the bottom (in 1–4 columns) or as a
 * column (1–3 wide) down the right-hand side under the inset, with the QR code below it or beside
 * it, and each part is kept clear of by a strip of padding along one of the page edges it touches.
 * Every such arrangement is tried and the one whose map is largest wins (a tall legend — the
 * unfiltered handout's — goes to the side; a short one stays at the foot). The frame always lies
 * in what the padding leaves free, so nothing of it is under a part: an arrangement that leaves
 * too little room is not taken, and when none is left the one with the largest free area is, its
 * map small but whole (never a padding larger than the page, which would crop the city).
 */
import { fitCamera, type Bounds, type LngLat, type Padding } from '../map/camera.ts';
import type { Atlas } from '../geo/atlas.ts';
import { coreInsetBounds, INSET_ASPECT, insetWanted } from '../map/inset.ts';
import { wrapLines } from './wrap.ts';
import { clearCamera, keepOf, type Keep, type Rect } from './clear-fit.ts';
import type { Camera } from '../state/store.ts';
import type { Lang, ViewState } from '../state/store.ts';
import type { LayerContext } from '../map/layers/context.ts';
import { legendModel } from '../map/layers/registry.ts';
import type { Sign } from '../map/layers/types.ts';

interface Size {
  width: number;
  height: number;
}

/** The page's margin round its parts, and the footer band's height (sources, date, link). */
export const PAD = 12;
export const FOOTER = 40;
/** A legend column's width and a text line's height in it (CSS px of the page). */
export const LEGEND_COL = 220;
export const LEGEND_LINE = 15;
/** The gap kept between the framed map and a part (its labels and markers run a little out). */
const GAP = 16;
/** Least margin round the frame on each side: labels of places at its edge fit. */
const EDGE = { top: 24, right: 24, bottom: 16, left: 40 } as const;
/** The least share of the page's width and height the map keeps, or the arrangement is not taken. */
const MIN_SHARE = 0.3;

/** A legend row, as the legend model gives it: a heading, an entry with a sign, or a note. */
export interface LegendRowText {
  head?: string;
  label?: string;
  /** A sentence of its own (what a subject leaves out), in the legend's text colour. */
  note?: boolean;
  sign?: Sign;
}

/**
 * The legend's rows: the registry's legend model (the one the page and the briefing draw), the
 * inset frame's entry only on a picture that carries the inset.
 */
export function legendRows(state: ViewState, lc: LayerContext, inset: boolean): LegendRowText[] {
  return legendModel(state, lc).flatMap((section) => [
    { head: section.heading },
    ...section.entries
      .filter((e) => e.when !== 'inset' || inset)
      .map((e) => ({ label: e.label, sign: e.sign })),
    ...(section.note ? [{ label: section.note, note: true }] : []),
  ]);
}

/** Text's width as drawn at `px` px, bold or not (a canvas measures it; a test may estimate). */
export type TextWidth = (text: string, px: number, bold: boolean) => number;

/**
 * The title box: the title on up to two lines at 20 px bold, "Showing" and the filters (up to 6
 * lines at 13 px), no wider than 45 % of the page or 460 px.
 */
export function measureTitle(
  title: string,
  filters: string[],
  pageWidth: number,
  lang: Lang,
  width: TextWidth,
): { title: string[]; filters: string[]; box: Size } {
  const maxText = Math.min(pageWidth * 0.45, 460);
  const lines = filters.flatMap((l) => wrapLines(l, maxText, (x) => width(x, 13, false), lang));
  const shown = lines.slice(0, 6);
  const heading = wrapLines(title, maxText, (x) => width(x, 20, true), lang).slice(0, 2);
  const height = 24 + 8 + 18 + (heading.length - 1) * 26 + shown.length * 18 + PAD;
  return { title: heading, filters: shown, box: { width: maxText + 2 * PAD, height } };
}

/**
 * The QR code's box: the code (its modules, 2 px each — 0.7 mm on A4 or A3 at 150 dpi, about 28 mm
 * for a 33-module code, where phones read 0.5 mm — and a quiet zone of 4), its caption, a frame.
 * (At 3 px the code was 41 mm, a tenth of the A4 page's height that the map can use.)
 */
export const QR_MODULE = 2;
export const QR_QUIET = 4;
export const qrBox = (modules: number): Size => {
  const side = (modules + 2 * QR_QUIET) * QR_MODULE;
  return { width: Math.max(side + 12, 110), height: side + 36 };
};
export interface LegendItem<R extends LegendRowText = LegendRowText> {
  r: R;
  lines: string[];
  h: number;
}

/**
 * The legend's rows broken into lines for a column of `colW` px: a heading wraps (bold, as
 * `width(text, true)` measures), a note runs the column's width on up to 5 lines, an entry takes
 * up to two lines beside its sign (cut with "…" past that).
 */
export function measureLegend<R extends LegendRowText>(
  rows: R[],
  width: TextWidth,
  lang: Lang,
  colW: number = LEGEND_COL,
): LegendItem<R>[] {
  const lineH = LEGEND_LINE;
  const plain = (s: string) => width(s, 12, false);
  return rows.map((r) => {
    if (r.head) {
      const lines = wrapLines(r.head, colW - 10, (x) => width(x, 12, true), lang);
      return { r, lines, h: 4 + lines.length * lineH };
    }
    if (r.note) {
      const lines = wrapLines(r.label ?? '', colW - 10, plain, lang).slice(0, 5);
      return { r, lines, h: 6 + lines.length * lineH };
    }
    let lines = wrapLines(r.label ?? '', colW - 34, plain, lang);
    if (lines.length > 2) {
      let second = lines[1]!;
      while (second.length > 1 && plain(`${second}…`) > colW - 34) second = second.slice(0, -1);
      lines = [lines[0]!, `${second}…`];
    }
    return { r, lines, h: 4 + lines.length * lineH };
  });
}

/** The legend in columns: each item's column and top, the columns used and the tallest one. */
export interface LegendColumns {
  at: { col: number; y: number }[];
  cols: number;
  tallest: number;
}

/**
 * The items in at most `cols` columns, in order, with the tallest column as short as can be (a
 * binary search on it, each try filled greedily); a heading never ends a column, it moves on with
 * its first entry — and with its first two where that makes no column taller (one entry alone
 * under a heading at a column's foot reads as the whole section; so, then, does a section's last
 * entry alone at a column's head). (Filling to an average height
 * left the English liquor legend's first column nearly empty and the others long.)
 */
export function balanceColumns(
  items: readonly { h: number; r: LegendRowText }[],
  cols: number,
): LegendColumns {
  const loose = split(items, cols, 1);
  const strict = split(items, cols, 2);
  return strict.tallest <= loose.tallest ? strict : loose;
}

/** The shortest ordered split into `cols` columns, a heading kept with its first `keep` entries. */
function split(
  items: readonly { h: number; r: LegendRowText }[],
  cols: number,
  keep: number,
): LegendColumns {
  const entry = (i: number) => (items[i] && !items[i]!.r.head ? items[i]!.h : 0);
  const last = (i: number) => entry(i) > 0 && !entry(i + 1);
  const need = (i: number) => {
    let h = items[i]!.h;
    if (items[i]!.r.head) for (let k = 1; k <= keep; k++) h += entry(i + k);
    // (Kept strictly, a section's last entry does not start a column alone either.)
    else if (keep > 1 && !last(i) && last(i + 1) && !items[i - 1]?.r.head) h += entry(i + 1);
    return h;
  };
  const fill = (cap: number): LegendColumns | null => {
    const at: { col: number; y: number }[] = [];
    let col = 0;
    let y = 0;
    let tallest = 0;
    for (let i = 0; i < items.length; i++) {
      if (y > 0 && y + need(i) > cap) {
        col++;
        y = 0;
      }
      if (col >= cols) return null;
      at.push({ col, y });
      y += items[i]!.h;
      tallest = Math.max(tallest, y);
    }
    return { at, cols: col + 1, tallest };
  };
  let lo = Math.max(0, ...items.map((_, i) => need(i)));
  let hi = items.reduce((a, x) => a + x.h, 0);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fill(mid)) hi = mid;
    else lo = mid + 1;
  }
  return fill(hi) ?? { at: [], cols: 1, tallest: 0 };
}

/** What a handout puts on its page, measured. */
export interface HandoutParts {
  page: Size;
  /** The title box (top left). */
  title: Size;
  /** The legend's items, measured for a column (`measureLegend`). */
  legend: (columnWidth: number) => readonly { h: number; r: LegendRowText }[];
  /** The QR code's box (code, caption and frame). */
  qr: Size;
  /** The 主城 inset's box (top right), when the handout carries one. */
  inset?: Size | null;
  /** A siting handout's ranking box (top right). */
  extra?: Size | null;
}

/** Where everything goes, and the map's padding. */
export interface HandoutLayout {
  title: Rect;
  legend: Rect & { columns: LegendColumns; colW: number; side: boolean };
  qr: Rect;
  /** The inset's or the ranking's box (top right), if any. */
  corner: Rect | null;
  /** Strips along the edges the map is clear of (or only the page's margins, when `camera` is
   * placed by the city's outline). */
  padding: Padding;
  /** The map's zoom (the arrangement's score). */
  zoom: number;
  /** The map's camera: `bounds` whole, nothing kept under a part. */
  camera: Camera;
}

/** The column widths a legend is tried at: the widest first (fewer entries on two lines). */
export const LEGEND_COLS = [220, 200] as const;

/** The arrangements of legend and QR code to try (the title and the top-right box are fixed). */
function arrangements(
  parts: HandoutParts,
  corner: Rect | null,
): { legend: HandoutLayout['legend']; qr: Rect }[] {
  const { width: w, height: h } = parts.page;
  const bottom = h - FOOTER - PAD;
  const out: { legend: HandoutLayout['legend']; qr: Rect }[] = [];
  const qr = parts.qr;
  const qrCorner: Rect = { x: w - PAD - qr.width, y: bottom - qr.height, ...qr };
  const top = corner ? corner.y + corner.height + PAD : PAD;
  for (const colW of LEGEND_COLS) {
    const items = parts.legend(colW);
    for (let n = 1; n <= 4; n++) {
      const columns = balanceColumns(items, n);
      if (columns.cols < n) continue;
      const box = { width: n * colW + PAD, height: columns.tallest + PAD };
      const at = (x: number, y: number, side: boolean) => ({ x, y, ...box, columns, colW, side });
      const foot = at(PAD, bottom - box.height, false);
      // Across the foot from the left, the QR code in the bottom-right corner or above the
      // legend's end (over the map's own room: the city's outline decides).
      if (box.width + 3 * PAD + qr.width <= w) out.push({ legend: foot, qr: qrCorner });
      if (box.width + 2 * PAD <= w)
        out.push({ legend: foot, qr: { ...qrCorner, y: foot.y - PAD - qr.height } });
      if (n > 3) continue;
      // Down the right-hand side under the inset: the QR code below the legend, or beside it.
      const x = w - PAD - box.width;
      const qrBelow = top + box.height + PAD;
      if (qrBelow + qr.height <= bottom)
        out.push({ legend: at(x, top, true), qr: { ...qrCorner, y: qrBelow } });
      if (top + box.height <= bottom)
        out.push({
          legend: at(qrCorner.x - PAD - box.width, bottom - box.height, true),
          qr: qrCorner,
        });
    }
  }
  return out;
}

/** The edges of the page a box touches (within a margin and a half): strips that clear it. */
function edges(r: Rect, page: Size): (keyof Padding)[] {
  const near = PAD * 1.5;
  const out: (keyof Padding)[] = [];
  if (r.y <= near) out.push('top');
  if (r.x <= near) out.push('left');
  if (r.x + r.width >= page.width - near) out.push('right');
  if (r.y + r.height >= page.height - FOOTER - near) out.push('bottom');
  return out;
}

/**
 * The padding that keeps the map clear of `covers`, each by a strip along one of the edges it
 * touches: every choice is tried, the one whose frame of `bounds` is largest wins. Null when none
 * leaves the map its least share of the page.
 */
export function clearOf(
  covers: Rect[],
  page: Size,
  bounds: Bounds,
  maxZoom: number,
  share = MIN_SHARE,
): { padding: Padding; zoom: number; area: number } | null {
  const options = covers.map((c) => edges(c, page));
  let best: { padding: Padding; zoom: number; area: number } | null = null;
  const pick = (i: number, pad: Padding): void => {
    if (i === covers.length) {
      const free = {
        width: page.width - pad.left - pad.right,
        height: page.height - pad.top - pad.bottom,
      };
      if (free.width < page.width * share || free.height < page.height * share) return;
      const zoom = fitCamera(bounds, page.width, page.height, { padding: pad, maxZoom }).zoom;
      const area = free.width * free.height;
      if (!best || zoom > best.zoom + 1e-9 || (zoom > best.zoom - 1e-9 && area > best.area))
        best = { padding: pad, zoom, area };
      return;
    }
    const c = covers[i]!;
    for (const side of options[i]!) {
      const reach = {
        top: c.y + c.height,
        bottom: page.height - c.y,
        left: c.x + c.width,
        right: page.width - c.x,
      }[side];
      pick(i + 1, { ...pad, [side]: Math.max(pad[side], reach + GAP) });
    }
  };
  pick(0, { top: EDGE.top, right: EDGE.right, bottom: FOOTER + EDGE.bottom, left: EDGE.left });
  return best;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width + PAD / 2 &&
  b.x < a.x + a.width + PAD / 2 &&
  a.y < b.y + b.height + PAD / 2 &&
  b.y < a.y + a.height + PAD / 2;

/**
 * The handout's layout for framing `bounds`: the title at the top left, the inset or ranking at
 * the top right, and of every arrangement of legend and QR code (none over another part or off
 * the page above its footer) the one that leaves the largest map — with `keep` (what must not lie
 * under a part: the city, the subject's places), as large as its outline allows (clear-fit.ts),
 * else clear of whole strips.
 */
export function handoutLayout(
  parts: HandoutParts,
  bounds: Bounds,
  keep: Keep | null = null,
  maxZoom = 9,
): HandoutLayout {
  const { page } = parts;
  const title: Rect = { x: PAD, y: PAD, ...parts.title };
  const top = parts.extra ?? parts.inset ?? null;
  const corner: Rect | null = top ? { x: page.width - PAD - top.width, y: PAD, ...top } : null;
  const candidates = arrangements(parts, corner)
    .map(({ legend, qr }) => ({
      legend,
      qr,
      covers: [title, legend, qr, ...(corner ? [corner] : [])],
    }))
    .filter(({ covers }) =>
      covers.every(
        (c, i) =>
          c.y >= 0 &&
          c.x >= 0 &&
          c.x + c.width <= page.width &&
          c.y + c.height <= page.height - FOOTER &&
          covers.slice(i + 1).every((o) => !overlaps(c, o)),
      ),
    );
  /** The layout of one arrangement, its map's padding and camera. */
  const laid = (
    legend: HandoutLayout['legend'],
    qr: HandoutLayout['qr'],
    padding: HandoutLayout['padding'],
    zoom: number,
    cam: HandoutLayout['camera'],
  ): HandoutLayout => ({ title, legend, qr, corner, padding, zoom, camera: cam });
  let best: HandoutLayout | null = null;
  for (const { legend, qr, covers } of candidates) {
    const fit = clearOf(covers, page, bounds, maxZoom);
    if (fit && (!best || fit.zoom > best.zoom + 1e-9))
      best = laid(legend, qr, fit.padding, fit.zoom, camera(fit.padding));
  }
  if (keep && candidates.length) {
    const room = {
      top: EDGE.top,
      right: EDGE.right,
      bottom: FOOTER + EDGE.bottom,
      left: EDGE.left,
    };
    const found = clearCamera(
      page,
      bounds,
      keep,
      candidates.map((c) => c.covers),
      room,
      best?.zoom ?? -Infinity,
      maxZoom,
    );
    if (found) {
      const { legend, qr } = candidates[found.index]!;
      return laid(legend, qr, room, found.camera.zoom, found.camera);
    }
  }
  if (best) return best;
  // Nothing leaves the map its share (a tiny page): the roomiest arrangement, however small its
  // map, still framed whole in what is free.
  let loose: HandoutLayout | null = null;
  let area = 0;
  for (const { legend, qr, covers } of candidates) {
    const fit = clearOf(covers, page, bounds, maxZoom, 0.1);
    if (fit && fit.area > area) {
      area = fit.area;
      loose = laid(legend, qr, fit.padding, fit.zoom, camera(fit.padding));
    }
  }
  if (loose) return loose;
  throw new Error('the page is too small for the handout’s title, legend and QR code');

  function camera(padding: Padding): Camera {
    return fitCamera(bounds, page.width, page.height, { padding, maxZoom });
  }
}

/** What a handout's map must not have under its parts: the subject's places, else the city. */
export function handoutKeep(
  atlas: Atlas,
  ids: readonly string[] | null,
  partners: readonly string[],
): Keep {
  const outer = (id: string): LngLat[][] => {
    const g = atlas.shape(id)?.geometry;
    if (!g) return [];
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    return polys.map((p) => p[0]! as LngLat[]);
  };
  if (ids) {
    const zones = ids.filter((id) => !atlas.shape(id) && atlas.places.has(id));
    return keepOf(
      ids.flatMap(outer),
      zones.map((id) => atlas.anchor(id)),
    );
  }
  // The whole city, and where its 川渝 arcs end.
  return keepOf(
    atlas.units.flatMap((u) => outer(u.properties.id)),
    partners.filter((id) => atlas.places.has(id)).map((id) => atlas.anchor(id)),
  );
}

/** A handout's 主城 inset: the core's ground, its box's size and its map's height within it. */
export interface InsetPart {
  bounds: Bounds;
  box: Size;
  mapHeight: number;
}
/** The inset's title band's height. */
export const INSET_TITLE_H = 22;

/**
 * A handout's layout and its 主城 inset: laid out without the inset first — whether it is wanted
 * depends on the scale the map gets (`insetWanted`, as on screen) — then again with it. A siting
 * handout (its ranking at the top right) has none.
 */
export function frameHandout(
  page: Size,
  bounds: Bounds,
  keep: Keep | null,
  atlas: Atlas,
  partsFor: (inset: Size | null) => HandoutParts,
  ranking: boolean,
): { layout: HandoutLayout; inset: InsetPart | null } {
  const first = handoutLayout(partsFor(null), bounds, keep);
  const core = coreInsetBounds(atlas);
  if (ranking || !core || !insetWanted(first.camera, page, atlas))
    return { layout: first, inset: null };
  const width = Math.round(Math.min(360, page.width * 0.3));
  const mapHeight = Math.round((width - 2) / INSET_ASPECT);
  const inset = { bounds: core, box: { width, height: INSET_TITLE_H + mapHeight + 2 }, mapHeight };
  return { layout: handoutLayout(partsFor(inset.box), bounds, keep), inset };
}

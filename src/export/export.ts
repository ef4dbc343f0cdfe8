/**
 * Exported images and prints of the current view, loaded on demand (the first view does not pay
 * for them). An image is the map (either renderer) re-rendered at 2× or 4× the screen's pixels, with the title,
 * the active filters, a legend, the source line, the date and a QR code plus the link that reopens
 * the same view.
 */
import { downloadBlob } from '../lib/download.ts';
import { generate } from 'lean-qr';
import type { DataFiles, GroupId, ProgrammeId } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import type { Bounds } from '../map/camera.ts';
import { SEEDS } from '../data/seeds.ts';
import { dataName, placeName, t, listText } from '../i18n/index.ts';
import type { MapView } from '../map/map-view.ts';
import {
  coreInsetBounds,
  frameBox,
  INSET_ASPECT,
  INSET_TITLE,
  insetCamera,
  insetWanted,
} from '../map/inset.ts';
import { docTitle } from '../data/seeds.ts';
import { placesBounds } from '../map/frame-places.ts';
import type { LayerContext } from '../map/layers/context.ts';
import { subjectName } from '../map/layers/choropleth/index.ts';
import { legendModel } from '../map/layers/registry.ts';
import { LINES } from '../map/style.ts';
import { drawSign } from './signs.ts';
import type { AppState, Lang } from '../state/store.ts';
import { encodeView } from '../state/url.ts';

export interface ExportDeps {
  /** The map on screen, whichever renderer draws it. */
  view: MapView;
  /** The map's size in CSS pixels. */
  size: () => { width: number; height: number };
  state: () => AppState;
  context: () => LayerContext;
  data: DataFiles;
  /** The configured public address ('' = where the page is served from). */
  publicUrl: string;
  /** The title to print ('' = the map's own). */
  title?: string;
  /** A box of text at the top right (a siting handout's ranking). */
  extra?: { heading: string; lines: string[] };
  /** Whether the picture carries the 主城 inset (a handout): its frame is then in the legend. */
  inset?: boolean;
}

/** The link that reopens a view, and whether it is a web address (not a local file). */
export function viewLink(
  state: AppState,
  data: DataFiles,
  publicUrl: string,
  here: { protocol: string; origin: string; pathname: string; href: string },
): { url: string; public: boolean } {
  const query = encodeView(state, data);
  const suffix = query ? `?${query}` : '';
  if (publicUrl) return { url: `${publicUrl.replace(/[?#].*$/, '')}${suffix}`, public: true };
  if (/^https?:$/.test(here.protocol))
    return { url: `${here.origin}${here.pathname}${suffix}`, public: !isLocalOrigin(here.origin) };
  return { url: `${here.href.replace(/[?#].*$/, '')}${suffix}`, public: false };
}

/**
 * Whether an origin only this machine (or its own network) can reach: a QR code of it opens
 * nothing on a visitor's phone.
 */
export function isLocalOrigin(origin: string): boolean {
  let host: string;
  try {
    host = new URL(origin).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return true;
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    host === '0.0.0.0' ||
    /^127\./.test(host) ||
    /^10\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host)
  );
}

/** One line per active filter, in the view's language ("all sub-industries" when none). */
export function filterLines(state: AppState, data: DataFiles): string[] {
  const { lang } = state;
  const lines: string[] = [];
  const rows = data.layout.filter((r) => state.industries.includes(r.id));
  lines.push(
    rows.length
      ? listText(
          lang,
          rows.map((r) => dataName(r.name, r.nameEn, lang)),
        )
      : t(lang, 'exportAll'),
  );
  const programmes = data.programmes.filter((p) => state.programmes.includes(p.id as ProgrammeId));
  if (programmes.length)
    lines.push(
      listText(
        lang,
        programmes.map((p) => dataName(p.name, p.en, lang)),
      ),
    );
  const groups = data.groups.filter((g) => state.groups.includes(g.id as GroupId));
  if (groups.length)
    lines.push(
      listText(
        lang,
        groups.map((g) => dataName(g.name, g.en, lang)),
      ),
    );
  const place = state.district ? data.places.find((p) => p.id === state.district) : undefined;
  if (place) lines.push(placeName(place, lang));
  return lines;
}

/**
 * `text` in lines no wider than `max` (as `width` measures), broken where the language allows
 * (Intl.Segmenter's words: between Chinese words and characters, at English spaces — broken by
 * character, "the" became "t / he"); a word wider than a line, such as a long link, is split by
 * character.
 */
export function wrapLines(
  text: string,
  max: number,
  width: (s: string) => number,
  lang: Lang,
): string[] {
  const out: string[] = [];
  let line = '';
  const fits = (s: string) => width(s.trimEnd()) <= max;
  // Punctuation stays with the word before it (no line starts with "." or "，"), and a word joined
  // to the one before by "." "/" ":" "@" "_" "-" with no space stays whole ("config.json").
  const tokens: string[] = [];
  for (const { segment, isWordLike } of segmenter(lang).segment(text)) {
    const last = tokens.at(-1) ?? '';
    const punctuation = !isWordLike && segment.trim() !== '';
    const joined = !!isWordLike && /[./:@_-]$/.test(last);
    if (tokens.length && last.trim() !== '' && (punctuation || joined))
      tokens[tokens.length - 1] += segment;
    else tokens.push(segment);
  }
  for (const segment of tokens) {
    if (fits(line + segment)) {
      line += segment;
      continue;
    }
    if (line.trim()) out.push(line.trimEnd());
    line = segment.trimStart();
    while (line && !fits(line)) {
      let n = line.length - 1;
      while (n > 1 && !fits(line.slice(0, n))) n--;
      out.push(line.slice(0, n));
      line = line.slice(n);
    }
  }
  if (line.trim()) out.push(line.trimEnd());
  return out;
}
const SEGMENTERS = new Map<Lang, Intl.Segmenter>();
const segmenter = (lang: Lang): Intl.Segmenter => {
  let s = SEGMENTERS.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang === 'zh' ? 'zh-CN' : 'en', { granularity: 'word' });
    SEGMENTERS.set(lang, s);
  }
  return s;
};

/** The documents behind what the view shows, as a source line. */
export function sourceLine(state: AppState): string {
  const docs = ['000', ...(state.layers.includes('regions') ? ['002'] : [])];
  const { lang } = state;
  return docs
    .map((id) => SEEDS.find((s) => s.id === id))
    .filter((s) => s !== undefined)
    .map((s) => {
      const title = docTitle(s.id, lang);
      return s.docNumber ? `${title}（${s.docNumber}）` : title;
    })
    .join(lang === 'zh' ? '；' : '; ');
}

const FONT =
  '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif';

/** A handout's title when the user gives none: its subject ("酒的制造 · 规划布局"), else the map's. */
export function defaultTitle(state: AppState, lc: LayerContext): string {
  return lc.subject
    ? t(state.lang, 'exportSubjectTitle', { subject: subjectName(state, lc) })
    : t(state.lang, 'title');
}

/** Renders the current view at `scale`× the screen's pixels, decorated; returns the canvas. */
export async function renderView(deps: ExportDeps, scale: number): Promise<HTMLCanvasElement> {
  const { width: w, height: h } = deps.size();
  const out = await deps.view.snapshot(scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  decorate(ctx, deps, w, h, scale);
  return out;
}

/** Title, filters, legend, sources, date, QR code and link, drawn over the map. */
function decorate(
  ctx: CanvasRenderingContext2D,
  deps: ExportDeps,
  w: number,
  h: number,
  s: number,
): void {
  const state = deps.state();
  const { lang } = state;
  const data = deps.data;
  ctx.save();
  ctx.scale(s, s);
  const font = (px: number, weight = 400) => `${weight} ${px}px ${FONT}`;
  const box = (x: number, y: number, bw: number, bh: number) => {
    ctx.fillStyle = 'rgba(255,255,255,0.93)';
    ctx.strokeStyle = 'rgba(0,0,0,0.15)';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.roundRect(x, y, bw, bh, 6);
    ctx.fill();
    ctx.stroke();
  };
  const pad = 12;

  // Title and filters, top left.
  const lines = filterLines(state, data);
  ctx.font = font(13);
  const wrap = (text: string, max: number): string[] =>
    wrapLines(text, max, (x) => ctx.measureText(x).width, lang);
  const maxText = Math.min(w * 0.45, 460);
  const wrapped = lines.flatMap((l) => wrap(l, maxText)).slice(0, 6);
  // The title on up to two lines ("Liquor and wine making · where the plans place it").
  ctx.font = font(20, 700);
  const title = wrap(deps.title?.trim() || defaultTitle(state, deps.context()), maxText).slice(
    0,
    2,
  );
  const below = (title.length - 1) * 26;
  const titleH = 24 + 8 + 18 + below + wrapped.length * 18 + pad;
  box(pad, pad, maxText + 2 * pad, titleH);
  ctx.fillStyle = '#14213d';
  ctx.textBaseline = 'top';
  title.forEach((l, i) => ctx.fillText(l, 2 * pad, 2 * pad - 2 + i * 26));
  ctx.font = font(12, 700);
  ctx.fillStyle = '#5b6770';
  ctx.fillText(t(lang, 'exportFilters'), 2 * pad, 2 * pad + 28 + below);
  ctx.font = font(13);
  ctx.fillStyle = '#14213d';
  wrapped.forEach((l, i) => ctx.fillText(l, 2 * pad, 2 * pad + 46 + below + i * 18));

  // Legend, bottom left: every layer on the map, as the on-screen legend has it. A long entry takes
  // two lines (cut with "…" only past that), columns filled to about the same height.
  const { placed, tallest, col, colW, lineH } = layoutLegend(
    ctx,
    state,
    deps.context(),
    w,
    deps.inset ?? false,
  );
  const legendH = tallest + pad;
  const legendTop = h - 40 - pad - legendH;
  box(pad, legendTop, (col + 1) * colW + pad, legendH);
  ctx.textBaseline = 'top';
  for (const { x, y, item } of placed) {
    const top = legendTop + pad / 2 + y;
    ctx.fillStyle = '#14213d';
    if (item.r.head) {
      ctx.font = font(12, 700);
      item.lines.forEach((l, i) => ctx.fillText(l, x, top + 2 + i * lineH));
      continue;
    }
    item.r.draw?.(x, top + 2);
    ctx.font = font(12);
    ctx.fillStyle = item.r.note ? '#3d4850' : '#14213d';
    const indent = item.r.note ? 0 : 24;
    item.lines.forEach((l, i) => ctx.fillText(l, x + indent, top + 2 + i * lineH));
  }

  // The handout's own text, top right.
  if (deps.extra) {
    const bw = Math.min(w * 0.42, 460);
    const lines = deps.extra.lines.flatMap((l) => wrap(l, bw - 2 * pad)).slice(0, 24);
    const bh = 30 + lines.length * 17 + pad;
    box(w - pad - bw, pad, bw, bh);
    ctx.textBaseline = 'top';
    ctx.fillStyle = '#14213d';
    ctx.font = font(14, 700);
    ctx.fillText(deps.extra.heading, w - bw, 2 * pad - 2);
    ctx.font = font(12);
    lines.forEach((l, i) => ctx.fillText(l, w - bw, 2 * pad + 24 + i * 17));
  }

  // QR code and link, bottom right.
  const link = viewLink(state, data, deps.publicUrl, location);
  const qr = generate(link.url);
  const mod = 3;
  const quiet = 4;
  const side = (qr.size + 2 * quiet) * mod;
  // No advice on the printed page: a local link's warning is on screen for whoever exports
  // (src/app/actions.ts); the page's reader could do nothing about it.
  const qx = w - pad - side;
  const qy = h - 40 - pad - side - 30;
  box(qx - 6, qy - 6, side + 12, side + 36);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(qx, qy, side, side);
  ctx.fillStyle = '#000000';
  for (let y = 0; y < qr.size; y++)
    for (let x = 0; x < qr.size; x++)
      if (qr.get(x, y)) ctx.fillRect(qx + (x + quiet) * mod, qy + (y + quiet) * mod, mod, mod);
  ctx.font = font(11, 700);
  ctx.fillStyle = '#14213d';
  ctx.textAlign = 'center';
  ctx.fillText(t(lang, 'exportLink'), qx + side / 2, qy + side + 6);
  ctx.textAlign = 'left';

  // Source line, date and link along the bottom.
  ctx.fillStyle = 'rgba(20,33,61,0.9)';
  ctx.fillRect(0, h - 40, w, 40);
  ctx.fillStyle = '#ffffff';
  ctx.font = font(11);
  const date = new Date().toISOString().slice(0, 10);
  const src = `${t(lang, 'exportSources')}: ${sourceLine(state)}`;
  ctx.fillText(wrap(src, w - 2 * pad)[0] ?? '', pad, h - 36);
  // The link as people read it (Chinese, not percent-escapes), cut to the line if need be.
  let shown = `${t(lang, 'exportMade')}: ${date} · ${readable(link.url)}`;
  const room = w - 2 * pad;
  if (ctx.measureText(shown).width > room) {
    while (shown.length > 10 && ctx.measureText(`${shown}…`).width > room)
      shown = shown.slice(0, -1);
    shown += '…';
  }
  ctx.fillText(shown, pad, h - 19);
  ctx.restore();
}

/**
 * The legend's rows laid out in columns, bottom left: a long entry takes two lines (cut with "…"
 * only past that), columns filled to about the same height. A handout frames its map clear of it.
 */
function layoutLegend(
  ctx: CanvasRenderingContext2D,
  state: AppState,
  lc: LayerContext,
  w: number,
  inset: boolean,
) {
  const { lang } = state;
  const pad = 12;
  const rows = legendRows(ctx, state, lc, inset);
  const colW = 220;
  const lineH = 15;
  ctx.font = `400 12px ${FONT}`;
  const laid = rows.map((r) => {
    // A heading wraps to its column (an English subject's is long), in its own weight.
    if (r.head) {
      ctx.font = `700 12px ${FONT}`;
      const lines = wrapLines(r.head, colW - 10, (x) => ctx.measureText(x).width, lang);
      ctx.font = `400 12px ${FONT}`;
      return { r, lines, h: 4 + lines.length * lineH };
    }
    // A note runs the column's whole width, with no key, on as many lines as it needs (up to 5).
    if (r.note) {
      const lines = wrapLines(r.label ?? '', colW - 10, (x) => ctx.measureText(x).width, lang);
      return { r, lines: lines.slice(0, 5), h: 6 + Math.min(5, lines.length) * lineH };
    }
    let lines = wrapLines(r.label ?? '', colW - 34, (x) => ctx.measureText(x).width, lang);
    if (lines.length > 2) {
      let second = lines[1]!;
      while (second.length > 1 && ctx.measureText(`${second}…`).width > colW - 34)
        second = second.slice(0, -1);
      lines = [lines[0]!, `${second}…`];
    }
    return { r, lines, h: 4 + lines.length * lineH };
  });
  const roomW = Math.max(colW, w - 2 * pad - 190);
  const cols = Math.max(1, Math.min(4, Math.floor(roomW / colW)));
  const total = laid.reduce((a, l) => a + l.h, 0);
  const target = total / cols;
  const placed: { x: number; y: number; item: (typeof laid)[number] }[] = [];
  let col = 0;
  let y0 = 0;
  let tallest = 0;
  for (const [i, item] of laid.entries()) {
    // A heading moves on with its first entry: none ends a column.
    const needs = item.h + (item.r.head ? (laid[i + 1]?.h ?? 0) : 0);
    if (y0 > 0 && y0 + needs > target + 10 && col < cols - 1) {
      col++;
      y0 = 0;
    }
    placed.push({ x: 2 * pad + col * colW, y: y0, item });
    y0 += item.h;
    tallest = Math.max(tallest, y0);
  }
  return { placed, tallest, col, colW, lineH };
}

/** The height the legend takes on a handout of `w` CSS pixels (its map is framed clear of it). */
export function legendHeight(state: AppState, lc: LayerContext, w: number, inset = false): number {
  const ctx = document.createElement('canvas').getContext('2d');
  return ctx ? layoutLegend(ctx, state, lc, w, inset).tallest + 12 : 200;
}

interface LegendRow {
  head?: string;
  label?: string;
  /** A sentence of its own (what a subject leaves out), in the legend's text colour. */
  note?: boolean;
  draw?: (x: number, y: number) => void;
}

/** The legend's rows: the registry's legend model, the one the page and the briefing draw. */
function legendRows(
  ctx: CanvasRenderingContext2D,
  state: AppState,
  lc: LayerContext,
  inset: boolean,
): LegendRow[] {
  return legendModel(state, lc).flatMap((section) => [
    { head: section.heading },
    ...section.entries
      .filter((e) => e.when !== 'inset' || inset)
      .map((e) => ({
        label: e.label,
        draw: (x: number, y: number) => drawSign(ctx, e.sign, x, y),
      })),
    ...(section.note ? [{ label: section.note, note: true }] : []),
  ]);
}

function readable(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Downloads a canvas as a PNG file. */
export async function downloadPng(canvas: HTMLCanvasElement, file: string): Promise<void> {
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
  if (!blob) throw new Error('PNG encoding failed');
  downloadBlob(blob, file);
}

/** Renders and downloads the view at `scale`×; returns the file name and pixel size. */
export async function exportPng(
  deps: ExportDeps,
  scale: 2 | 4,
): Promise<{ file: string; width: number; height: number; link: string; public: boolean }> {
  const canvas = await renderView(deps, scale);
  const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  const file = `chongqing-industry-map-${stamp}-${scale}x.png`;
  await downloadPng(canvas, file);
  const link = viewLink(deps.state(), deps.data, deps.publicUrl, location);
  return { file, width: canvas.width, height: canvas.height, link: link.url, public: link.public };
}

/** Landscape paper at 150 dpi, in pixels (ISO 216). */
export const PAPER = {
  a4: { width: 1754, height: 1240, mm: [297, 210] },
  a3: { width: 2480, height: 1754, mm: [420, 297] },
} as const;

/**
 * A handout on A4 or A3 landscape: a map of the page's own shape, framed to what matches the
 * filters (the whole city when nothing is chosen), clear of the title, legend and QR code.
 */
export async function exportPaper(
  deps: Omit<ExportDeps, 'view' | 'size'>,
  paper: keyof typeof PAPER,
  mount: (width: number, height: number) => Promise<{ view: MapView; close: () => void }>,
): Promise<{ file: string; width: number; height: number; link: string; public: boolean }> {
  const canvas = await renderPaper(deps, PAPER[paper], mount);
  const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  const file = `chongqing-industry-map-${stamp}-${paper}.png`;
  await downloadPng(canvas, file);
  const link = viewLink(deps.state(), deps.data, deps.publicUrl, location);
  return { file, width: canvas.width, height: canvas.height, link: link.url, public: link.public };
}

/**
 * Renders a handout of `width`×`height` pixels (drawn at `scale`×: its CSS size is that divided by
 * the scale) on a map mounted for it: framed to `frame` when given (a briefing chapter's places),
 * else to what matches the filters, clear of the title, legend, QR code and 主城 inset. The A4/A3
 * handouts and the briefing's pack (src/briefing/pack.ts) both draw through here.
 */
export async function renderPaper(
  deps: Omit<ExportDeps, 'view' | 'size'>,
  paper: { width: number; height: number },
  mount: (width: number, height: number) => Promise<{ view: MapView; close: () => void }>,
  options: { scale?: number; frame?: Bounds } = {},
): Promise<HTMLCanvasElement> {
  const { width, height } = paper;
  const scale = options.scale ?? 2;
  const [w, h] = [Math.round(width / scale), Math.round(height / scale)];
  const { view, close } = await mount(w, h);
  try {
    const lc = deps.context();
    const st = deps.state();
    const filtered = st.industries.length + st.programmes.length + st.groups.length > 0;
    const ids = filtered ? [...lc.matching] : [];
    const bounds = options.frame ?? (ids.length ? placesBounds(ids, lc.atlas) : null);
    const frame = (insetRoom: number) =>
      view.fitBounds(bounds ?? lc.atlas.home, {
        // Clear of the title (top left), legend (bottom left), QR code and, on a siting handout,
        // the ranking (right); with the 主城 inset, of that (top right).
        padding: {
          top: 156,
          right: deps.extra ? Math.min(w * 0.42, 460) + 50 : Math.max(40, insetRoom),
          // The footer (40), the legend and a margin: nothing of the map under the legend.
          bottom: 40 + 12 + legendHeight(st, lc, w, insetRoom > 0) + 16,
          left: 40,
        },
        maxZoom: 9,
        duration: 0,
      });
    frame(0);
    const inset = deps.extra ? null : handoutInset(view, lc.atlas, w, h);
    if (inset) frame(inset.room);
    const canvas = await renderView(
      { ...deps, view, size: () => ({ width: w, height: h }), inset: inset !== null },
      scale,
    );
    if (inset) await drawHandoutInset(canvas, inset, view, deps.state().lang, mount, scale);
    return canvas;
  } finally {
    close();
  }
}

/** Where a handout's 主城 inset goes (top right, in CSS pixels of the page) and its ground. */
interface HandoutInset {
  bounds: Bounds;
  box: { x: number; y: number; width: number; mapHeight: number };
  /** The map's right padding that keeps the city clear of it. */
  room: number;
  size: { width: number; height: number };
}
const INSET_TITLE_H = 22;

/**
 * The handout's 主城 inset, when its framing leaves the central districts too small to name
 * (`insetWanted`, as on screen); null otherwise. At the top right — the title is top left, the
 * legend bottom left, the QR code bottom right.
 */
function handoutInset(view: MapView, atlas: Atlas, w: number, h: number): HandoutInset | null {
  const bounds = coreInsetBounds(atlas);
  if (!bounds || !insetWanted(view.camera(), { width: w, height: h }, atlas)) return null;
  const pad = 12;
  const width = Math.round(Math.min(360, w * 0.3));
  const mapHeight = Math.round((width - 2) / INSET_ASPECT);
  return {
    bounds,
    box: { x: w - pad - width, y: pad, width, mapHeight },
    room: width + 2 * pad + 16,
    size: { width: w, height: h },
  };
}

/**
 * Draws the inset on the handout: a second detached map of the core's ground, in a white box with
 * a thin frame and its title, and the same ground framed on the handout's map.
 */
async function drawHandoutInset(
  canvas: HTMLCanvasElement,
  inset: HandoutInset,
  main: MapView,
  lang: Lang,
  mount: (width: number, height: number) => Promise<{ view: MapView; close: () => void }>,
  scale: number,
): Promise<void> {
  const { box, bounds } = inset;
  const mapW = box.width - 2;
  const { view, close } = await mount(mapW, box.mapHeight);
  let picture: HTMLCanvasElement;
  try {
    view.jumpTo(insetCamera(bounds, mapW, box.mapHeight));
    picture = await view.snapshot(scale);
  } finally {
    close();
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.save();
  ctx.scale(scale, scale);
  const f = frameBox(main.camera(), inset.size, bounds);
  ctx.strokeStyle = LINES.insetFrame.colour;
  ctx.lineWidth = LINES.insetFrame.width;
  ctx.strokeRect(f.x, f.y, f.width, f.height);
  const height = INSET_TITLE_H + box.mapHeight + 2;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(box.x, box.y, box.width, height);
  ctx.drawImage(picture, box.x + 1, box.y + INSET_TITLE_H + 1, mapW, box.mapHeight);
  ctx.strokeStyle = 'rgba(0,0,0,0.15)';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(box.x, box.y + INSET_TITLE_H + 0.5);
  ctx.lineTo(box.x + box.width, box.y + INSET_TITLE_H + 0.5);
  ctx.stroke();
  ctx.strokeStyle = '#5b6770';
  ctx.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, height - 1);
  ctx.fillStyle = '#14213d';
  ctx.font = `700 13px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(INSET_TITLE[lang], box.x + 8, box.y + INSET_TITLE_H / 2 + 1);
  ctx.restore();
}

/**
 * Prints: the view rendered at 2× into an image that only print media shows (WebGL canvases do not
 * print reliably), with the legend and source line, on one landscape page (styles.css @media print).
 */
export async function printView(deps: ExportDeps): Promise<void> {
  const canvas = await renderView(deps, 2);
  // A profile or pack printed before (src/profiles/sheets.ts) would take the page.
  document.getElementById('print-pages')?.remove();
  let img = document.getElementById('print-map') as HTMLImageElement | null;
  if (!img) {
    img = document.createElement('img');
    img.id = 'print-map';
    img.alt = '';
    document.body.append(img);
  }
  img.src = canvas.toDataURL('image/png');
  await img.decode().catch(() => undefined);
  window.print();
}

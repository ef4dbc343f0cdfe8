/**
 * Exported images and prints of the current view, loaded on demand (the first view does not pay
 * for them). An image is the map (either renderer) re-rendered at 2× or 4× the screen's pixels, with the title,
 * the active filters, a legend, the source line, the date and a QR code plus the link that reopens
 * the same view.
 */
import { downloadBlob } from '../lib/download.ts';
import { generate } from 'lean-qr';
import type { DataFiles, GroupId, ProgrammeId } from '../data/types.ts';
import type { Bounds } from '../map/camera.ts';
import { SEEDS } from '../data/seeds.ts';
import { dataName, placeName, t, listText } from '../i18n/index.ts';
import type { MapView } from '../map/map-view.ts';
import { frameBox, INSET_TITLE, insetCamera } from '../map/inset.ts';
import { docTitle } from '../data/seeds.ts';
import { placesBounds } from '../map/frame-places.ts';
import type { LayerContext } from '../map/layers/context.ts';
import { subjectName } from '../map/layers/choropleth/index.ts';
import { LINES } from '../map/style.ts';
import { COVERS_MAP } from '../map/layers/labels/covers.ts';
import { drawSign } from './signs.ts';
import type { AppState, Lang, ViewState } from '../state/store.ts';
import { encodeView } from '../state/url.ts';
import { wrapLines } from './wrap.ts';
import {
  balanceColumns,
  FOOTER,
  LEGEND_COL,
  LEGEND_LINE,
  measureLegend,
  PAD,
  frameHandout,
  handoutKeep,
  INSET_TITLE_H,
  type HandoutLayout,
  type HandoutParts,
  type InsetPart,
  type LegendItem,
  legendRows,
  measureTitle,
  QR_MODULE,
  QR_QUIET,
  qrBox,
  type LegendRowText,
  type TextWidth,
} from './handout-layout.ts';
import type { Rect } from './clear-fit.ts';

export { wrapLines };

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
  state: ViewState,
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
export function filterLines(state: ViewState, data: DataFiles): string[] {
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
export function defaultTitle(state: ViewState, lc: LayerContext): string {
  return lc.subject
    ? t(state.lang, 'exportSubjectTitle', { subject: subjectName(state, lc) })
    : t(state.lang, 'title');
}

/** Renders the current view at `scale`× the screen's pixels, decorated; returns the canvas. */
export async function renderView(
  deps: ExportDeps,
  scale: number,
  layout?: HandoutLayout,
): Promise<HTMLCanvasElement> {
  const { width: w, height: h } = deps.size();
  const out = await deps.view.snapshot(scale);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  decorate(ctx, deps, w, h, scale, layout);
  return out;
}

const font = (px: number, weight = 400) => `${weight} ${px}px ${FONT}`;

/** The decorations' text broken into lines and their boxes' sizes, as `ctx` measures them. */
interface Measured {
  title: string[];
  filters: string[];
  titleBox: { width: number; height: number };
  extra: { heading: string[]; lines: string[]; box: { width: number; height: number } } | null;
  /** The legend's items measured for a column `colW` wide. */
  legend: (colW: number) => LegendItem<LegendRow>[];
  qr: { code: ReturnType<typeof generate>; side: number; box: { width: number; height: number } };
  link: string;
}

/** Measures what `decorate` draws on a `w`-wide picture (the legend with the inset's entry or not). */
function measure(
  ctx: CanvasRenderingContext2D,
  deps: Omit<ExportDeps, 'view' | 'size'>,
  w: number,
  inset: boolean,
): Measured {
  const state = deps.state();
  const { lang } = state;
  const width: TextWidth = (x, px, bold) => {
    ctx.font = font(px, bold ? 700 : 400);
    return ctx.measureText(x).width;
  };
  const head = measureTitle(
    deps.title?.trim() || defaultTitle(state, deps.context()),
    filterLines(state, deps.data),
    w,
    lang,
    width,
  );
  let extra: Measured['extra'] = null;
  if (deps.extra) {
    const bw = Math.min(w * 0.42, 460);
    // The heading wraps too (the English one ran off the page).
    const heading = wrapLines(deps.extra.heading, bw - 2 * PAD, (x) => width(x, 14, true), lang);
    const lines = deps.extra.lines
      .flatMap((l) => wrapLines(l, bw - 2 * PAD, (x) => width(x, 12, false), lang))
      .slice(0, 24);
    const height = 30 + (heading.length - 1) * 18 + lines.length * 17 + PAD;
    extra = { heading, lines, box: { width: bw, height } };
  }
  const rows = legendRows(state, deps.context(), inset).map((r) => ({
    ...r,
    draw: r.sign ? (x: number, y: number) => drawSign(ctx, r.sign!, x, y) : undefined,
  }));
  const legend = (colW: number) => measureLegend(rows, width, lang, colW);
  const link = viewLink(state, deps.data, deps.publicUrl, location).url;
  const code = generate(link);
  return {
    title: head.title,
    filters: head.filters,
    titleBox: head.box,
    extra,
    legend,
    qr: { code, side: (code.size + 2 * QR_QUIET) * QR_MODULE, box: qrBox(code.size) },
    link,
  };
}

/**
 * A screen picture's layout (PNG 2×/4×, print): the map is the screen's, so the parts lie over it
 * as they always have — the legend across the foot in as many columns as fit, the QR code at the
 * bottom right.
 */
function overlayLayout(m: Measured, w: number, h: number): HandoutLayout {
  const cols = Math.max(
    1,
    Math.min(4, Math.floor(Math.max(LEGEND_COL, w - 2 * PAD - 190) / LEGEND_COL)),
  );
  const columns = balanceColumns(m.legend(LEGEND_COL), cols);
  const bottom = h - FOOTER - PAD;
  const lh = columns.tallest + PAD;
  const { box } = m.qr;
  return {
    title: { x: PAD, y: PAD, ...m.titleBox },
    legend: {
      x: PAD,
      y: bottom - lh,
      width: columns.cols * LEGEND_COL + PAD,
      height: lh,
      columns,
      colW: LEGEND_COL,
      side: false,
    },
    qr: { x: w - PAD - box.width, y: bottom - box.height, ...box },
    corner: m.extra ? { x: w - PAD - m.extra.box.width, y: PAD, ...m.extra.box } : null,
    padding: { top: 0, right: 0, bottom: 0, left: 0 },
    zoom: 0,
    // (The screen's camera stays: a screen picture is not framed again.)
    camera: { lng: 0, lat: 0, zoom: 0 },
  };
}

/** Title, filters, legend, sources, date, QR code and link, drawn over the map. */
function decorate(
  ctx: CanvasRenderingContext2D,
  deps: ExportDeps,
  w: number,
  h: number,
  s: number,
  layout?: HandoutLayout,
): void {
  const state = deps.state();
  const { lang } = state;
  const m = measure(ctx, deps, w, deps.inset ?? false);
  const at = layout ?? overlayLayout(m, w, h);
  ctx.save();
  ctx.scale(s, s);
  const box = (r: Rect) => {
    ctx.fillStyle = 'rgba(255,255,255,0.93)';
    ctx.strokeStyle = 'rgba(0,0,0,0.15)';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.roundRect(r.x, r.y, r.width, r.height, 6);
    ctx.fill();
    ctx.stroke();
  };
  ctx.textBaseline = 'top';

  // Title and filters.
  const { x: tx, y: ty } = at.title;
  box(at.title);
  const below = (m.title.length - 1) * 26;
  ctx.font = font(20, 700);
  ctx.fillStyle = '#14213d';
  m.title.forEach((l, i) => ctx.fillText(l, tx + PAD, ty + PAD - 2 + i * 26));
  ctx.font = font(12, 700);
  ctx.fillStyle = '#5b6770';
  ctx.fillText(t(lang, 'exportFilters'), tx + PAD, ty + PAD + 28 + below);
  ctx.font = font(13);
  ctx.fillStyle = '#14213d';
  m.filters.forEach((l, i) => ctx.fillText(l, tx + PAD, ty + PAD + 46 + below + i * 18));

  drawLegend(ctx, m.legend(at.legend.colW), at.legend, box);

  // The handout's own text (a siting handout's ranking), top right.
  if (deps.extra && m.extra && at.corner) {
    const { x, y } = at.corner;
    box(at.corner);
    ctx.fillStyle = '#14213d';
    ctx.font = font(14, 700);
    m.extra.heading.forEach((l, i) => ctx.fillText(l, x + PAD, y + PAD - 2 + i * 18));
    const below = y + PAD + 24 + (m.extra.heading.length - 1) * 18;
    ctx.font = font(12);
    m.extra.lines.forEach((l, i) => ctx.fillText(l, x + PAD, below + i * 17));
  }

  // QR code and its caption. No advice on the printed page: a local link's warning is on screen
  // for whoever exports (src/app/actions.ts); the page's reader could do nothing about it.
  const { code, side } = m.qr;
  box(at.qr);
  const [qx, qy] = [at.qr.x + (at.qr.width - side) / 2, at.qr.y + 6];
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(qx, qy, side, side);
  ctx.fillStyle = '#000000';
  for (let y = 0; y < code.size; y++)
    for (let x = 0; x < code.size; x++)
      if (code.get(x, y))
        ctx.fillRect(
          qx + (x + QR_QUIET) * QR_MODULE,
          qy + (y + QR_QUIET) * QR_MODULE,
          QR_MODULE,
          QR_MODULE,
        );
  ctx.font = font(11, 700);
  ctx.fillStyle = '#14213d';
  ctx.textAlign = 'center';
  ctx.fillText(t(lang, 'exportLink'), qx + side / 2, qy + side + 6);
  ctx.textAlign = 'left';

  drawFooter(ctx, state, m.link, w, h);
  ctx.restore();
}

/** The legend's box and its items in their columns. */
function drawLegend(
  ctx: CanvasRenderingContext2D,
  items: LegendItem<LegendRow>[],
  at: HandoutLayout['legend'],
  box: (r: Rect) => void,
): void {
  box(at);
  for (const [i, item] of items.entries()) {
    const { col, y } = at.columns.at[i] ?? { col: 0, y: 0 };
    const x = at.x + PAD + col * at.colW;
    const top = at.y + PAD / 2 + y + 2;
    ctx.fillStyle = '#14213d';
    if (item.r.head) {
      ctx.font = font(12, 700);
      item.lines.forEach((l, k) => ctx.fillText(l, x, top + k * LEGEND_LINE));
      continue;
    }
    item.r.draw?.(x, top);
    ctx.font = font(12);
    ctx.fillStyle = item.r.note ? '#3d4850' : '#14213d';
    const indent = item.r.note ? 0 : 24;
    item.lines.forEach((l, k) => ctx.fillText(l, x + indent, top + k * LEGEND_LINE));
  }
}

/** Source line, date and link along the bottom. */
function drawFooter(
  ctx: CanvasRenderingContext2D,
  state: AppState,
  link: string,
  w: number,
  h: number,
): void {
  const { lang } = state;
  ctx.fillStyle = 'rgba(20,33,61,0.9)';
  ctx.fillRect(0, h - FOOTER, w, FOOTER);
  ctx.fillStyle = '#ffffff';
  ctx.font = font(11);
  const date = new Date().toISOString().slice(0, 10);
  const src = `${t(lang, 'exportSources')}: ${sourceLine(state)}`;
  const room = w - 2 * PAD;
  ctx.fillText(wrapLines(src, room, (x) => ctx.measureText(x).width, lang)[0] ?? '', PAD, h - 36);
  // The link as people read it (Chinese, not percent-escapes), cut to the line if need be.
  let shown = `${t(lang, 'exportMade')}: ${date} · ${readable(link)}`;
  if (ctx.measureText(shown).width > room) {
    while (shown.length > 10 && ctx.measureText(`${shown}…`).width > room)
      shown = shown.slice(0, -1);
    shown += '…';
  }
  ctx.fillText(shown, PAD, h - 19);
}

/** The sizes of a handout's parts on a `w`×`h` page (measured on a canvas of its own). */
export function handoutParts(
  deps: Omit<ExportDeps, 'view' | 'size'>,
  w: number,
  h: number,
  inset: { width: number; height: number } | null,
): HandoutParts {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const m = measure(ctx, deps, w, inset !== null);
  return {
    page: { width: w, height: h },
    title: m.titleBox,
    legend: m.legend,
    qr: m.qr.box,
    inset,
    extra: m.extra?.box ?? null,
  };
}

interface LegendRow extends LegendRowText {
  draw?: ((x: number, y: number) => void) | undefined;
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
  mount: (
    width: number,
    height: number,
  ) => Promise<{ view: MapView; close: () => void; host?: HTMLElement }>,
  options: { scale?: number; frame?: Bounds } = {},
): Promise<HTMLCanvasElement> {
  const { width, height } = paper;
  const scale = options.scale ?? 2;
  const [w, h] = [Math.round(width / scale), Math.round(height / scale)];
  const { view, close, host } = await mount(w, h);
  try {
    const lc = deps.context();
    const st = deps.state();
    const filtered = st.industries.length + st.programmes.length + st.groups.length > 0;
    const ids = filtered ? [...lc.matching] : [];
    const bounds =
      options.frame ?? (ids.length ? placesBounds(ids, lc.atlas) : null) ?? lc.atlas.home;
    // What must not lie under a part: the subject's places, else (and for a briefing chapter's
    // frame) the city and its arcs' ends. A close-up whose city runs under every part is framed
    // clear of whole strips instead.
    const partners = deps.data.cooperation.flatMap((c) => [...c.partners, ...c.inferredPartners]);
    const subject = !options.frame && ids.length ? ids : null;
    const keep = handoutKeep(lc.atlas, subject, partners);
    const { layout, inset } = frameHandout(
      { width: w, height: h },
      bounds,
      keep,
      lc.atlas,
      (box) => handoutParts(deps, w, h, box),
      !!deps.extra,
    );
    // The map's names keep clear of the parts (label placement's covers), as of the inset on screen.
    const footer = { x: 0, y: h - FOOTER, width: w, height: FOOTER };
    const parts = [layout.title, layout.legend, layout.qr, layout.corner, footer];
    const marks = host ? markCovers(host, parts) : [];
    // (The map learns of them from its observers, a microtask later.)
    if (marks.length) await Promise.resolve();
    view.jumpTo(layout.camera);
    const canvas = await renderView(
      { ...deps, view, size: () => ({ width: w, height: h }), inset: inset !== null },
      scale,
      layout,
    );
    // (Off before the inset's own map is mounted: it lies at the same place off screen.)
    for (const m of marks) m.remove();
    if (inset && layout.corner)
      await drawHandoutInset(canvas, inset, layout.corner, view, st.lang, mount, scale);
    return canvas;
  } finally {
    close();
  }
}

/**
 * Marks the parts' boxes over the map's element as covering it (no name is placed under them):
 * beside the element, where the map watches for covers coming and going (watchCovers), at its place.
 */
function markCovers(host: HTMLElement, boxes: (Rect | null)[]): HTMLElement[] {
  const at = host.getBoundingClientRect();
  return boxes
    .filter((b) => b !== null)
    .map((b) => {
      const e = document.createElement('div');
      e.setAttribute(COVERS_MAP, '');
      e.setAttribute('aria-hidden', 'true');
      Object.assign(e.style, {
        position: 'fixed',
        visibility: 'hidden',
        left: `${at.left + b.x - 2}px`,
        top: `${at.top + b.y - 2}px`,
        width: `${b.width + 4}px`,
        height: `${b.height + 4}px`,
      });
      (host.parentElement ?? host).append(e);
      return e;
    });
}

/**
 * Draws the inset on the handout: a second detached map of the core's ground, in a white box with
 * a thin frame and its title, and the same ground framed on the handout's map.
 */
async function drawHandoutInset(
  canvas: HTMLCanvasElement,
  inset: InsetPart,
  box: Rect,
  main: MapView,
  lang: Lang,
  mount: (width: number, height: number) => Promise<{ view: MapView; close: () => void }>,
  scale: number,
): Promise<void> {
  const { bounds, mapHeight } = inset;
  const mapW = box.width - 2;
  const { view, close } = await mount(mapW, mapHeight);
  let picture: HTMLCanvasElement;
  try {
    view.jumpTo(insetCamera(bounds, mapW, mapHeight));
    picture = await view.snapshot(scale);
  } finally {
    close();
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.save();
  ctx.scale(scale, scale);
  const size = { width: canvas.width / scale, height: canvas.height / scale };
  const f = frameBox(main.camera(), size, bounds);
  ctx.strokeStyle = LINES.insetFrame.colour;
  ctx.lineWidth = LINES.insetFrame.width;
  ctx.strokeRect(f.x, f.y, f.width, f.height);
  const height = INSET_TITLE_H + mapHeight + 2;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(box.x, box.y, box.width, height);
  ctx.drawImage(picture, box.x + 1, box.y + INSET_TITLE_H + 1, mapW, mapHeight);
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

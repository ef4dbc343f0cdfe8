/**
 * Exported images and prints of the current view, loaded on demand (the first view does not pay
 * for them). An image is the map (either renderer) re-rendered at 2× or 4× the screen's pixels, with the title,
 * the active filters, a legend, the source line, the date and a QR code plus the link that reopens
 * the same view.
 */
import { generate } from 'lean-qr';
import type { DataFiles, GroupId, ProgrammeId } from '../data/types.ts';
import { SEEDS } from '../data/seeds.ts';
import { dataName, placeName, t } from '../i18n/index.ts';
import type { MapView } from '../map/map-view.ts';
import type { LayerContext } from '../map/layers/context.ts';
import { drawSymbol } from '../map/layers/icons.ts';
import { choroplethClasses, NEUTRAL_FILL } from '../map/style.ts';
import type { AppState } from '../state/store.ts';
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
    return { url: `${here.origin}${here.pathname}${suffix}`, public: true };
  return { url: `${here.href.replace(/[?#].*$/, '')}${suffix}`, public: false };
}

/** One line per active filter, in the view's language ("all sub-industries" when none). */
export function filterLines(state: AppState, data: DataFiles): string[] {
  const { lang } = state;
  const sep = lang === 'zh' ? '、' : ', ';
  const lines: string[] = [];
  const rows = data.layout.filter((r) => state.industries.includes(r.id));
  lines.push(
    rows.length
      ? rows.map((r) => dataName(r.name, r.nameEn, lang)).join(sep)
      : t(lang, 'exportAll'),
  );
  const programmes = data.programmes.filter((p) => state.programmes.includes(p.id as ProgrammeId));
  if (programmes.length) lines.push(programmes.map((p) => dataName(p.name, p.en, lang)).join(sep));
  const groups = data.groups.filter((g) => state.groups.includes(g.id as GroupId));
  if (groups.length) lines.push(groups.map((g) => dataName(g.name, g.en, lang)).join(sep));
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
      const title = lang === 'zh' ? `《${s.title}》` : s.titleEn;
      return s.docNumber ? `${title}（${s.docNumber}）` : title;
    })
    .join(lang === 'zh' ? '；' : '; ');
}

const FONT =
  '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif';

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
  const wrap = (text: string, max: number): string[] => {
    const out: string[] = [];
    let line = '';
    for (const ch of [...text]) {
      if (ctx.measureText(line + ch).width > max && line) {
        out.push(line);
        line = ch;
      } else line += ch;
    }
    if (line) out.push(line);
    return out;
  };
  const maxText = Math.min(w * 0.45, 460);
  const wrapped = lines.flatMap((l) => wrap(l, maxText)).slice(0, 6);
  const titleH = 24 + 8 + 18 + wrapped.length * 18 + pad;
  box(pad, pad, maxText + 2 * pad, titleH);
  ctx.fillStyle = '#14213d';
  ctx.textBaseline = 'top';
  ctx.font = font(20, 700);
  ctx.fillText(t(lang, 'title'), 2 * pad, 2 * pad - 2);
  ctx.font = font(12, 700);
  ctx.fillStyle = '#5b6770';
  ctx.fillText(t(lang, 'exportFilters'), 2 * pad, 2 * pad + 28);
  ctx.font = font(13);
  ctx.fillStyle = '#14213d';
  wrapped.forEach((l, i) => ctx.fillText(l, 2 * pad, 2 * pad + 46 + i * 18));

  // Legend, bottom left.
  const ctxL = deps.context();
  const items: { draw: (x: number, y: number) => void; label: string }[] = [];
  if (state.layers.includes('industry')) {
    for (const c of choroplethClasses(ctxL.max)) {
      items.push({
        draw: (x, y) => {
          ctx.fillStyle = c.colour;
          ctx.fillRect(x, y, 14, 14);
        },
        label: c.from === c.to ? String(c.from) : `${c.from}–${c.to}`,
      });
    }
    items.push({
      draw: (x, y) => {
        ctx.fillStyle = `rgb(${NEUTRAL_FILL.slice(0, 3).join(',')})`;
        ctx.fillRect(x, y, 14, 14);
      },
      label: t(lang, 'legendNone'),
    });
  }
  const programmes = state.layers.includes('bases') ? data.programmes : [];
  const legendTop = h - 40 - 26 - 20 * (programmes.length + (items.length ? 1 : 0));
  if (items.length || programmes.length) {
    box(pad, legendTop - pad, Math.min(w * 0.5, 420), h - 40 - legendTop + pad);
    let y = legendTop;
    ctx.font = font(12, 700);
    ctx.fillStyle = '#14213d';
    ctx.fillText(t(lang, 'legendIndustry'), 2 * pad, y);
    y += 18;
    let x = 2 * pad;
    ctx.font = font(12);
    for (const it of items) {
      it.draw(x, y);
      ctx.fillStyle = '#14213d';
      ctx.fillText(it.label, x + 17, y + 1);
      x += 22 + ctx.measureText(it.label).width;
    }
    y += 20;
    for (const p of programmes) {
      ctx.save();
      ctx.translate(2 * pad, y - 1);
      drawSymbol(ctx, p.id as ProgrammeId, 16);
      ctx.restore();
      ctx.fillStyle = '#14213d';
      ctx.fillText(dataName(p.name, p.en, lang), 2 * pad + 22, y + 1);
      y += 20;
    }
  }

  // QR code and link, bottom right.
  const link = viewLink(state, data, deps.publicUrl, location);
  const qr = generate(link.url);
  const mod = 3;
  const quiet = 4;
  const side = (qr.size + 2 * quiet) * mod;
  const qx = w - pad - side;
  const qy = h - 40 - side - 30;
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
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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

/**
 * Prints: the view rendered at 2× into an image that only print media shows (WebGL canvases do not
 * print reliably), with the legend and source line, on one landscape page (styles.css @media print).
 */
export async function printView(deps: ExportDeps): Promise<void> {
  const canvas = await renderView(deps, 2);
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

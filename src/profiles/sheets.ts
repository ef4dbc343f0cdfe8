/**
 * Printing a set of pages (a district profile, the booklet of all profiles, a briefing's pack):
 * the pages are built as a document of their own (`#print-pages`, one `.sheet` per paper page),
 * and only that document prints (sheets.css). It stays in the page, out of sight, until the next
 * print: the browser's print dialog may come back after `print()` returns, and a test reads it.
 */
import { generate } from 'lean-qr';
import type { Atlas } from '../geo/atlas.ts';
import { toWorld } from '../map/camera.ts';

const SVG = 'http://www.w3.org/2000/svg';

export type SheetKind = 'profile' | 'pack';

/** Replaces the printed document with `sheets`; returns its root (already in the page). */
export function mountSheets(sheets: HTMLElement[], kind: SheetKind, lang: string): HTMLElement {
  document.getElementById('print-pages')?.remove();
  // A map printed before (export.ts's print) would take the page: only one printed thing at a time.
  document.getElementById('print-map')?.remove();
  const root = document.createElement('div');
  root.id = 'print-pages';
  root.className = `print-pages print-${kind}`;
  root.dataset['testid'] = 'print-pages';
  root.lang = lang === 'en' ? 'en' : 'zh-CN';
  root.append(...sheets);
  document.body.append(root);
  return root;
}

/**
 * Shrinks each sheet's type (a factor, down to `min`) until its content fits the paper: the rare
 * page with many facts still prints on one sheet, at a smaller size, rather than spilling over.
 */
export function fitSheets(root: HTMLElement, min = 0.7): void {
  // A sheet overflows when it is taller than its paper, or when its body (which gives way to the
  // header and footer) is taller than the room left to it.
  const over = (sheet: HTMLElement) =>
    [sheet, ...sheet.querySelectorAll<HTMLElement>('.sheet-body')].some(
      (el) => el.scrollHeight > el.clientHeight + 1,
    );
  // One layout for all sheets, then only those that overflow are stepped down (a write before
  // each read would lay the booklet out 41 times).
  for (const sheet of [...root.querySelectorAll<HTMLElement>('.sheet')].filter(over)) {
    let f = 1;
    while (over(sheet) && f > min) {
      f = Math.max(min, f - 0.05);
      sheet.style.setProperty('--sheet-fit', f.toFixed(2));
    }
  }
}

/** Prints the sheets, once their images are decoded (an undecoded image prints blank). */
export async function printSheets(root: HTMLElement): Promise<void> {
  await Promise.all(
    [...root.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)),
  );
  window.print();
}

/** A QR code as an SVG of dark modules (crisp at any print size; no canvas). */
export function qrSvg(text: string, label: string): SVGSVGElement {
  const qr = generate(text);
  const quiet = 4;
  const side = qr.size + 2 * quiet;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${side} ${side}`);
  svg.setAttribute('class', 'sheet-qr');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', String(side));
  bg.setAttribute('height', String(side));
  bg.setAttribute('fill', '#fff');
  let d = '';
  for (let y = 0; y < qr.size; y++)
    for (let x = 0; x < qr.size; x++) if (qr.get(x, y)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}

interface Projected {
  /** The viewBox's height (its width is 1000). */
  height: number;
  shapes: { id: string; d: string }[];
  project: (p: [number, number]) => [number, number];
}

/**
 * The 38 units as SVG paths in a viewBox 1000 wide framing Chongqing (web mercator, as the map
 * draws them), points closer than a unit apart dropped: a locator is 60 mm wide. Once per atlas:
 * a booklet draws the same shapes 41 times.
 */
const PROJECTED = new WeakMap<Atlas, Projected>();
function projected(atlas: Atlas): Projected {
  const hit = PROJECTED.get(atlas);
  if (hit) return hit;
  const [x0, y1] = toWorld(atlas.bounds[0]);
  const [x1, y0] = toWorld(atlas.bounds[1]);
  const k = 1000 / (x1 - x0);
  const project = (p: [number, number]): [number, number] => {
    const [x, y] = toWorld(p);
    return [(x - x0) * k, (y - y0) * k];
  };
  const ring = (r: readonly number[][]): string => {
    let d = '';
    let last: [number, number] | null = null;
    for (const p of r) {
      const q = project([p[0]!, p[1]!]);
      if (last && Math.abs(q[0] - last[0]) < 1 && Math.abs(q[1] - last[1]) < 1) continue;
      d += `${d ? 'L' : 'M'}${q[0].toFixed(1)} ${q[1].toFixed(1)}`;
      last = q;
    }
    return `${d}Z`;
  };
  const shapes = atlas.units.map((f) => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return { id: f.properties.id, d: polys.flat().map(ring).join('') };
  });
  const p: Projected = { height: Math.round((y1 - y0) * k), shapes, project };
  PROJECTED.set(atlas, p);
  return p;
}

/**
 * A locator map: Chongqing's 38 units from the atlas (the boundaries' own geometry), `place`
 * filled; a functional zone is a marker at its anchor, over the units it lies in or spans.
 */
export function locatorSvg(
  atlas: Atlas,
  place: { id: string; parent?: string; spans?: string[] },
  label: string,
): SVGSVGElement {
  const { height, shapes, project } = projected(atlas);
  const around = new Set([...(place.spans ?? []), ...(place.parent ? [place.parent] : [])]);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `-4 -4 1008 ${height + 8}`);
  svg.setAttribute('class', 'sheet-locator');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  for (const s of shapes) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', s.d);
    const fill = s.id === place.id ? '#c0392b' : around.has(s.id) ? '#f0b7a4' : '#e3e6ea';
    path.setAttribute('fill', fill);
    path.setAttribute('stroke', '#fff');
    path.setAttribute('stroke-width', '2');
    path.dataset['code'] = s.id;
    svg.append(path);
  }
  if (!shapes.some((s) => s.id === place.id)) {
    const [x, y] = project(atlas.anchor(place.id));
    const dot = document.createElementNS(SVG, 'circle');
    dot.setAttribute('cx', x.toFixed(1));
    dot.setAttribute('cy', y.toFixed(1));
    dot.setAttribute('r', '16');
    dot.setAttribute('fill', '#c0392b');
    dot.setAttribute('stroke', '#fff');
    dot.setAttribute('stroke-width', '4');
    svg.append(dot);
  }
  return svg;
}

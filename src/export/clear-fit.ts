/**
 * Framing a map as large as the page allows with parts (title, legend, inset, QR code) lying over
 * it, but nothing that matters under them. Strips of padding (handout-layout.ts `clearOf`) keep a
 * whole rectangle free; Chongqing's outline leaves corners of its bounding box empty (Sichuan to
 * the north-west, Hunan and Guizhou to the south-east), where a title or a QR code may go. So the
 * places that must stay clear are rasterised at each zoom tried, and every position of the frame
 * on the page is tested against the parts with a summed-area table: the largest zoom with a free
 * position wins, the position nearest the middle of the page's room.
 */
import { toWorld, fromWorld, type Bounds, type LngLat, type Padding } from '../map/camera.ts';
import type { Camera } from '../state/store.ts';

/** A part of a page (title, legend, QR code, inset) in its CSS pixels, from its top left. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What must stay clear of the parts, in world units (`toWorld`): outlines (filled) and points. */
export interface Keep {
  rings: [number, number][][];
  points: [number, number][];
}

/** The raster's cell and the positions' step, in CSS px of the page. */
const CELL = 4;
/** Room round a point kept clear (a marker, the end of an arc and its name's start). */
const POINT_R = 10;
/** Room kept between a part and what it must not cover (labels and markers reach past edges). */
const CLEAR = 8;
/** Zoom resolution of the search. */
const Z_STEP = 1 / 64;

/** `Keep` from outlines and points in longitude and latitude. */
export const keepOf = (rings: LngLat[][], points: LngLat[]): Keep => ({
  rings: rings.map((r) => r.map((p) => toWorld(p))),
  points: points.map((p) => toWorld(p)),
});

/** The kept places at `k` px per world unit, as a summed-area table over cells of `CELL` px. */
function raster(world: Keep, k: number, origin: [number, number]) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const grow = (x: number, y: number, r = 0) => {
    [x0, y0] = [Math.min(x0, x - r), Math.min(y0, y - r)];
    [x1, y1] = [Math.max(x1, x + r), Math.max(y1, y + r)];
  };
  const local = (p: [number, number]): [number, number] => [
    (p[0] - origin[0]) * k,
    (p[1] - origin[1]) * k,
  ];
  const rings = world.rings.map((r) => r.map(local));
  const points = world.points.map(local);
  for (const r of rings) for (const [x, y] of r) grow(x, y);
  for (const [x, y] of points) grow(x, y, POINT_R);
  if (!Number.isFinite(x0)) return null;
  const gx = Math.floor(x0 / CELL) - 1;
  const gy = Math.floor(y0 / CELL) - 1;
  const gw = Math.ceil(x1 / CELL) - gx + 2;
  const gh = Math.ceil(y1 / CELL) - gy + 2;
  const cells = new Uint8Array(gw * gh);
  const mark = (cx: number, cy: number) => {
    if (cx >= 0 && cy >= 0 && cx < gw && cy < gh) cells[cy * gw + cx] = 1;
  };
  const cellOf = (v: number, g: number) => Math.floor(v / CELL) - g;
  for (const r of rings) {
    // Even-odd fill along each row's middle, and every vertex's cell (slivers thinner than a row).
    const rows = new Map<number, number[]>();
    for (let i = 0; i < r.length; i++) {
      const [ax, ay] = r[i]!;
      const [bx, by] = r[(i + 1) % r.length]!;
      mark(cellOf(ax, gx), cellOf(ay, gy));
      const lo = Math.ceil(Math.min(ay, by) / CELL - 0.5);
      const hi = Math.floor(Math.max(ay, by) / CELL - 0.5);
      for (let row = lo; row <= hi; row++) {
        const y = (row + 0.5) * CELL;
        if (y < Math.min(ay, by) || y >= Math.max(ay, by)) continue;
        const x = ax + ((y - ay) / (by - ay)) * (bx - ax);
        const list = rows.get(row) ?? [];
        list.push(x);
        rows.set(row, list);
      }
    }
    for (const [row, xs] of rows) {
      xs.sort((a, b) => a - b);
      for (let j = 0; j + 1 < xs.length; j += 2)
        for (let c = cellOf(xs[j]!, gx); c <= cellOf(xs[j + 1]!, gx); c++) mark(c, row - gy);
    }
  }
  const rc = Math.ceil(POINT_R / CELL);
  for (const [x, y] of points)
    for (let dy = -rc; dy <= rc; dy++)
      for (let dx = -rc; dx <= rc; dx++) mark(cellOf(x, gx) + dx, cellOf(y, gy) + dy);
  const sat = new Int32Array((gw + 1) * (gh + 1));
  for (let y = 0; y < gh; y++)
    for (let x = 0; x < gw; x++)
      sat[(y + 1) * (gw + 1) + x + 1] =
        cells[y * gw + x]! +
        sat[y * (gw + 1) + x + 1]! +
        sat[(y + 1) * (gw + 1) + x]! -
        sat[y * (gw + 1) + x]!;
  /** Whether any kept cell lies in the local rectangle [x0, x1)×[y0, y1). */
  return (rx0: number, ry0: number, rx1: number, ry1: number): boolean => {
    const a = Math.max(0, Math.floor(rx0 / CELL) - gx);
    const b = Math.min(gw, Math.ceil(rx1 / CELL) - gx);
    const c = Math.max(0, Math.floor(ry0 / CELL) - gy);
    const d = Math.min(gh, Math.ceil(ry1 / CELL) - gy);
    if (a >= b || c >= d) return false;
    const W = gw + 1;
    return sat[d * W + b]! - sat[c * W + b]! - sat[d * W + a]! + sat[c * W + a]! > 0;
  };
}

/**
 * The camera that shows `bounds` whole inside the page's margins (`room`), as large as can be, with
 * nothing of `keep` under any part of one of the arrangements (`arrangements`, each a list of
 * parts' boxes), above `floor`'s zoom (a framing known to be clear, kept when nothing is larger):
 * the camera and which arrangement it is for; null when none is larger than `floor`.
 */
export function clearCamera(
  page: { width: number; height: number },
  bounds: Bounds,
  keep: Keep,
  arrangements: Rect[][],
  room: Padding,
  floor: number,
  maxZoom: number,
): { camera: Camera; index: number } | null {
  const [bx0, by1] = toWorld(bounds[0]);
  const [bx1, by0] = toWorld(bounds[1]);
  const spanX = Math.max(1e-9, bx1 - bx0);
  const spanY = Math.max(1e-9, by1 - by0);
  const freeW = page.width - room.left - room.right;
  const freeH = page.height - room.top - room.bottom;
  const top = Math.min(maxZoom, Math.log2(Math.min(freeW / spanX, freeH / spanY)));
  const at = (z: number): { camera: Camera; index: number } | null => {
    const k = 2 ** z;
    const test = raster(keep, k, [bx0, by0]);
    const [w, h] = [spanX * k, spanY * k];
    const [xs, xe] = [room.left, page.width - room.right - w];
    const [ys, ye] = [room.top, page.height - room.bottom - h];
    if (xe < xs || ye < ys) return null;
    const [mx, my] = [(xs + xe) / 2, (ys + ye) / 2];
    let best: [number, number, number] | null = null;
    let dist = Infinity;
    for (const [index, covers] of arrangements.entries())
      for (let X = xs; X <= xe + 1e-9; X += CELL)
        for (let Y = ys; Y <= ye + 1e-9; Y += CELL) {
          const d = Math.hypot(X - mx, Y - my);
          if (d >= dist) continue;
          const hit =
            test &&
            covers.some((c) =>
              test(
                c.x - X - CLEAR,
                c.y - Y - CLEAR,
                c.x + c.width - X + CLEAR,
                c.y + c.height - Y + CLEAR,
              ),
            );
          if (!hit) [best, dist] = [[X, Y, index], d];
        }
    if (!best) return null;
    // The camera's centre: the page's middle, in world units from the frame's top left.
    const cx = bx0 + (page.width / 2 - best[0]) / k;
    const cy = by0 + (page.height / 2 - best[1]) / k;
    const [lng, lat] = fromWorld([cx, cy]);
    return { camera: { lng, lat, zoom: z }, index: best[2] };
  };
  // Largest first, in steps (clearance is not monotone in zoom: a step search, not a bisection).
  for (let z = top; z > floor; z -= Z_STEP) {
    const found = at(z);
    if (found) return found;
  }
  return null;
}

/**
 * The places' polygons in screen pixels, for label placement (label-placement.ts): is this point
 * on that unit, on Chongqing at all, and where inside the visible part of a unit is there room.
 * Pure and DOM-free; rings are projected on first use and kept for one camera, so re-placing
 * labels at a settled camera projects nothing again.
 */
import type { Atlas, PlaceShape } from '../geo/atlas.ts';
import { memoBy } from './layers/memo.ts';

type Project = (lngLat: [number, number]) => [number, number];

/** [x0, y0, x1, y1] in whatever units the rings are in. */
export type Rect = [number, number, number, number];

/** A shape's rings as flat [x0, y0, x1, y1, …] arrays, with their extent. */
interface Rings {
  rings: Float64Array[];
  rect: Rect;
}

export interface ScreenShapes {
  /** Whether place `id` has a polygon (zones are points). */
  has(id: string): boolean;
  /** Whether the screen point lies on place `id`'s polygon. */
  inside(id: string, x: number, y: number): boolean;
  /** Whether the screen point lies on any of Chongqing's units. */
  inChongqing(x: number, y: number): boolean;
  /** Whether the rectangle lies wholly on place `id` (exactly: no edge of the shape crosses it). */
  rectInside(id: string, r: Rect): boolean;
  /**
   * Whether the rectangle lies wholly on Chongqing: its centre on a unit, and no edge of the
   * city's outline (a unit's edge no other unit shares) crossing it.
   */
  rectOnChongqing(r: Rect): boolean;
  /** Whether the rectangle lies wholly off Chongqing. */
  rectOffChongqing(r: Rect): boolean;
  /** The screen extent of place `id`, or null. */
  rect(id: string): Rect | null;
  /**
   * Up to `n` points inside the part of `id` within the view (kept `margin` px in from its
   * edges), those furthest from the unit's outline and the view's edges first, each with that
   * distance: where a label has most room.
   */
  roomiest(
    id: string,
    view: { width: number; height: number },
    n: number,
    margin?: number,
  ): { x: number; y: number; room: number }[];
}

const ringsOf = (shape: PlaceShape): number[][][] =>
  shape.geometry.type === 'Polygon'
    ? shape.geometry.coordinates
    : shape.geometry.coordinates.flat();

/** Each place's lng/lat extent, once per atlas (bbox pre-rejection before any projecting). */
const lngLatRects = memoBy((atlas: Atlas) => {
  const out = new Map<string, Rect>();
  for (const u of atlas.units) out.set(u.properties.id, extentOf(ringsOf(u)));
  return out;
});

function extentOf(rings: readonly (readonly number[])[][]): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of rings)
    for (const p of r) {
      const x = p[0]!;
      const y = p[1]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  return [x0, y0, x1, y1];
}

/** Even-odd rule over every ring: holes and multipolygon parts come out right. */
function pointIn(r: Rings, x: number, y: number): boolean {
  const [x0, y0, x1, y1] = r.rect;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  let inside = false;
  for (const ring of r.rings)
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const yi = ring[i + 1]!;
      const yj = ring[j + 1]!;
      if (yi > y !== yj > y) {
        const xi = ring[i]!;
        const xj = ring[j]!;
        if (x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  return inside;
}

/** Whether segment a–b touches the rectangle (Liang–Barsky clipping). */
function segmentHits(ax: number, ay: number, bx: number, by: number, r: Rect): boolean {
  if (Math.max(ax, bx) < r[0] || Math.min(ax, bx) > r[2]) return false;
  if (Math.max(ay, by) < r[1] || Math.min(ay, by) > r[3]) return false;
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
    return true;
  };
  return clip(-dx, ax - r[0]) && clip(dx, r[2] - ax) && clip(-dy, ay - r[1]) && clip(dy, r[3] - ay);
}

/** Calls `f` with each edge of the rings that touches the rectangle. */
function edgesIn(rs: Rings, r: Rect, f: (ax: number, ay: number, bx: number, by: number) => void) {
  if (rs.rect[0] > r[2] || rs.rect[2] < r[0] || rs.rect[1] > r[3] || rs.rect[3] < r[1]) return;
  for (const ring of rs.rings)
    for (let i = 2; i < ring.length; i += 2) {
      const ax = ring[i - 2]!;
      const ay = ring[i - 1]!;
      const bx = ring[i]!;
      const by = ring[i + 1]!;
      if (segmentHits(ax, ay, bx, by, r)) f(ax, ay, bx, by);
    }
}

/** Distance from (x, y) to the nearest edge of any ring. */
function edgeDistance(r: Rings, x: number, y: number): number {
  let best = Infinity;
  for (const ring of r.rings)
    for (let i = 2; i < ring.length; i += 2) {
      const ax = ring[i - 2]!;
      const ay = ring[i - 1]!;
      const dx = ring[i]! - ax;
      const dy = ring[i + 1]! - ay;
      const len = dx * dx + dy * dy;
      const t = len ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len)) : 0;
      const ex = ax + t * dx - x;
      const ey = ay + t * dy - y;
      const d = ex * ex + ey * ey;
      if (d < best) best = d;
    }
  return Math.sqrt(best);
}

/**
 * The camera a `project` stands for, as a key: three projected points fix a web-mercator view
 * (offset and scale), so two calls at the same camera share their projected rings.
 */
function cameraKey(project: Project): string {
  return [project([100, 20]), project([110, 30]), project([105, 25])].flat().join(',');
}

let last: { atlas: Atlas; key: string; shapes: ScreenShapes } | null = null;

/** The atlas's shapes under `project`; the same object while atlas and camera stay the same. */
export function screenShapes(atlas: Atlas, project: Project): ScreenShapes {
  const key = cameraKey(project);
  if (last && last.atlas === atlas && last.key === key) return last.shapes;
  const shapes = makeScreenShapes(atlas, project);
  last = { atlas, key, shapes };
  return shapes;
}

function makeScreenShapes(atlas: Atlas, project: Project): ScreenShapes {
  const projected = new Map<string, Rings | null>();
  const ringsFor = (id: string): Rings | null => {
    let r = projected.get(id);
    if (r !== undefined) return r;
    const shape = atlas.shape(id);
    r = null;
    if (shape) {
      const rings = ringsOf(shape).map((ring) => {
        const flat = new Float64Array(ring.length * 2);
        ring.forEach((p, i) => {
          const [x, y] = project([p[0]!, p[1]!]);
          flat[i * 2] = x;
          flat[i * 2 + 1] = y;
        });
        return flat;
      });
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const f of rings)
        for (let i = 0; i < f.length; i += 2) {
          x0 = Math.min(x0, f[i]!);
          x1 = Math.max(x1, f[i]!);
          y0 = Math.min(y0, f[i + 1]!);
          y1 = Math.max(y1, f[i + 1]!);
        }
      r = { rings, rect: [x0, y0, x1, y1] };
    }
    projected.set(id, r);
    return r;
  };
  // Chongqing's units by screen extent (two corners each: mercator keeps axes apart), so "is this
  // on Chongqing?" projects only the few units whose extent holds the point.
  const unitRects: { id: string; rect: Rect }[] = [];
  for (const [id, [w, s, e, n]] of lngLatRects(atlas)) {
    const [ax, ay] = project([w, n]);
    const [bx, by] = project([e, s]);
    unitRects.push({
      id,
      rect: [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)],
    });
  }
  const CELL = 64;
  const grid = new Map<number, string[]>();
  for (const { id, rect } of unitRects) {
    // A unit far off screen (national scale) is bucketed by its clamped extent: one cell.
    const cx0 = Math.floor(Math.max(-1e4, rect[0]) / CELL);
    const cx1 = Math.floor(Math.min(1e4, rect[2]) / CELL);
    const cy0 = Math.floor(Math.max(-1e4, rect[1]) / CELL);
    const cy1 = Math.floor(Math.min(1e4, rect[3]) / CELL);
    if (cx1 < cx0 || cy1 < cy0) continue;
    for (let cx = cx0; cx <= cx1; cx++)
      for (let cy = cy0; cy <= cy1; cy++) {
        const k = cx * 100_003 + cy;
        const list = grid.get(k);
        if (list) list.push(id);
        else grid.set(k, [id]);
      }
  }
  const inside = (id: string, x: number, y: number) => {
    const r = ringsFor(id);
    return !!r && pointIn(r, x, y);
  };
  /** The units whose extent meets the rectangle. */
  const unitsNear = (r: Rect): Set<string> => {
    const out = new Set<string>();
    for (let cx = Math.floor(r[0] / CELL); cx <= Math.floor(r[2] / CELL); cx++)
      for (let cy = Math.floor(r[1] / CELL); cy <= Math.floor(r[3] / CELL); cy++)
        for (const id of grid.get(cx * 100_003 + cy) ?? []) out.add(id);
    return out;
  };
  const inChongqing = (x: number, y: number) => {
    const list = grid.get(Math.floor(x / CELL) * 100_003 + Math.floor(y / CELL));
    return !!list && list.some((id) => inside(id, x, y));
  };
  return {
    has: (id) => !!atlas.shape(id),
    inside,
    inChongqing,
    rectInside(id, r) {
      const rs = ringsFor(id);
      if (!rs) return false;
      if (r[0] < rs.rect[0] || r[2] > rs.rect[2] || r[1] < rs.rect[1] || r[3] > rs.rect[3])
        return false;
      if (!pointIn(rs, (r[0] + r[2]) / 2, (r[1] + r[3]) / 2)) return false;
      let crossed = false;
      edgesIn(rs, r, () => (crossed = true));
      return !crossed;
    },
    rectOnChongqing(r) {
      if (!inChongqing((r[0] + r[2]) / 2, (r[1] + r[3]) / 2)) return false;
      // Neighbours share their borders' vertices (one topology): an edge met an odd number of
      // times is on the city's outline.
      const seen = new Map<string, number>();
      for (const id of unitsNear(r)) {
        const rs = ringsFor(id);
        if (!rs) continue;
        edgesIn(rs, r, (ax, ay, bx, by) => {
          const a = `${ax},${ay}`;
          const b = `${bx},${by}`;
          const k = a < b ? `${a}|${b}` : `${b}|${a}`;
          seen.set(k, (seen.get(k) ?? 0) + 1);
        });
      }
      for (const n of seen.values()) if (n % 2) return false;
      return true;
    },
    rectOffChongqing(r) {
      if (inChongqing((r[0] + r[2]) / 2, (r[1] + r[3]) / 2)) return false;
      for (const id of unitsNear(r)) {
        const rs = ringsFor(id);
        let crossed = false;
        if (rs) edgesIn(rs, r, () => (crossed = true));
        if (crossed) return false;
      }
      return true;
    },
    rect: (id) => ringsFor(id)?.rect ?? null,
    roomiest(id, view, n, margin = 2) {
      const r = ringsFor(id);
      if (!r) return [];
      const x0 = Math.max(margin, r.rect[0]);
      const y0 = Math.max(margin, r.rect[1]);
      const x1 = Math.min(view.width - margin, r.rect[2]);
      const y1 = Math.min(view.height - margin, r.rect[3]);
      if (x1 <= x0 || y1 <= y0) return [];
      // A 16×16 grid over the visible extent: fine enough to find room for a label, and ≈ 0.2 ms
      // for a unit of a few hundred vertices.
      const STEPS = 16;
      const out: { x: number; y: number; room: number }[] = [];
      for (let i = 0; i < STEPS; i++)
        for (let j = 0; j < STEPS; j++) {
          const x = x0 + ((i + 0.5) * (x1 - x0)) / STEPS;
          const y = y0 + ((j + 0.5) * (y1 - y0)) / STEPS;
          if (!pointIn(r, x, y)) continue;
          const toView = Math.min(x, y, view.width - x, view.height - y);
          out.push({ x, y, room: Math.min(toView, edgeDistance(r, x, y)) });
        }
      return out.sort((a, b) => b.room - a.room).slice(0, n);
    },
  };
}

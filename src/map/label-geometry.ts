/**
 * The places' polygons in screen pixels, for label placement (label-placement.ts): is this point
 * on that unit, on Chongqing at all, and where inside the visible part of a unit is there room.
 * Pure and DOM-free; rings are projected on first use and kept for one camera, so re-placing
 * labels at a settled camera projects nothing again.
 */
import type { Atlas, PlaceShape } from '../geo/atlas.ts';
import { memoBy } from './layers/memo.ts';
import { toWorld } from './camera.ts';

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

/**
 * Whether segment a–b touches the rectangle: Liang–Barsky clipping, written out (it runs for
 * every edge near every tried box; a closure per call cost more than the test).
 */
function segmentHits(ax: number, ay: number, bx: number, by: number, r: Rect): boolean {
  if ((ax < r[0] && bx < r[0]) || (ax > r[2] && bx > r[2])) return false;
  if ((ay < r[1] && by < r[1]) || (ay > r[3] && by > r[3])) return false;
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  const ps = [-dx, dx, -dy, dy];
  const qs = [ax - r[0], r[2] - ax, ay - r[1], r[3] - ay];
  for (let i = 0; i < 4; i++) {
    const p = ps[i]!;
    const q = qs[i]!;
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return true;
}

/** Whether any edge of the rings touches the rectangle. */
function edgesHit(rs: Rings, r: Rect): boolean {
  if (rs.rect[0] > r[2] || rs.rect[2] < r[0] || rs.rect[1] > r[3] || rs.rect[3] < r[1])
    return false;
  for (const ring of rs.rings)
    for (let i = 2; i < ring.length; i += 2)
      if (segmentHits(ring[i - 2]!, ring[i - 1]!, ring[i]!, ring[i + 1]!, r)) return true;
  return false;
}

/** Points of `r` inside the view, roomiest first (ScreenShapes.roomiest). */
function roomiestIn(
  r: Rings,
  view: { width: number; height: number },
  n: number,
  margin: number,
): { x: number; y: number; room: number }[] {
  const x0 = Math.max(margin, r.rect[0]);
  const y0 = Math.max(margin, r.rect[1]);
  const x1 = Math.min(view.width - margin, r.rect[2]);
  const y1 = Math.min(view.height - margin, r.rect[3]);
  if (x1 <= x0 || y1 <= y0) return [];
  // A 10×10 grid over the visible extent: fine enough to find room for a label, and well
  // under 0.1 ms for a unit of a few hundred vertices.
  const STEPS = 10;
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
 * Chongqing's outline as segments [ax, ay, bx, by, …] in lng/lat, once per atlas: the units'
 * edges no other unit shares (neighbours share their borders' vertices: one topology).
 */
const outlineOf = memoBy((atlas: Atlas): Float64Array => {
  const seen = new Map<string, number[] | null>();
  for (const u of atlas.units)
    for (const ring of ringsOf(u))
      for (let i = 1; i < ring.length; i++) {
        const a = ring[i - 1]!;
        const b = ring[i]!;
        const ka = `${a[0]},${a[1]}`;
        const kb = `${b[0]},${b[1]}`;
        const k = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
        // Met twice: a border between two units, not the outline.
        if (seen.has(k)) seen.set(k, null);
        else seen.set(k, [a[0]!, a[1]!, b[0]!, b[1]!]);
      }
  return Float64Array.from([...seen.values()].flatMap((s) => s ?? []));
});

/** A shape's rings in web-mercator world units (toWorld), once per shape. */
const worldRings = memoBy((shape: PlaceShape): Float64Array[] =>
  ringsOf(shape).map((ring) => {
    const flat = new Float64Array(ring.length * 2);
    ring.forEach((p, i) => {
      const [x, y] = toWorld([p[0]!, p[1]!]);
      flat[i * 2] = x;
      flat[i * 2 + 1] = y;
    });
    return flat;
  }),
);

/**
 * `project` as screen = world × k + (x, y), when it is a flat web-mercator view (both renderers'
 * are, unpitched): then a camera change rescales world coordinates kept per shape, instead of
 * projecting every vertex anew. Null when three points say otherwise (it is then called per vertex).
 */
function affineOf(project: Project): { k: number; x: number; y: number } | null {
  const pts: [number, number][] = [
    [100, 20],
    [110, 30],
    [104, 31],
  ];
  const [a, b, c] = pts.map((p) => [toWorld(p), project(p)] as const);
  const k = (b![1][0] - a![1][0]) / (b![0][0] - a![0][0]);
  const x = a![1][0] - a![0][0] * k;
  const y = a![1][1] - a![0][1] * k;
  const off = (w: [number, number], s: [number, number]) =>
    Math.hypot(w[0] * k + x - s[0], w[1] * k + y - s[1]);
  return Number.isFinite(k) && off(...b!) < 0.01 && off(...c!) < 0.01 ? { k, x, y } : null;
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
  const affine = affineOf(project);
  const projected = new Map<string, Rings | null>();
  const ringsFor = (id: string): Rings | null => {
    let r = projected.get(id);
    if (r !== undefined) return r;
    const shape = atlas.shape(id);
    r = null;
    if (shape) {
      const rings = affine
        ? worldRings(shape).map((w) => {
            const flat = new Float64Array(w.length);
            for (let i = 0; i < w.length; i += 2) {
              flat[i] = w[i]! * affine.k + affine.x;
              flat[i + 1] = w[i + 1]! * affine.k + affine.y;
            }
            return flat;
          })
        : ringsOf(shape).map((ring) => {
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
  const roomMemo = new Map<string, { x: number; y: number; room: number }[]>();
  // The city's outline on screen, bucketed like the units, projected on first use.
  let outline: Map<number, number[]> | null = null;
  const outlineHits = (r: Rect): boolean => {
    if (!outline) {
      outline = new Map();
      const segs = outlineOf(atlas);
      for (let i = 0; i < segs.length; i += 4) {
        const [ax, ay] = project([segs[i]!, segs[i + 1]!]);
        const [bx, by] = project([segs[i + 2]!, segs[i + 3]!]);
        const cx0 = Math.floor(Math.max(-1e4, Math.min(ax, bx)) / CELL);
        const cx1 = Math.floor(Math.min(1e4, Math.max(ax, bx)) / CELL);
        const cy0 = Math.floor(Math.max(-1e4, Math.min(ay, by)) / CELL);
        const cy1 = Math.floor(Math.min(1e4, Math.max(ay, by)) / CELL);
        for (let cx = cx0; cx <= cx1; cx++)
          for (let cy = cy0; cy <= cy1; cy++) {
            const k = cx * 100_003 + cy;
            const list = outline.get(k);
            if (list) list.push(ax, ay, bx, by);
            else outline.set(k, [ax, ay, bx, by]);
          }
      }
    }
    for (let cx = Math.floor(r[0] / CELL); cx <= Math.floor(r[2] / CELL); cx++)
      for (let cy = Math.floor(r[1] / CELL); cy <= Math.floor(r[3] / CELL); cy++) {
        const list = outline.get(cx * 100_003 + cy);
        if (list)
          for (let i = 0; i < list.length; i += 4)
            if (segmentHits(list[i]!, list[i + 1]!, list[i + 2]!, list[i + 3]!, r)) return true;
      }
    return false;
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
      return !edgesHit(rs, r);
    },
    rectOnChongqing(r) {
      return inChongqing((r[0] + r[2]) / 2, (r[1] + r[3]) / 2) && !outlineHits(r);
    },
    rectOffChongqing(r) {
      return !inChongqing((r[0] + r[2]) / 2, (r[1] + r[3]) / 2) && !outlineHits(r);
    },
    rect: (id) => ringsFor(id)?.rect ?? null,
    roomiest(id, view, n, margin = 2) {
      const key = `${id}|${view.width}|${view.height}|${n}|${margin}`;
      const hit = roomMemo.get(key);
      if (hit) return hit;
      const r = ringsFor(id);
      const found = r ? roomiestIn(r, view, n, margin) : [];
      roomMemo.set(key, found);
      return found;
    },
  };
}

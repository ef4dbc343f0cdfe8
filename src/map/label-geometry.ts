/**
 * The places' polygons for label placement (label-placement.ts): is this screen point on that
 * unit, on Chongqing at all, and where inside the visible part of a unit is there room.
 * Pure and DOM-free.
 *
 * Placement runs on the main thread each time the camera settles, so it must cost a few ms. Both
 * renderers' projections are flat web-mercator views, screen = world × k + offset: the shapes
 * are therefore kept once per atlas in world coordinates — rings, extents, a grid of the units
 * and of the city's outline, the roomy points inside each unit — and a query is brought into world
 * coordinates instead of every vertex onto the screen. A projection that is not of that form (a
 * pitched map) gets the same structures built in screen pixels, per camera.
 */
import type { Atlas, PlaceShape } from '../geo/atlas.ts';
import { memoBy } from '../lib/memo.ts';
import type { Step } from '../lib/slices.ts';
import { toWorld, worldX, worldY } from './camera.ts';

type Project = (lngLat: [number, number]) => [number, number];

/** [x0, y0, x1, y1] in whatever units the rings are in. */
export type Rect = [number, number, number, number];

/** A shape's rings as flat [x0, y0, x1, y1, …] arrays, with their extent. */
interface Rings {
  rings: Float64Array[];
  rect: Rect;
}

/** A point inside a shape and its distance to the shape's outline (in the frame's units). */
interface Sample {
  x: number;
  y: number;
  room: number;
}

export interface ScreenShapes {
  /** Whether place `id` has a polygon (zones are points). */
  has(id: string): boolean;
  /** Whether the screen point lies on place `id`'s polygon. */
  inside(id: string, x: number, y: number): boolean;
  /** Whether the screen point lies on any of Chongqing's units. */
  inChongqing(x: number, y: number): boolean;
  /** The Chongqing unit the screen point lies on, or null. */
  unitAt(x: number, y: number): string | null;
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
   * edges) and outside every rectangle of `covers` (what hides the map there), those furthest
   * from the unit's outline and the view's edges first, each with that distance: where a label
   * has most room.
   */
  roomiest(
    id: string,
    view: { width: number; height: number },
    n: number,
    margin?: number,
    covers?: readonly Rect[],
  ): { x: number; y: number; room: number }[];
}

const ringsOf = (shape: PlaceShape): number[][][] =>
  shape.geometry.type === 'Polygon'
    ? shape.geometry.coordinates
    : shape.geometry.coordinates.flat();

/** Each unit's lng/lat extent, once per atlas. */
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

function flatExtent(rings: readonly Float64Array[]): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of rings)
    for (let i = 0; i < f.length; i += 2) {
      const x = f[i]!;
      const y = f[i + 1]!;
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
 * every edge near every tried box; arrays or a closure per call cost more than the test).
 */
function segmentHits(ax: number, ay: number, bx: number, by: number, r: Rect): boolean {
  if ((ax < r[0] && bx < r[0]) || (ax > r[2] && bx > r[2])) return false;
  if ((ay < r[1] && by < r[1]) || (ay > r[3] && by > r[3])) return false;
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  for (let i = 0; i < 4; i++) {
    const p = i === 0 ? -dx : i === 1 ? dx : i === 2 ? -dy : dy;
    const q = i === 0 ? ax - r[0] : i === 1 ? r[2] - ax : i === 2 ? ay - r[1] : r[3] - ay;
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

/**
 * A shape's edges bucketed on an EDGE_CELLS² grid over its extent, each cell a flat list
 * [ax, ay, bx, by, …] of the edges whose extent meets it: the nearest edge to a point inside is
 * found in the few cells round it (edgeDistance). Every edge tried against every sample point
 * was the search for room's whole cost: one unit's grid of points, ≈ 75 ms of a phone-speed CPU
 * (4× throttled), a start-up task of its own.
 */
interface EdgeIndex {
  cw: number;
  ch: number;
  cells: (number[] | undefined)[];
}
const EDGE_CELLS = 16;
const edgeIndexes = new WeakMap<Rings, EdgeIndex>();

function edgeIndex(r: Rings): EdgeIndex {
  let ix = edgeIndexes.get(r);
  if (ix) return ix;
  const [x0, y0, x1, y1] = r.rect;
  const n = EDGE_CELLS;
  const cw = (x1 - x0) / n || 1;
  const ch = (y1 - y0) / n || 1;
  const cells: (number[] | undefined)[] = new Array(n * n);
  const col = (x: number) => Math.min(n - 1, Math.max(0, Math.floor((x - x0) / cw)));
  const row = (y: number) => Math.min(n - 1, Math.max(0, Math.floor((y - y0) / ch)));
  for (const ring of r.rings)
    for (let i = 2; i < ring.length; i += 2) {
      const ax = ring[i - 2]!;
      const ay = ring[i - 1]!;
      const bx = ring[i]!;
      const by = ring[i + 1]!;
      const c1 = col(Math.max(ax, bx));
      const r1 = row(Math.max(ay, by));
      for (let cy = row(Math.min(ay, by)); cy <= r1; cy++)
        for (let cx = col(Math.min(ax, bx)); cx <= c1; cx++) {
          const list = cells[cy * n + cx];
          if (list) list.push(ax, ay, bx, by);
          else cells[cy * n + cx] = [ax, ay, bx, by];
        }
    }
  ix = { cw, ch, cells };
  edgeIndexes.set(r, ix);
  return ix;
}

/** The squared distance from (x, y) to the nearest of the edges in `list`, or `best`. */
function nearestIn(list: readonly number[], x: number, y: number, best: number): number {
  for (let i = 0; i < list.length; i += 4) {
    const ax = list[i]!;
    const ay = list[i + 1]!;
    const dx = list[i + 2]! - ax;
    const dy = list[i + 3]! - ay;
    const len = dx * dx + dy * dy;
    const t = len ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len)) : 0;
    const ex = ax + t * dx - x;
    const ey = ay + t * dy - y;
    const d = ex * ex + ey * ey;
    if (d < best) best = d;
  }
  return best;
}

/**
 * Distance from (x, y) to the nearest edge of any ring: the grid's cells in rings round the
 * point's, until no edge left out can be nearer than the one found (an edge in no cell within k
 * of the point's is at least k cells away). Exported for its test, which checks it against every
 * edge tried.
 */
export function edgeDistance(r: Rings, x: number, y: number): number {
  const [x0, y0, x1, y1] = r.rect;
  const { cw, ch, cells } = edgeIndex(r);
  const n = EDGE_CELLS;
  let best = Infinity;
  // Outside the extent the bound below does not hold: every edge (no sample lies there).
  if (x < x0 || x > x1 || y < y0 || y > y1) {
    for (const list of new Set(cells)) if (list) best = nearestIn(list, x, y, best);
    return Math.sqrt(best);
  }
  const px = Math.min(n - 1, Math.floor((x - x0) / cw));
  const py = Math.min(n - 1, Math.floor((y - y0) / ch));
  const step = Math.min(cw, ch);
  for (let k = 0; k < n; k++) {
    for (let cy = py - k; cy <= py + k; cy++) {
      if (cy < 0 || cy >= n) continue;
      // The ring's top and bottom rows whole; between them, its two ends.
      const whole = cy === py - k || cy === py + k;
      for (let cx = px - k; cx <= px + k; cx += whole || k === 0 ? 1 : 2 * k) {
        if (cx < 0 || cx >= n) continue;
        const list = cells[cy * n + cx];
        if (list) best = nearestIn(list, x, y, best);
      }
    }
    if (best <= (k * step) ** 2) break;
  }
  return Math.sqrt(best);
}

/**
 * The points of a steps×steps grid over `box` that lie on the shape, with their distance to its
 * outline. Which grid points are inside is found a row at a time (the edges crossing the row,
 * once), not by a point-in-polygon test per point.
 */
function gridSamples(r: Rings, box: Rect, steps: number): Sample[] {
  const [x0, y0, x1, y1] = box;
  const out: Sample[] = [];
  const xs: number[] = [];
  for (let j = 0; j < steps; j++) {
    const y = y0 + ((j + 0.5) * (y1 - y0)) / steps;
    xs.length = 0;
    for (const ring of r.rings)
      for (let i = 0, k = ring.length - 2; i < ring.length; k = i, i += 2) {
        const yi = ring[i + 1]!;
        const yk = ring[k + 1]!;
        if (yi > y !== yk > y) xs.push(((ring[k]! - ring[i]!) * (y - yi)) / (yk - yi) + ring[i]!);
      }
    if (!xs.length) continue;
    xs.sort((a, b) => a - b);
    let c = 0;
    for (let i = 0; i < steps; i++) {
      const x = x0 + ((i + 0.5) * (x1 - x0)) / steps;
      while (c < xs.length && xs[c]! <= x) c++;
      // An odd number of crossings left of the point: inside (the even-odd rule of pointIn).
      if (c % 2) out.push({ x, y, room: edgeDistance(r, x, y) });
    }
  }
  return out;
}

/**
 * Chongqing's outline as segments [ax, ay, bx, by, …] in lng/lat, once per atlas: the units'
 * edges no other unit shares (the atlas's cityOutline, from the topology's arcs; comparing every edge of every
 * unit by its vertices took ≈ 35 ms, 150 ms on a phone, in the first placement).
 */
const outlineOf = memoBy((atlas: Atlas): Float64Array => {
  const out: number[] = [];
  for (const line of atlas.cityOutline.coordinates)
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      out.push(a[0]!, a[1]!, b[0]!, b[1]!);
    }
  return Float64Array.from(out);
});

/** A shape's rings in web-mercator world units (toWorld), once per shape. */
export const worldRings = memoBy((shape: PlaceShape): Float64Array[] =>
  ringsOf(shape).map((ring) => {
    const flat = new Float64Array(ring.length * 2);
    for (let i = 0; i < ring.length; i++) {
      const p = ring[i]!;
      flat[i * 2] = worldX(p[0]!);
      flat[i * 2 + 1] = worldY(p[1]!);
    }
    return flat;
  }),
);

/**
 * The shapes in one coordinate frame (world units, or screen pixels for a projection that is not
 * a flat mercator view), and what is found in them, each on first use.
 */
interface Frame {
  rings(id: string): Rings | null;
  /** The units whose extent holds the point. */
  unitsAt(x: number, y: number): readonly string[];
  /** Whether an edge of the city's outline touches the rectangle. */
  outlineHits(r: Rect): boolean;
  /**
   * Whether the point lies on any of Chongqing's units (`inside`: on one unit). A cell of the grid
   * that no edge of the city's outline crosses lies wholly on the city or wholly off it: its
   * answer is found once, at its first point, and kept.
   */
  onChongqing(x: number, y: number, inside: (id: string, x: number, y: number) => boolean): boolean;
  /** Makes the outline's grid of edges ahead, up to `share` (0–1) of them. */
  buildOutline(share: number): void;
  /** The shape's points on a ROOM_STEPS² grid over its extent (ScreenShapes.roomiest). */
  samples(id: string): readonly Sample[];
}

/**
 * The grid of points searched for room in a whole shape. 16 across: a unit seen whole at the
 * first view is 30–250 px wide, so a point every 2–16 px; a close-up showing a quarter of a
 * neighbour still has a dozen of its points in view.
 */
const ROOM_STEPS = 16;

/** Cells across the units' extent in the grids of units and of the outline. */
const GRID_CELLS = 64;

/**
 * What a frame is made of: the places' polygons, the units' extents and the city's outline — the
 * atlas's (screenShapes) or a copy of them in world units (WorldShapes: the label worker's).
 */
interface ShapeSource {
  /** Place `id`'s rings in the frame's units, or null for a place with no polygon. */
  rings(id: string): Float64Array[] | null;
  /** Each of Chongqing's units and its lng/lat extent. */
  units(): ReadonlyMap<string, Rect>;
  /** Chongqing's outline as segments [ax, ay, bx, by, …] in lng/lat. */
  outline(): Float64Array;
  /**
   * Points made elsewhere over the same rings (packSamples: the label worker's), used for the
   * places this frame has not sampled yet instead of searching their shapes again. Asked for on
   * a place's first search, so that taking them costs nothing when they arrive.
   */
  adopted?(id: string): Float64Array | undefined;
}

function makeFrame(
  source: ShapeSource,
  point: (lngLat: [number, number]) => [number, number],
): Frame {
  const rings = new Map<string, Rings | null>();
  const ringsFor = (id: string): Rings | null => {
    let r = rings.get(id);
    if (r !== undefined) return r;
    const rs = source.rings(id);
    r = rs && { rings: rs, rect: flatExtent(rs) };
    rings.set(id, r);
    return r;
  };
  // The units by extent (two corners each: mercator keeps axes apart) in a grid over them all,
  // so "is this on Chongqing?" tests the one or two units whose extent holds the point.
  const unitRects: { id: string; rect: Rect }[] = [];
  let all: Rect = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [id, [w, s, e, n]] of source.units()) {
    const [ax, ay] = point([w, n]);
    const [bx, by] = point([e, s]);
    const rect: Rect = [Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)];
    unitRects.push({ id, rect });
    all = [
      Math.min(all[0], rect[0]),
      Math.min(all[1], rect[1]),
      Math.max(all[2], rect[2]),
      Math.max(all[3], rect[3]),
    ];
  }
  const cell = Math.max(all[2] - all[0], all[3] - all[1]) / GRID_CELLS || 1;
  const key = (cx: number, cy: number) => cx * 100_003 + cy;
  const bucket = <T>(grid: Map<number, T[]>, r: Rect, add: (list: T[] | undefined) => T[]) => {
    const cx1 = Math.floor(r[2] / cell);
    const cy1 = Math.floor(r[3] / cell);
    for (let cx = Math.floor(r[0] / cell); cx <= cx1; cx++)
      for (let cy = Math.floor(r[1] / cell); cy <= cy1; cy++) {
        const k = key(cx, cy);
        const list = grid.get(k);
        const next = add(list);
        if (!list) grid.set(k, next);
      }
  };
  const units = new Map<number, string[]>();
  for (const { id, rect } of unitRects)
    bucket(units, rect, (list) => {
      if (!list) return [id];
      list.push(id);
      return list;
    });
  // The grid of the city's outline edges. Plain loops, each vertex projected once: built on first
  // use, or ahead at start-up in parts (`buildOutline`), a step each — it ran cold there (not yet
  // optimised): the closure per segment cost ≈ 18 ms, and the whole grid in one task 15–70 ms of
  // a phone's CPU (4×, bench/probes/tasks.ts).
  const outline = new Map<number, number[]>();
  let segs: Float64Array | null = null;
  let done = 0;
  // Consecutive segments share a vertex: its projection is reused. No destructuring: cold code
  // walks an iterator for each (≈ 3× this loop's time on a phone's CPU).
  let lastLng = NaN;
  let lastLat = NaN;
  let lastX = 0;
  let lastY = 0;
  /** Adds the outline's edges up to `share` (0–1) of them to the grid. */
  const buildOutline = (share: number): void => {
    segs ??= source.outline();
    const end = Math.min(segs.length, Math.ceil((segs.length * share) / 4) * 4);
    for (let i = done; i < end; i += 4) {
      let ax = lastX;
      let ay = lastY;
      if (segs[i] !== lastLng || segs[i + 1] !== lastLat) {
        const pa = point([segs[i]!, segs[i + 1]!]);
        ax = pa[0];
        ay = pa[1];
      }
      const pb = point([segs[i + 2]!, segs[i + 3]!]);
      const bx = pb[0];
      const by = pb[1];
      lastLng = segs[i + 2]!;
      lastLat = segs[i + 3]!;
      lastX = bx;
      lastY = by;
      const cx1 = Math.floor(Math.max(ax, bx) / cell);
      const cy1 = Math.floor(Math.max(ay, by) / cell);
      for (let cx = Math.floor(Math.min(ax, bx) / cell); cx <= cx1; cx++)
        for (let cy = Math.floor(Math.min(ay, by) / cell); cy <= cy1; cy++) {
          const k = key(cx, cy);
          const list = outline.get(k);
          if (list) list.push(ax, ay, bx, by);
          else outline.set(k, [ax, ay, bx, by]);
        }
    }
    done = Math.max(done, end);
  };
  const samples = new Map<string, Sample[]>();
  const NONE: readonly string[] = [];
  const unitsAt = (x: number, y: number) =>
    units.get(key(Math.floor(x / cell), Math.floor(y / cell))) ?? NONE;
  /** Per cell that no outline edge crosses: whether it lies on the city. */
  const cellOn = new Map<number, boolean>();
  return {
    rings: ringsFor,
    unitsAt,
    onChongqing(x, y, inside) {
      if (segs === null || done < segs.length) buildOutline(1);
      const k = key(Math.floor(x / cell), Math.floor(y / cell));
      const crossed = outline.has(k);
      let v = crossed ? undefined : cellOn.get(k);
      if (v === undefined) {
        v = false;
        for (const id of units.get(k) ?? NONE)
          if (inside(id, x, y)) {
            v = true;
            break;
          }
        if (!crossed) cellOn.set(k, v);
      }
      return v;
    },
    buildOutline,
    outlineHits(r) {
      if (segs === null || done < segs.length) buildOutline(1);
      const cx1 = Math.floor(r[2] / cell);
      const cy1 = Math.floor(r[3] / cell);
      for (let cx = Math.floor(r[0] / cell); cx <= cx1; cx++)
        for (let cy = Math.floor(r[1] / cell); cy <= cy1; cy++) {
          const list = outline.get(key(cx, cy));
          if (list)
            for (let i = 0; i < list.length; i += 4)
              if (segmentHits(list[i]!, list[i + 1]!, list[i + 2]!, list[i + 3]!, r)) return true;
        }
      return false;
    },
    samples(id) {
      let s = samples.get(id);
      if (!s) {
        const packed = source.adopted?.(id);
        const r = packed ? null : ringsFor(id);
        s = packed ? unpackSamples(packed) : r ? gridSamples(r, r.rect, ROOM_STEPS) : [];
        samples.set(id, s);
      }
      return s;
    },
  };
}

/** Samples as [x, y, room, …]: what a message copies as one block (a worker's to the page). */
function packSamples(list: readonly Sample[]): Float64Array {
  const out = new Float64Array(list.length * 3);
  list.forEach((s, i) => {
    out[i * 3] = s.x;
    out[i * 3 + 1] = s.y;
    out[i * 3 + 2] = s.room;
  });
  return out;
}

function unpackSamples(packed: Float64Array): Sample[] {
  const out: Sample[] = [];
  for (let i = 0; i + 2 < packed.length; i += 3)
    out.push({ x: packed[i]!, y: packed[i + 1]!, room: packed[i + 2]! });
  return out;
}

/** The points the label worker searched for each atlas's units (adoptWorldSamples). */
const adoptedSamples = new WeakMap<Atlas, ReadonlyMap<string, Float64Array>>();

/** The atlas's shapes as a frame's source, each shape's rings in world units on first use. */
const atlasWorld = (atlas: Atlas): ShapeSource => ({
  rings: (id) => {
    const shape = atlas.shape(id);
    return shape ? worldRings(shape) : null;
  },
  units: () => lngLatRects(atlas),
  outline: () => outlineOf(atlas),
});

/**
 * The shapes in world units, once per atlas (each part on first use), with the points the label
 * worker searched in the same units. Only this frame takes them: a frame in a view's own pixels
 * (a tilted live map: screenShapes) searches its own.
 */
const worldFrame = memoBy((atlas: Atlas) =>
  makeFrame({ ...atlasWorld(atlas), adopted: (id) => adoptedSamples.get(atlas)?.get(id) }, toWorld),
);

/**
 * The places' polygons as placement needs them, in world units, apart from the atlas: what the
 * label worker is sent once (label-worker.ts) to make its own frame (maps and typed arrays, which
 * a message copies as they are).
 */
export interface WorldShapes {
  /** Each place with a polygon: its rings in web-mercator world units (toWorld). */
  rings: Map<string, Float64Array[]>;
  /** Each of Chongqing's units: its lng/lat extent. */
  units: Map<string, Rect>;
  /** Chongqing's outline, segments [ax, ay, bx, by, …] in lng/lat. */
  outline: Float64Array;
}

/**
 * worldShapes(atlas) made in parts, for start-up slices: each place's rings, the city's outline,
 * the units' extents, then the copy (as one unit the outline and the rings were ≈ 35 ms at 4×
 * CPU after the first paint: bench/probes/tasks.ts, 2026-12-05).
 */
export function* makingWorldShapes(atlas: Atlas): Generator<void, WorldShapes> {
  for (const id of atlas.places.keys()) {
    const shape = atlas.shape(id);
    if (shape) worldRings(shape);
    yield;
  }
  void atlas.cityOutline;
  yield;
  outlineOf(atlas);
  yield;
  lngLatRects(atlas);
  yield;
  return worldShapes(atlas);
}

/** The atlas's WorldShapes, once per atlas. */
export const worldShapes = memoBy((atlas: Atlas): WorldShapes => ({
  rings: new Map(
    [...atlas.places.keys()].flatMap((id) => {
      const shape = atlas.shape(id);
      return shape ? [[id, worldRings(shape)] as const] : [];
    }),
  ),
  units: new Map(lngLatRects(atlas)),
  outline: outlineOf(atlas),
}));

/** A frame over WorldShapes (the worker's), once per copy. */
const copiedFrame = memoBy((w: WorldShapes) =>
  makeFrame(
    { rings: (id) => w.rings.get(id) ?? null, units: () => w.units, outline: () => w.outline },
    toWorld,
  ),
);

/**
 * Makes ahead, in a worker that has the time, what a first placement over `w` would make on
 * first use: the outline's grid and each unit's points searched for room.
 */
export function warmWorldShapes(w: WorldShapes): void {
  const frame = copiedFrame(w);
  frame.buildOutline(1);
  for (const id of w.units.keys()) frame.samples(id);
}

/**
 * Each unit's points searched for room in `w` (made by warmWorldShapes), packed: what the worker
 * sends back so that the page's own frame need not search the same shapes again.
 */
export function worldSamples(w: WorldShapes): Map<string, Float64Array> {
  const frame = copiedFrame(w);
  // (A unit with no polygon in the copy is left for the page, which has its shape.)
  return new Map(
    [...w.units.keys()]
      .filter((id) => w.rings.has(id))
      .map((id) => [id, packSamples(frame.samples(id))]),
  );
}

/**
 * The page's frame over `atlas` takes the points the worker found (worldSamples over
 * worldShapes(atlas): the same rings in the same units, so the same points). Kept as they came:
 * a unit's are unpacked on its first search (made at once, the page's frame and the unpacking
 * were one task of ≈ 40 ms at 4× CPU as the worker's message arrived, 2026-12-05).
 */
export function adoptWorldSamples(atlas: Atlas, packed: ReadonlyMap<string, Float64Array>): void {
  adoptedSamples.set(atlas, packed);
}

/** WorldShapes seen through a flat web-mercator view (`a`: affineOf the view's projection). */
export function shapesFromWorld(w: WorldShapes, a: Affine): ScreenShapes {
  return shapesThrough((id) => w.rings.has(id), copiedFrame(w), a);
}

/** The outline's grid is built ahead in this many parts (a third was 60–70 ms of a phone's CPU). */
const OUTLINE_PARTS = 12;

/**
 * What the first placement would otherwise make in one go, made ahead in start-up slices (on a
 * phone they were one task of ≈ 300 ms): the city's outline (the topology's arcs that only one
 * unit uses), then the frame of shapes and its grid of outline edges, then each unit's grid of
 * points searched for room, a unit each (made on a name's first search, a shape's grid was one
 * placement step of 50–110 ms on a phone's CPU, 4× throttled: bench/probes/tasks.ts).
 */
export const labelGeometrySteps = (atlas: Atlas): Step[] => [
  () => atlas.cityOutline,
  () => outlineOf(atlas),
  () => lngLatRects(atlas),
  () => worldFrame(atlas),
  function* outlineGrid() {
    for (let k = 1; k <= OUTLINE_PARTS; k++) {
      worldFrame(atlas).buildOutline(k / OUTLINE_PARTS);
      yield;
    }
  },
  function* sampled() {
    for (const u of atlas.units) {
      // Those the label worker searched are unpacked on a name's first search (a copy, not a
      // search: well under a millisecond), not all ahead.
      if (adoptedSamples.get(atlas)?.has(u.properties.id)) continue;
      worldFrame(atlas).samples(u.properties.id);
      yield;
    }
  },
];

/** screen = frame × k + (x, y). */
export interface Affine {
  k: number;
  x: number;
  y: number;
}

/**
 * `project` as screen = world × k + (x, y), when it is a flat web-mercator view (both renderers'
 * are, unpitched). Null when three points say otherwise.
 */
export function affineOf(project: Project): Affine | null {
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
  return Number.isFinite(k) && k > 0 && off(...b!) < 0.01 && off(...c!) < 0.01 ? { k, x, y } : null;
}

/**
 * The camera a `project` stands for, as a key: three projected points fix a web-mercator view
 * (offset and scale), so two calls at the same camera share their shapes.
 */
function cameraKey(project: Project): string {
  return [project([100, 20]), project([110, 30]), project([105, 25])].flat().join(',');
}

let last: { atlas: Atlas; key: string; shapes: ScreenShapes } | null = null;

/** The atlas's shapes under `project`; the same object while atlas and camera stay the same. */
export function screenShapes(atlas: Atlas, project: Project): ScreenShapes {
  const key = cameraKey(project);
  if (last && last.atlas === atlas && last.key === key) return last.shapes;
  const affine = affineOf(project);
  const has = (id: string) => !!atlas.shape(id);
  const shapes = affine
    ? shapesThrough(has, worldFrame(atlas), affine)
    : shapesThrough(
        has,
        makeFrame(
          {
            ...atlasWorld(atlas),
            rings: (id) => {
              const shape = atlas.shape(id);
              return shape
                ? ringsOf(shape).map((ring) => {
                    const flat = new Float64Array(ring.length * 2);
                    ring.forEach((p, i) => {
                      const [x, y] = project([p[0]!, p[1]!]);
                      flat[i * 2] = x;
                      flat[i * 2 + 1] = y;
                    });
                    return flat;
                  })
                : null;
            },
          },
          project,
        ),
        { k: 1, x: 0, y: 0 },
      );
  last = { atlas, key, shapes };
  return shapes;
}

/** Whether (x, y) lies in any of the rectangles. */
const inAny = (rects: readonly Rect[], x: number, y: number) =>
  rects.some((r) => x >= r[0] && x <= r[2] && y >= r[1] && y <= r[3]);

/** ScreenShapes over a frame seen through `a`: each query is brought into the frame's units. */
function shapesThrough(has: (id: string) => boolean, frame: Frame, a: Affine): ScreenShapes {
  const fx = (x: number) => (x - a.x) / a.k;
  const fy = (y: number) => (y - a.y) / a.k;
  // One rectangle for each query's frame coordinates: placement asks ~100,000 times at national
  // scale, and an array each was garbage (nothing keeps it past the query).
  const f: Rect = [0, 0, 0, 0];
  const toFrame = (r: Rect): Rect => {
    f[0] = fx(r[0]);
    f[1] = fy(r[1]);
    f[2] = fx(r[2]);
    f[3] = fy(r[3]);
    return f;
  };
  const toScreen = (r: Rect): Rect => [
    r[0] * a.k + a.x,
    r[1] * a.k + a.y,
    r[2] * a.k + a.x,
    r[3] * a.k + a.y,
  ];
  const insideF = (id: string, x: number, y: number) => {
    const r = frame.rings(id);
    return !!r && pointIn(r, x, y);
  };
  const inChongqingF = (x: number, y: number) => frame.onChongqing(x, y, insideF);
  const rects = new Map<string, Rect | null>();
  const roomMemo = new Map<string, Sample[]>();
  return {
    has,
    inside: (id, x, y) => insideF(id, fx(x), fy(y)),
    inChongqing: (x, y) => inChongqingF(fx(x), fy(y)),
    unitAt(x, y) {
      const [X, Y] = [fx(x), fy(y)];
      return frame.unitsAt(X, Y).find((id) => insideF(id, X, Y)) ?? null;
    },
    rectInside(id, r) {
      const rs = frame.rings(id);
      if (!rs) return false;
      toFrame(r);
      if (f[0] < rs.rect[0] || f[2] > rs.rect[2] || f[1] < rs.rect[1] || f[3] > rs.rect[3])
        return false;
      if (!pointIn(rs, (f[0] + f[2]) / 2, (f[1] + f[3]) / 2)) return false;
      return !edgesHit(rs, f);
    },
    rectOnChongqing(r) {
      toFrame(r);
      return inChongqingF((f[0] + f[2]) / 2, (f[1] + f[3]) / 2) && !frame.outlineHits(f);
    },
    rectOffChongqing(r) {
      toFrame(r);
      return !inChongqingF((f[0] + f[2]) / 2, (f[1] + f[3]) / 2) && !frame.outlineHits(f);
    },
    rect(id) {
      let r = rects.get(id);
      if (r === undefined) {
        const rs = frame.rings(id);
        r = rs ? toScreen(rs.rect) : null;
        rects.set(id, r);
      }
      return r;
    },
    roomiest(id, view, n, margin = 2, covers = []) {
      const key = `${id}|${view.width}|${view.height}|${n}|${margin}|${covers.join(';')}`;
      let found = roomMemo.get(key);
      if (!found) {
        found = roomIn(frame, a, id, view, margin, covers).slice(0, n);
        roomMemo.set(key, found);
      }
      return found;
    },
  };
}

/**
 * Points of shape `id` inside the view and outside `covers`, roomiest first (ScreenShapes.roomiest),
 * in screen pixels. The shape's own grid of points (kept per frame) serves when any of them is in
 * view; only a sliver too thin to hold one is searched afresh, on a grid over the part in view.
 */
function roomIn(
  frame: Frame,
  a: Affine,
  id: string,
  view: { width: number; height: number },
  margin: number,
  covers: readonly Rect[],
): Sample[] {
  const rs = frame.rings(id);
  if (!rs) return [];
  const x0 = Math.max(margin, rs.rect[0] * a.k + a.x);
  const y0 = Math.max(margin, rs.rect[1] * a.k + a.y);
  const x1 = Math.min(view.width - margin, rs.rect[2] * a.k + a.x);
  const y1 = Math.min(view.height - margin, rs.rect[3] * a.k + a.y);
  if (x1 <= x0 || y1 <= y0) return [];
  const out: Sample[] = [];
  const keep = (s: Sample) => {
    const x = s.x * a.k + a.x;
    const y = s.y * a.k + a.y;
    if (x < x0 || x > x1 || y < y0 || y > y1 || inAny(covers, x, y)) return;
    const toView = Math.min(x, y, view.width - x, view.height - y);
    out.push({ x, y, room: Math.min(toView, s.room * a.k) });
  };
  for (const s of frame.samples(id)) keep(s);
  if (!out.length) {
    const box: Rect = [(x0 - a.x) / a.k, (y0 - a.y) / a.k, (x1 - a.x) / a.k, (y1 - a.y) / a.k];
    for (const s of gridSamples(rs, box, 10)) keep(s);
  }
  return out.sort((p, q) => q.room - p.room);
}

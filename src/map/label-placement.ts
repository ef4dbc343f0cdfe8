import { extent, type Atlas, type RiverShape } from '../geo/atlas.ts';
import { memoBy, memoLast } from '../lib/memo.ts';
import type { Pause, Step } from '../lib/slices.ts';
import type { BaseRecord } from '../data/types.ts';
import { byCode } from '../lib/order.ts';
import type { ProjectMarks, Verdict, ViewState } from '../state/store.ts';
import type { LayerContext } from './layers/context.ts';
import { labelCandidates, labelScale, labelSize, labelText, placeBases } from './marks.ts';
import {
  affineOf,
  labelGeometrySteps,
  screenShapes,
  type Affine,
  type Rect,
  type ScreenShapes,
} from './label-geometry.ts';

/**
 * Greedy label placement on the CPU, for both renderers, that never puts a name on the wrong
 * place: a label on the wrong district is worse than none, the reader believes it. Labels are
 * taken in priority order; each goes to the first candidate position that overlaps no kept label
 * or leader line and no symbol, and lies on its own place:
 * - an area's (a district's, a Sichuan city's) box wholly inside its own polygon: round its
 *   anchor first, then wherever the visible part of the shape has most room (so a close-up whose
 *   anchors are off screen still names the neighbours);
 * - or, for an area too small to hold its name, on a leader of at most LEADER_MAX px whose end
 *   is inside the area, the box on Chongqing for a Chongqing unit and off it for a Sichuan place;
 * - a zone's (a point, drawn as a diamond) beside its diamond or on such a leader, on Chongqing.
 * A label that fits none of these is left out at this zoom; it appears as the user zooms in.
 * The 60-odd labels of the city take a few ms: the shapes are projected once per camera, and
 * boxes are tested against a shape's extent before its edges.
 */

/**
 * The longest leader line, in CSS px. At the first view at 1440×900 the central districts are
 * 15–40 px across: a line of up to 40 px reaches from a district to a label just past its
 * neighbour, and still reads as one mark with it; the 60–250 px lines this replaces crossed whole
 * districts and were read as naming the one they ended beside.
 */
export const LEADER_MAX = 40;

/** A box in screen pixels: centre and size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type LabelKind = 'place' | 'core' | 'river';

/** Where a label belongs, which decides where it may go. */
export type LabelHome =
  /** A place with a polygon (`chongqing`: one of the 38 units, else a Sichuan place). */
  | { kind: 'area'; id: string; chongqing: boolean }
  /** A place drawn as a point (a functional zone's diamond) at the candidate's x, y. */
  | { kind: 'point' }
  /** Anything the box may cover (主城's name, a river's; boxes in tests). */
  | { kind: 'free' };

export interface LabelCandidate extends Box {
  id: string;
  /** Higher wins. */
  priority: number;
  /**
   * What the view is about (the selected place, a chapter's highlighted ones): may be set away
   * over an unnamed neighbour (unnamedUnder), its outline drawn in the highlight colour shows
   * which shape its name is for.
   */
  lead?: boolean;
  kind?: LabelKind;
  /** Where it belongs: `free` when not given. */
  home?: LabelHome;
  text?: string;
  angle?: number;
  size?: number;
}

export interface PlacedLabel extends Box {
  id: string;
  /** A place's name; 主城's; a river's (italic, along it). */
  kind: LabelKind;
  text: string;
  /** Rotation in degrees (rivers: along the river). */
  angle: number;
  /** Font size in pixels. */
  size: number;
  /** Where a leader line from the label ends (on its place), when the label sits away from it. */
  leader: [number, number] | null;
  /** The view's subject (LabelCandidate.lead). */
  lead?: boolean;
}

const FREE: LabelHome = { kind: 'free' };

const overlaps = (a: Box, b: Box, pad: number): boolean =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width + pad * 2 &&
  Math.abs(a.y - b.y) * 2 < a.height + b.height + pad * 2;

/** From (x, y) to the nearest point of the box: the leader line the map draws. */
export function leaderLength(b: Box, [x, y]: readonly [number, number]): number {
  const ex = Math.max(b.x - b.width / 2, Math.min(x, b.x + b.width / 2));
  const ey = Math.max(b.y - b.height / 2, Math.min(y, b.y + b.height / 2));
  return Math.hypot(x - ex, y - ey);
}

type Offset = { dx: number; dy: number };

/**
 * Offsets from the anchor to try for a w×h label, nearest first: on it and nudged a few pixels
 * (a neighbour's row of base markers often clips a label that a nudge clears, and a nudged label
 * is still on its own district), then just beside it; then, with `leader`, out on a leader line
 * of at most LEADER_MAX px, shortest first.
 */
export function candidateOffsets(
  w: number,
  h: number,
  leader = true,
): { dx: number; dy: number; leader: boolean }[] {
  const near: Offset[] = [];
  for (const dy of [0, -8, 8, -15, 15])
    for (const dx of [0, -14, 14, -26, 26]) near.push({ dx, dy });
  near.sort((a, b) => Math.hypot(a.dx, a.dy) - Math.hypot(b.dx, b.dy));
  const out = [
    ...near,
    { dx: 0, dy: -(h / 2 + 9) },
    { dx: w / 2 + 10, dy: 0 },
    { dx: -(w / 2 + 10), dy: 0 },
  ].map((o) => ({ ...o, leader: false }));
  return leader ? [...out, ...leaderOffsets(w, h, 0)] : out;
}

/**
 * Boxes on a leader from the anchor, shortest line first: 16 directions, the box's edge 6…40 px
 * out. `clear` is the radius of a symbol on the anchor the box keeps off (a zone's diamond).
 */
function leaderOffsets(w: number, h: number, clear: number) {
  const out: { dx: number; dy: number; leader: boolean; len: number }[] = [];
  for (let k = 0; k < 16; k++) {
    const a = (k * Math.PI) / 8 - Math.PI / 2;
    const [c, s] = [Math.cos(a), Math.sin(a)];
    // Along the ray, where it leaves a box centred on the anchor.
    const edge = Math.min(
      Math.abs(c) > 1e-9 ? w / 2 / Math.abs(c) : Infinity,
      Math.abs(s) > 1e-9 ? h / 2 / Math.abs(s) : Infinity,
    );
    for (const gap of [6, 12, 20, 30, 40]) {
      const dx = c * (edge + gap);
      const dy = s * (edge + gap);
      const len = leaderLength({ x: dx, y: dy, width: w, height: h }, [0, 0]);
      if (len >= 4 + clear && len <= LEADER_MAX - 0.5) out.push({ dx, dy, leader: true, len });
    }
  }
  return out.sort((a, b) => a.len - b.len);
}

/** Whether a box is where its home allows: the rules in this file's first comment. */
function onItsPlace(
  box: Box,
  end: [number, number] | null,
  home: LabelHome,
  shapes: ScreenShapes,
): boolean {
  return endOnItsPlace(end, home, shapes) && boxOnItsPlace(box, end, home, shapes);
}

/** Whether a leader's end (if any) is where its home allows: on its area. */
function endOnItsPlace(end: [number, number] | null, home: LabelHome, shapes: ScreenShapes) {
  return !end || home.kind !== 'area' || shapes.inside(home.id, end[0], end[1]);
}

/**
 * The box half of onItsPlace, for a leader's end already found on its place. One rectangle reused:
 * placement asks this for each of ~100,000 positions at national scale, and an array each was
 * garbage the collector then took time for (the shapes only read it).
 */
const scratch: Rect = [0, 0, 0, 0];
function boxOnItsPlace(
  box: Box,
  end: [number, number] | null,
  home: LabelHome,
  shapes: ScreenShapes,
): boolean {
  if (home.kind === 'free') return true;
  const r = scratch;
  r[0] = box.x - box.width / 2;
  r[1] = box.y - box.height / 2;
  r[2] = box.x + box.width / 2;
  r[3] = box.y + box.height / 2;
  if (home.kind === 'point') return shapes.rectOnChongqing(r);
  if (!end) return shapes.rectInside(home.id, r);
  return home.chongqing ? shapes.rectOnChongqing(r) : shapes.rectOffChongqing(r);
}

/**
 * The unit, other than `own` and with no name of its own (`named` does not hold it), that a name
 * set away on a leader would be read as naming: the one under the box's middle, or one under
 * more than half of it (綦江's name over 南川's area on the liquor handout, 南川 unnamed). Over a
 * named neighbour the reader sees both names and follows the line — except over a subject of the
 * view (`leads`: a chapter's highlighted places, the selected one), whose outlined area carries its
 * own name only (大渡口's name set away onto highlighted 江津 in a briefing chapter): a lead counts
 * as unnamed here. Sampled on a 7×3 grid.
 */
function unnamedUnder(
  box: Box,
  own: string,
  shapes: ScreenShapes,
  named: { has(id: string): boolean },
  leads: ReadonlySet<string> = new Set(),
): string | null {
  const bare = (u: string) => !named.has(u) || leads.has(u);
  const middle = shapes.unitAt(box.x, box.y);
  if (middle && middle !== own && bare(middle)) return middle;
  const counts = new Map<string, number>();
  for (let i = 0; i < 7; i++)
    for (let j = 0; j < 3; j++) {
      const u = shapes.unitAt(
        box.x - box.width / 2 + (box.width * (i + 0.5)) / 7,
        box.y - box.height / 2 + (box.height * (j + 0.5)) / 3,
      );
      if (u && u !== own) counts.set(u, (counts.get(u) ?? 0) + 1);
    }
  for (const [u, n] of counts) if (n > 10 && bare(u)) return u;
  return null;
}

/**
 * Boxes bucketed by a 64-px grid, so "does this box touch any?" looks at its neighbours only: at
 * national scale (3,000 labels, 10,000 base markers) testing every pair made each filter change
 * cost ≈ 90 ms more.
 */
class BoxGrid {
  private cells = new Map<number, Box[]>();
  private static readonly CELL = 64;
  private all: Box[] = [];
  private sure: SureRaster | null = null;
  /**
   * No more boxes will be added: keep a raster of where they surely are, in `view`, so a box
   * that lands on one is told so without looking through the lists (at national scale the
   * 10,000 base markers cover the map, and 200,000 tried boxes each fell on one).
   */
  seal(view: { width: number; height: number }): void {
    if (this.all.length > 200 && Number.isFinite(view.width) && Number.isFinite(view.height))
      this.sure = new SureRaster(this.all, view);
  }
  add(b: Box): void {
    this.all.push(b);
    const c = BoxGrid.CELL;
    const x1 = Math.floor((b.x + b.width / 2) / c);
    const y1 = Math.floor((b.y + b.height / 2) / c);
    for (let x = Math.floor((b.x - b.width / 2) / c); x <= x1; x++)
      for (let y = Math.floor((b.y - b.height / 2) / c); y <= y1; y++) {
        const k = x * 100_003 + y;
        const list = this.cells.get(k);
        if (list) list.push(b);
        else this.cells.set(k, [b]);
      }
  }
  /** Whether `b` (grown by `pad`) overlaps any box; no allocation (it runs ~100,000 times). */
  hits(b: Box, pad: number): boolean {
    if (this.sure?.hits(b, pad)) return true;
    const c = BoxGrid.CELL;
    const x1 = Math.floor((b.x + b.width / 2 + pad) / c);
    const y1 = Math.floor((b.y + b.height / 2 + pad) / c);
    for (let x = Math.floor((b.x - b.width / 2 - pad) / c); x <= x1; x++)
      for (let y = Math.floor((b.y - b.height / 2 - pad) / c); y <= y1; y++) {
        const list = this.cells.get(x * 100_003 + y);
        if (list) for (const o of list) if (overlaps(o, b, pad)) return true;
      }
    return false;
  }
}

/**
 * Where boxes surely are: the 4-px cells lying wholly inside one, summed (a summed-area table) so
 * that whether a box holds any such cell is four look-ups. A box that holds one overlaps that box;
 * one that holds none may still overlap a box's edge, and is tested exactly (BoxGrid).
 */
class SureRaster {
  private static readonly CELL = 4;
  private readonly cols: number;
  private readonly rows: number;
  private readonly sat: Int32Array;
  constructor(boxes: readonly Box[], view: { width: number; height: number }) {
    const c = SureRaster.CELL;
    const cols = Math.ceil(view.width / c);
    const rows = Math.ceil(view.height / c);
    const on = new Uint8Array(cols * rows);
    for (const b of boxes) {
      const [i0, i1, j0, j1] = this.cellsIn(b, 0, cols, rows);
      for (let j = j0; j < j1; j++) on.fill(1, j * cols + i0, j * cols + i1);
    }
    const w = cols + 1;
    const sat = new Int32Array(w * (rows + 1));
    for (let j = 0; j < rows; j++) {
      let row = 0;
      for (let i = 0; i < cols; i++) {
        row += on[j * cols + i]!;
        sat[(j + 1) * w + i + 1] = sat[j * w + i + 1]! + row;
      }
    }
    [this.cols, this.rows, this.sat] = [cols, rows, sat];
  }
  /** The cells [i0, i1) × [j0, j1) wholly inside `b` grown by `pad`, within the raster. */
  private cellsIn(
    b: Box,
    pad: number,
    cols: number,
    rows: number,
  ): [number, number, number, number] {
    const c = SureRaster.CELL;
    return [
      Math.max(0, Math.ceil((b.x - b.width / 2 - pad) / c)),
      Math.min(cols, Math.floor((b.x + b.width / 2 + pad) / c)),
      Math.max(0, Math.ceil((b.y - b.height / 2 - pad) / c)),
      Math.min(rows, Math.floor((b.y + b.height / 2 + pad) / c)),
    ];
  }
  hits(b: Box, pad: number): boolean {
    const [i0, i1, j0, j1] = this.cellsIn(b, pad, this.cols, this.rows);
    if (i1 <= i0 || j1 <= j0) return false;
    const w = this.cols + 1;
    const s = this.sat;
    return s[j1 * w + i1]! - s[j0 * w + i1]! - s[j1 * w + i0]! + s[j0 * w + i0]! > 0;
  }
}

/** Points every 5 px along a leader, as tiny boxes: no later label is put over the line. */
function leaderDots(box: Box, end: [number, number]): Box[] {
  const out: Box[] = [];
  eachLeaderDot(box, end, (x, y) => {
    out.push({ x, y, width: 2, height: 2 });
    return false;
  });
  return out;
}

/**
 * Calls `dot` with each of leaderDots' centres until it returns true (then true): the test of a
 * tried position makes no boxes (most positions tried are not taken).
 */
function eachLeaderDot(
  box: Box,
  end: [number, number],
  dot: (x: number, y: number) => boolean,
): boolean {
  const ex = Math.max(box.x - box.width / 2, Math.min(end[0], box.x + box.width / 2));
  const ey = Math.max(box.y - box.height / 2, Math.min(end[1], box.y + box.height / 2));
  const n = Math.max(1, Math.ceil(Math.hypot(ex - end[0], ey - end[1]) / 5));
  for (let i = 0; i <= n; i++)
    if (dot(end[0] + ((ex - end[0]) * i) / n, end[1] + ((ey - end[1]) * i) / n)) return true;
  return false;
}

/** Tries a position (x, y are the box's centre; `end`, a leader's end): true when it was taken. */
type Visit = (x: number, y: number, end: [number, number] | null) => boolean;

/**
 * Offers `visit` each place a candidate may go, best first (see this file's first comment), until
 * one is taken. Lazily: most labels take one of the first few, and the search of a shape for room
 * is only made when those fail — returned, not run, so that a placement in slices can pause
 * before it (on a phone's CPU one such search was a task of ≈ 90 ms). A callback, not a
 * generator: at national scale 200,000 positions are offered a placement, and an object per
 * position was most of its garbage.
 */
function eachPosition(
  c: LabelCandidate,
  home: LabelHome,
  shapes: ScreenShapes | undefined,
  view: { width: number; height: number },
  offsets: (leader: boolean, clear: number) => ReturnType<typeof candidateOffsets>,
  covers: readonly Rect[],
  visit: Visit,
): (() => Generator<void>) | undefined {
  const inView = c.x >= 0 && c.y >= 0 && c.x <= view.width && c.y <= view.height;
  if (home.kind === 'area' && shapes) {
    const r = shapes.rect(home.id);
    if (!r || r[2] < 0 || r[3] < 0 || r[0] > view.width || r[1] > view.height) return;
    const anchorOn = inView && shapes.inside(home.id, c.x, c.y);
    // A box inside the shape is inside its extent: one that cannot be (most at national scale,
    // where cells are narrower than their names) is not tried against the kept labels at all.
    if (anchorOn && c.width <= r[2] - r[0] && c.height <= r[3] - r[1])
      for (const o of offsets(false, 0)) {
        const x = c.x + o.dx;
        const y = c.y + o.dy;
        if (
          x - c.width / 2 >= r[0] &&
          x + c.width / 2 <= r[2] &&
          y - c.height / 2 >= r[1] &&
          y + c.height / 2 <= r[3] &&
          visit(x, y, null)
        )
          return;
      }
    // Pausing between its parts (each search for room can take tens of ms on a phone's CPU).
    return function* () {
      // Room elsewhere in the shape: searched only if its visible extent could hold the box at
      // all, or for a leader's end when the anchor is off screen.
      const fits =
        Math.min(r[2], view.width) - Math.max(r[0], 0) >= c.width &&
        Math.min(r[3], view.height) - Math.max(r[1], 0) >= c.height;
      const room = fits || !anchorOn ? shapes.roomiest(home.id, view, 8, 2, covers) : [];
      yield;
      if (fits) for (const p of room) if (p.room >= c.height / 2 && visit(p.x, p.y, null)) return;
      // On a leader from the anchor, then from the roomiest points (a long, narrow unit whose
      // anchor's surroundings are all taken: 江津 at 1920×1080 in English).
      const ends: [number, number][] = anchorOn ? [[c.x, c.y]] : [];
      const more = anchorOn ? shapes.roomiest(home.id, view, 3, 2, covers) : room.slice(0, 3);
      for (const p of more) ends.push([p.x, p.y]);
      for (const end of ends) {
        yield;
        for (const o of offsets(true, 0))
          if (o.leader && visit(end[0] + o.dx, end[1] + o.dy, end)) return;
      }
    };
  }
  if (home.kind === 'point') {
    if (!inView) return;
    // Above, below, right, left of the diamond, just clear of it; then out on a leader.
    const gap = ZONE_MARK_PX / 2 + 2;
    for (const [dx, dy] of [
      [0, -(gap + c.height / 2)],
      [0, gap + c.height / 2],
      [gap + c.width / 2, 0],
      [-(gap + c.width / 2), 0],
    ] as const)
      if (visit(c.x + dx, c.y + dy, null)) return;
    const end: [number, number] = [c.x, c.y];
    for (const o of offsets(true, ZONE_MARK_PX / 2))
      if (o.leader && visit(c.x + o.dx, c.y + o.dy, end)) return;
    return;
  }
  // An anchor well off the view has no place in it.
  if (c.x < -120 || c.y < -120 || c.x > view.width + 120 || c.y > view.height + 120) return;
  const end: [number, number] = [c.x, c.y];
  for (const o of offsets((c.kind ?? 'place') === 'place', 0))
    if (visit(c.x + o.dx, c.y + o.dy, o.leader ? end : null)) return;
}

/**
 * Labels of one size try the same offsets: kept across placements (a few dozen sizes; emptied
 * should a scale that keeps changing ever fill it).
 */
const offsetCache = new Map<string, ReturnType<typeof candidateOffsets>>();
function offsetsFor(w: number, h: number, leader: boolean, clear: number) {
  const key = `${w}|${h}|${leader ? 1 : 0}|${clear}`;
  let list = offsetCache.get(key);
  if (!list) {
    if (offsetCache.size > 500) offsetCache.clear();
    list = clear ? leaderOffsets(w, h, clear) : candidateOffsets(w, h, leader);
    offsetCache.set(key, list);
  }
  return list;
}

/** Whether the box lies wholly outside the view (grown by `pad`): nothing in the view to avoid. */
const offView = (b: Box, view: { width: number; height: number }, pad: number) =>
  b.x + b.width / 2 < -pad ||
  b.y + b.height / 2 < -pad ||
  b.x - b.width / 2 > view.width + pad ||
  b.y - b.height / 2 > view.height + pad;

/**
 * Places labels: each candidate at its first free position on its own place inside the
 * `width`×`height` view, or not at all. `obstacles` are kept clear of (symbols drawn over the
 * map); `shapes` are the places' polygons on screen (without them, every home counts as free);
 * `covers` are what hides the map (the briefing's card): no label, leader or leader's end under
 * them.
 */
export function placeLabels(...args: Parameters<typeof placingLabels>): Map<string, PlacedLabel> {
  return drain(placingLabels(...args));
}

/**
 * Runs a generator to its end: the placements below, all in one go. A promise it yields (a
 * placement asked of the worker) is not waited for: the generator then places on its own.
 */
export function drain<T>(work: Generator<Pause, T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/**
 * placeLabels, pausing after each candidate: a caller with a frame to keep (the SVG map on a
 * phone, where the first view's names take ≈ 150 ms) runs it a slice at a time, as maplibre's
 * own symbol placement does (its PauseablePlacement).
 */
export function* placingLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[] = [],
  view: { width: number; height: number } = { width: Infinity, height: Infinity },
  padding = 2,
  shapes?: ScreenShapes,
  covers: readonly Box[] = [],
): Generator<void, Map<string, PlacedLabel>> {
  const symbols = new BoxGrid();
  // A symbol off the view is in no label's way (at national scale most of 10,000 are).
  for (const o of obstacles) if (!offView(o, view, 2)) symbols.add(o);
  symbols.seal(view);
  const hidden = new BoxGrid();
  for (const o of covers) hidden.add(o);
  const coverRects = covers.map((b): Rect => [
    b.x - b.width / 2,
    b.y - b.height / 2,
    b.x + b.width / 2,
    b.y + b.height / 2,
  ]);
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || byCode(a.id, b.id));
  // A name set away over a neighbour needs that neighbour named (unnamedUnder). Which ones are
  // named is known only at the end, and larger units, placed first, are set away over smaller
  // ones placed later (江津's name over 永川 at 1920×1080). So a first pass places without the
  // rule. Where it set a name over an unnamed neighbour, another pass takes that neighbour just
  // before the name (it may then find a place of its own) and follows the rule, forecasting the
  // names the last pass kept; a name still over an unnamed neighbour after it is left out, and
  // a last pass lets the names that lost a place look again. At most three passes: most views
  // need one (the first view at 1440×900 in Chinese), crowded small ones (a handout of the
  // whole city) three. The passes can undo one another: on a phone's first view in Chinese the
  // second kept 巫溪 (in its own area) and the third, taking 云阳 first, lost it and then pruned
  // every name set away — no Chongqing district named at all. So the names the rule touched and
  // the last pass does not hold get a last look (`again`, below), around the names kept, each to be
  // named only in its own area or over a neighbour already named: it adds names, never moves or
  // drops one, so the answer keeps the rule.
  const leads = new Set(candidates.filter((c) => c.lead).map((c) => c.id));
  let out = yield* placeAll(sorted, null);
  if (!shapes) return out;
  const under = (l: PlacedLabel, named: ReadonlyMap<string, unknown>) =>
    l.leader && !l.lead && l.kind === 'place' && shapes.has(l.id)
      ? unnamedUnder(l, l.id, shapes, named, leads)
      : null;
  const priority = new Map(candidates.map((c) => [c.id, c.priority]));
  const lost = new Set<string>();
  const first = new Map<string, number>();
  /** Takes unit `u` just before label `l` in the next pass. */
  const before = (l: PlacedLabel, u: string) => {
    const p = priority.get(l.id);
    if (p !== undefined && priority.has(u))
      first.set(u, Math.max(first.get(u) ?? -Infinity, p + 1e-3));
  };
  let wrong = false;
  for (const l of out.values()) {
    const u = under(l, out);
    if (!u) continue;
    wrong = true;
    before(l, u);
  }
  for (let pass = 2; wrong && pass <= 3; pass++) {
    const order = candidates
      .map((c) => {
        const p = first.get(c.id);
        return p !== undefined && p > c.priority ? { ...c, priority: p } : c;
      })
      .sort((a, b) => b.priority - a.priority || byCode(a.id, b.id));
    // Forecast: the names the last pass kept or lost to this rule, and the neighbours now first.
    const forecast = new Set([...out.keys(), ...lost, ...first.keys()]);
    out = yield* placeAll(order, forecast);
    wrong = false;
    for (let pruned = true; pruned;) {
      pruned = false;
      for (const l of out.values()) {
        const u = under(l, out);
        if (!u) continue;
        out.delete(l.id);
        lost.add(l.id);
        before(l, u);
        pruned = wrong = true;
      }
    }
  }
  if (!first.size) return out;
  const again = sorted.filter((c) => !out.has(c.id) && (lost.has(c.id) || first.has(c.id)));
  return again.length ? yield* placeAll(again, new Set(), out) : out;

  /**
   * One greedy pass in `order`; `forecast`: the places expected to be named (null: no rule);
   * `keep`: names already placed, kept where they are (their boxes and leaders in the way).
   */
  function* placeAll(
    order: readonly LabelCandidate[],
    forecast: ReadonlySet<string> | null,
    keep: ReadonlyMap<string, PlacedLabel> = new Map(),
  ): Generator<void, Map<string, PlacedLabel>> {
    const kept = new BoxGrid();
    const out = new Map(keep);
    for (const l of keep.values()) {
      kept.add(l);
      if (l.leader) for (const d of leaderDots(l, l.leader)) kept.add(d);
    }
    const named = forecast && { has: (id: string) => forecast.has(id) || out.has(id) };
    for (const c of order) {
      yield;
      const home = shapes ? (c.home ?? FREE) : FREE;
      const offsets = (leader: boolean, clear: number) =>
        offsetsFor(c.width, c.height, leader, clear);
      // One box, moved to each position tried; a copy is kept when one is taken. So is a dot
      // of its leader line.
      const box: Box = { x: 0, y: 0, width: c.width, height: c.height };
      const dot: Box = { x: 0, y: 0, width: 2, height: 2 };
      const dotHits = (x: number, y: number) => {
        dot.x = x;
        dot.y = y;
        return kept.hits(dot, 0) || hidden.hits(dot, 0);
      };
      // Whether the leader's end is on its place: the same for the ~80 boxes tried round one end
      // (eachPosition passes one array per end), so found once.
      let lastEnd: [number, number] | null = null;
      let lastEndOn = false;
      const rest = eachPosition(c, home, shapes, view, offsets, coverRects, (x, y, end) => {
        if (
          x - c.width / 2 < 0 ||
          y - c.height / 2 < 0 ||
          x + c.width / 2 > view.width ||
          y + c.height / 2 > view.height
        )
          return false;
        if (shapes && end && end !== lastEnd) {
          lastEnd = end;
          lastEndOn = endOnItsPlace(end, home, shapes);
        }
        if (shapes && end && !lastEndOn) return false;
        box.x = x;
        box.y = y;
        // A label may sit on its own symbol's district, never on a symbol (first: at national
        // scale the symbols cover most of the map).
        if (symbols.hits(box, 1)) return false;
        if (kept.hits(box, padding)) return false;
        if (hidden.hits(box, 0)) return false;
        if (end && eachLeaderDot(box, end, dotHits)) return false;
        if (shapes && !boxOnItsPlace(box, end, home, shapes)) return false;
        if (named && shapes && end && home.kind === 'area' && !c.lead)
          if (unnamedUnder(box, home.id, shapes, named, leads)) return false;
        const placed: PlacedLabel = {
          id: c.id,
          kind: c.kind ?? 'place',
          text: c.text ?? c.id,
          angle: c.angle ?? 0,
          ...box,
          size: c.size ?? c.height,
          leader: end,
          ...(c.lead ? { lead: true } : {}),
        };
        kept.add(placed);
        if (end) for (const d of leaderDots(box, end)) kept.add(d);
        out.set(c.id, placed);
        return true;
      });
      // The search for room, in a step of its own.
      if (rest) {
        yield;
        yield* rest();
      }
    }
    return out;
  }
}

export interface LabelViolation {
  id: string;
  text: string;
  why: string;
}

/**
 * Every place label not on its own place, by the rules placement follows (this file's first
 * comment), and any two labels overlapping, a label off the view or under one of `covers`: for
 * tests and checks.
 */
export function labelViolations(
  placed: Iterable<PlacedLabel>,
  atlas: Atlas,
  project: (lngLat: [number, number]) => [number, number],
  view: { width: number; height: number },
  covers: readonly Box[] = [],
): LabelViolation[] {
  const shapes = screenShapes(atlas, project);
  const out: LabelViolation[] = [];
  const list = [...placed];
  const names = new Set(list.map((l) => l.id));
  const leads = new Set(list.filter((l) => l.lead).map((l) => l.id));
  list.forEach((l, i) => {
    const bad = (why: string) => out.push({ id: l.id, text: l.text, why });
    if (
      l.x - l.width / 2 < -0.5 ||
      l.y - l.height / 2 < -0.5 ||
      l.x + l.width / 2 > view.width + 0.5 ||
      l.y + l.height / 2 > view.height + 0.5
    )
      bad('off the view');
    for (const o of list.slice(i + 1)) if (overlaps(l, o, 0)) bad(`over ${o.text}`);
    for (const c of covers)
      if (overlaps(l, c, 0) || (l.leader && leaderDots(l, l.leader).some((d) => overlaps(d, c, 0))))
        bad('under something covering the map');
    if (l.kind !== 'place') return;
    const p = atlas.places.get(l.id);
    if (l.leader && leaderLength(l, l.leader) > LEADER_MAX + 0.5) bad('leader too long');
    if (!shapes.has(l.id)) {
      const [ax, ay] = project(atlas.anchor(l.id));
      const end = l.leader ?? [ax, ay];
      if (Math.hypot(end[0] - ax, end[1] - ay) > 0.5) bad('leader not to its point');
      if (!l.leader && leaderLength(l, end) > ZONE_MARK_PX) bad('away from its point');
      if (!onItsPlace(l, l.leader, { kind: 'point' }, shapes)) bad('off Chongqing');
    } else {
      const home: LabelHome = { kind: 'area', id: l.id, chongqing: p?.province === 'chongqing' };
      if (!onItsPlace(l, l.leader, home, shapes))
        bad(l.leader ? 'leader or box off its place' : 'not inside its own unit');
      const over = l.leader && !l.lead && unnamedUnder(l, l.id, shapes, names, leads);
      if (over)
        bad(
          `on a leader over ${atlas.places.get(over)?.short ?? over}, ${leads.has(over) ? 'the view’s subject' : 'which is unnamed'}`,
        );
    }
  });
  return out;
}

/** Approximate label width: CJK characters are square, Latin about 0.6 em. */
export function labelWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size * 0.6;
  return w;
}

/** Bigger places win a clash: the area of their bounding extent, remembered per shape. */
const areaCache = new WeakMap<object, number>();
function areaRank(ctx: LayerContext, id: string): number {
  const shape = ctx.atlas.shape(id);
  if (!shape) return 0;
  const hit = areaCache.get(shape);
  if (hit !== undefined) return hit;
  const [[w, s], [e, n]] = extent([shape]);
  const v = (e - w) * (n - s) * 1e4;
  areaCache.set(shape, v);
  return v;
}

/** Base marker and zone diamond sizes in pixels (svg-map.ts and the deck layers draw these). */
export const BASE_MARK_PX = 22;
export const ZONE_MARK_PX = 19;

export interface ProjectBadge {
  place: string;
  position: [number, number];
  /** Pixels from the anchor: up and right, clear of the label and the bases row below it. */
  offset: [number, number];
  radius: number;
  total: number;
  slices: { verdict: Verdict; from: number; to: number }[];
}

/**
 * Decodes the shapes label placement ranks by (Sichuan's decode on first use) and ranks them,
 * ahead of the first placement, pausing after each name (a start-up step, not part of a long
 * task).
 */
function* warmLabelRanks(state: ViewState, ctx: LayerContext): Generator<void> {
  for (const p of labelCandidates(state, ctx)) {
    areaRank(ctx, p.id);
    yield;
  }
}

/**
 * What the first placement needs made, as steps to run in start-up slices ahead of it:
 * Sichuan's shapes decoded, the labels' ranks, the rivers' reaches for their names, and the
 * label geometry (label-geometry.ts). Each ran cold, ≈ 50–250 ms on a phone, and all of them
 * fell in the first placement's first slice.
 */
export const labelWarmSteps = (
  state: () => ViewState,
  ctx: () => LayerContext,
  /**
   * The label worker: it makes the label geometry for the first names; the page only what it
   * sends it (the page's own geometry, for names placed at once, is made later: svg-map.ts).
   */
  placer?: LabelPlacer,
): Step[] => [
  () => ctx().atlas.sichuan,
  () => warmLabelRanks(state(), ctx()),
  // 主城's outline (a merge of nine districts) apart from the rivers' reaches below.
  () => ctx().atlas.core,
  function* reaches() {
    const atlas = ctx().atlas;
    for (const r of atlas.rivers) {
      riverReaches(atlas)(r);
      yield;
    }
  },
  () => featureLabels(ctx().atlas),
  ...(placer ? [() => placer.prepare()] : labelGeometrySteps(ctx().atlas)),
];

/** One badge per place of the user's list: size by count, a pie slice per verdict. */
export function projectBadges(
  projects: ProjectMarks,
  anchor: (id: string) => [number, number],
): ProjectBadge[] {
  return Object.entries(projects.byPlace).map(([place, counts]) => {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    let at = 0;
    const slices = (['planned', 'supported', 'elsewhere', 'priority', 'none'] as const)
      .filter((v) => counts[v] > 0)
      .map((verdict) => {
        const from = at;
        at += counts[verdict] / total;
        return { verdict, from, to: at };
      });
    return {
      place,
      position: anchor(place),
      offset: [20, -18],
      radius: Math.min(16, 8 + 2 * Math.log2(total)),
      total,
      slices,
    };
  });
}

/** SVG path of a pie slice (fractions of the turn, from 12 o'clock clockwise). */
export function piePath(x: number, y: number, r: number, from: number, to: number): string {
  if (to - from >= 0.9999)
    return `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
  const pt = (f: number) => {
    const a = f * 2 * Math.PI - Math.PI / 2;
    return `${(x + r * Math.cos(a)).toFixed(2)} ${(y + r * Math.sin(a)).toFixed(2)}`;
  };
  return `M${x} ${y}L${pt(from)}A${r} ${r} 0 ${to - from > 0.5 ? 1 : 0} 1 ${pt(to)}Z`;
}

/**
 * Each place's row of base markers (placeBases), kept while the bases and the atlas stay the
 * same: at national scale (10,000 bases) placing them anew cost ≈ 10 ms a placement, and a row
 * is projected once, not once per base.
 */
const baseRows = memoLast(
  (
    bases: readonly BaseRecord[],
    atlas: Atlas,
  ): { position: [number, number]; offsets: [number, number][] }[] => {
    const rows = new Map<string, { position: [number, number]; offsets: [number, number][] }>();
    for (const b of placeBases(bases, atlas.anchor)) {
      const row = rows.get(b.base.place);
      if (row) row.offsets.push(b.offset);
      else rows.set(b.base.place, { position: b.position, offsets: [b.offset] });
    }
    return [...rows.values()];
  },
);

/**
 * The symbols over the map at this camera, as boxes labels keep clear of. Every base counts, the
 * ones a programme or group filter hides too: labels stay where they are while someone filters
 * (a label that jumps with each click reads as a different place), at the cost of a label kept
 * off a spot that is empty for the moment.
 */
export function symbolBoxes(
  state: ViewState,
  ctx: LayerContext,
  project: (lngLat: [number, number]) => [number, number],
  still = false,
): Box[] {
  const boxes: Box[] = [];
  // A still picture (a handout) is not filtered further: only the bases it draws count. With a
  // subject chosen those are the subject's (the rest are not about it, and the legend says so):
  // kept off markers that are not there, 万州 was unnamed on the liquor handout.
  if (state.layers.includes('bases'))
    for (const row of baseRows(still && ctx.subject ? ctx.bases : ctx.data.bases, ctx.atlas)) {
      const [x, y] = project(row.position);
      for (const [dx, dy] of row.offsets)
        boxes.push({ x: x + dx, y: y + dy, width: BASE_MARK_PX - 4, height: BASE_MARK_PX - 4 });
    }
  if (state.projects)
    for (const b of projectBadges(state.projects, ctx.atlas.anchor)) {
      const [x, y] = project(b.position);
      boxes.push({
        x: x + b.offset[0],
        y: y + b.offset[1],
        width: b.radius * 2,
        height: b.radius * 2,
      });
    }
  for (const p of ctx.data.places)
    if (p.kind === 'functional-zone') {
      const [x, y] = project(ctx.atlas.anchor(p.id));
      boxes.push({ x, y, width: ZONE_MARK_PX, height: ZONE_MARK_PX });
    }
  return boxes;
}

/** One placement as placingLabels takes it, the view's projection in its affine form. */
export interface Placement {
  candidates: LabelCandidate[];
  symbols: Box[];
  view: { width: number; height: number };
  padding: number;
  affine: Affine;
  covers: Box[];
}

/**
 * Places labels elsewhere — the label worker (label-client.ts): placingLabels over the same
 * shapes, so the same labels.
 */
export interface LabelPlacer {
  /** Start-up steps that make what it needs and start it; placements asked before wait. */
  prepare(): Generator<void>;
  /**
   * The labels placingLabels places; rejects when it cannot, or when a newer placement was asked
   * before this one's turn (placingMapLabels then places them itself, if still wanted).
   */
  place(p: Placement): Promise<PlacedLabel[]>;
  /**
   * Settles when the page's own label geometry has the points the worker searched for room
   * (true), or will not get them (false: the worker failed) and must make them itself.
   */
  readonly warmed: Promise<boolean>;
}

/**
 * The labels that fit at this camera, and where: the selected place first, then a briefing's
 * highlighted places, then Chongqing's units (larger before smaller), the functional zones, then
 * Sichuan's places. `project` gives screen pixels in a `width`×`height` view; `covers` are boxes
 * of it hidden under something else (placeLabels).
 */
export function placeMapLabels(
  ...args: Parameters<typeof placingMapLabels>
): Map<string, PlacedLabel> {
  return drain(placingMapLabels(...args));
}

/** placeMapLabels, pausing after each label (placingLabels). */
export function* placingMapLabels(
  state: ViewState,
  ctx: LayerContext,
  project: (lngLat: [number, number]) => [number, number],
  view: { width: number; height: number },
  covers: readonly Box[] = [],
  /** Only these places are named (the 主城 inset's); all when absent. */
  only?: ReadonlySet<string>,
  /** A picture no one filters further (a handout): symbolBoxes. */
  still = false,
  /**
   * Where to place them off the page's thread (the live map's label worker): the generator
   * yields its answer as a promise to wait for, and places them itself if resumed before it
   * came (a snapshot, drain) or when it failed.
   */
  placer?: LabelPlacer,
): Generator<Pause, Map<string, PlacedLabel>> {
  const scale = labelScale(state, view);
  const highlight = new Set(state.highlight);
  const places = labelCandidates(state, ctx).filter((p) => !only || only.has(p.id));
  const candidates: LabelCandidate[] = places.map((p) => {
    const [x, y] = project(ctx.atlas.anchor(p.id));
    const size = labelSize(p) * scale;
    const zone = p.kind === 'functional-zone';
    const priority =
      p.id === state.district
        ? 1e9
        : (highlight.has(p.id) ? 1e8 : 0) +
          (only
            ? // Where a few places are all to be named (the inset): the smallest districts first
              // (the large ones have room anywhere in them), then the zones beside their diamonds.
              zone
              ? 1e6
              : 2e6 - areaRank(ctx, p.id)
            : p.province === 'chongqing'
              ? (zone ? 5e5 : 1e6) + areaRank(ctx, p.id)
              : areaRank(ctx, p.id));
    const text = labelText(p, state.lang);
    const home: LabelHome = ctx.atlas.shape(p.id)
      ? { kind: 'area', id: p.id, chongqing: p.province === 'chongqing' }
      : { kind: 'point' };
    return {
      id: p.id,
      kind: 'place',
      lead: p.id === state.district || highlight.has(p.id),
      home,
      text,
      x,
      y,
      width: labelWidth(text, size) + 6,
      height: size + 4,
      size,
      priority,
    };
  });
  yield;
  for (const f of featureLabels(ctx.atlas)) {
    const [x, y] = project(f.at);
    const size = 12 * scale;
    const text = state.lang === 'zh' ? f.name : f.en;
    // Along the reach as drawn (screen y grows downwards), kept upright.
    let angle = 0;
    if (f.along) {
      const [ax, ay] = project(f.along[0]);
      const [bx, by] = project(f.along[1]);
      angle = (Math.atan2(by - ay, bx - ax) * 180) / Math.PI;
      if (angle > 90) angle -= 180;
      if (angle < -90) angle += 180;
    }
    // A rotated label's box: its bounding box at that angle.
    const w = labelWidth(text, size) + 6;
    const h = size + 4;
    const a = (Math.abs(angle) * Math.PI) / 180;
    candidates.push({
      id: f.id,
      kind: f.kind,
      text,
      angle,
      x,
      y,
      width: w * Math.cos(a) + h * Math.sin(a),
      height: w * Math.sin(a) + h * Math.cos(a),
      size,
      // 主城 right after the districts; a river's name last (it may go unlabelled in a crowd),
      // its longest reach before its fallbacks.
      priority: f.kind === 'core' ? 9e5 : 1 - (f.rank ?? 0) * 0.1,
    });
  }
  const symbols = symbolBoxes(state, ctx, project, still);
  yield;
  const padding = 2;
  const affine = placer && affineOf(project);
  if (placer && affine) {
    const answer: { placed?: PlacedLabel[] | null } = {};
    yield placer.place({ candidates, symbols, view, padding, affine, covers: [...covers] }).then(
      (placed) => (answer.placed = placed),
      () => (answer.placed = null),
    );
    if (answer.placed) return onePerRiver(new Map(answer.placed.map((l) => [l.id, l])));
  }
  const shapes = screenShapes(ctx.atlas, project);
  return onePerRiver(yield* placingLabels(candidates, symbols, view, padding, shapes, covers));
}

/** How many reaches of a river are offered for its name (one is kept). */
const RIVER_REACHES = 5;
const RIVER_ID = 'river:';
const ALT = '~';

/** Douglas–Peucker on longitude/latitude: the points that keep a line within `tol` degrees. */
function simplify(line: readonly [number, number][], tol: number): [number, number][] {
  if (line.length < 3) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  // Indexed reads, not destructuring: this runs at start-up, before the code is optimised,
  // where each destructuring walks an iterator (≈ 3× the time on a phone's CPU).
  while (stack.length) {
    const [i, j] = stack.pop()!;
    const a = line[i]!;
    const b = line[j]!;
    const ax = a[0];
    const ay = a[1];
    const dx = b[0] - ax;
    const dy = b[1] - ay;
    const len = Math.hypot(dx, dy) || 1e-12;
    let far = -1;
    let farD = tol;
    for (let k = i + 1; k < j; k++) {
      const p = line[k]!;
      const d = Math.abs(dy * (p[0] - ax) - dx * (p[1] - ay)) / len;
      if (d > farD) {
        far = k;
        farD = d;
      }
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([i, far], [far, j]);
    }
  }
  return line.filter((_, k) => keep[k]);
}

/**
 * One name per river: the placed reach that ranks first keeps the river's own id; the other
 * placed reaches are dropped.
 */
function onePerRiver(placed: Map<string, PlacedLabel>): Map<string, PlacedLabel> {
  const best = new Map<string, { id: string; rank: number }>();
  for (const id of placed.keys()) {
    if (!id.startsWith(RIVER_ID)) continue;
    const [river = id, alt] = id.split(ALT);
    const rank = alt ? Number(alt) : 0;
    const b = best.get(river);
    if (!b || rank < b.rank) best.set(river, { id, rank });
  }
  const out = new Map<string, PlacedLabel>();
  for (const [id, l] of placed) {
    if (!id.startsWith(RIVER_ID)) out.set(id, l);
    else {
      const river = id.split(ALT)[0]!;
      if (best.get(river)?.id === id) out.set(river, { ...l, id: river });
    }
  }
  return out;
}

interface FeatureLabel {
  /** Of a river's fallback reaches, the order they are offered in (0: its longest). */
  rank?: number;
  id: string;
  kind: 'core' | 'river';
  at: [number, number];
  name: string;
  en: string;
  /** A river's reach the label runs along. */
  along: [[number, number], [number, number]] | null;
}

/**
 * Labels that name areas and lines rather than places: 主城 at the top of its outline, each river
 * at the middle of its longest straight reach inside Chongqing, turned along it.
 */
const featureLabels = memoBy((atlas: Atlas): FeatureLabel[] => {
  const out: FeatureLabel[] = [];
  const core = atlas.core;
  if (core) {
    const [[w], [e, n]] = core.bounds;
    out.push({
      id: 'core',
      kind: 'core',
      at: [(w + e) / 2, n],
      name: core.name,
      en: core.en,
      along: null,
    });
  }
  for (const r of atlas.rivers)
    riverReaches(atlas)(r).forEach((reach, k) =>
      out.push({
        id: k ? `${RIVER_ID}${r.properties.id}${ALT}${k}` : `${RIVER_ID}${r.properties.id}`,
        kind: 'river',
        at: reach.at,
        name: r.properties.name,
        en: r.properties.en,
        along: reach.along,
        rank: k,
      }),
    );
  return out;
});

interface Reach {
  at: [number, number];
  len: number;
  along: [[number, number], [number, number]];
}

/**
 * A river's straightest long reaches inside Chongqing's extent, the longest first, on the river
 * simplified to ≈ 1.5 km: at 1:10m no single segment is as long as the name, so a name sits along
 * a run of them. The longest is the name's place; the others are fallbacks where a crowd leaves
 * the first no room (placeMapLabels keeps one). Made a river at a time (a unit of start-up each:
 * the three in one step were ≈ 35 ms on a phone-speed CPU, 4× throttled).
 */
const riverReaches = memoBy((atlas: Atlas) =>
  memoBy((r: RiverShape): Reach[] => {
    const [[bw, bs], [be, bn]] = atlas.bounds;
    const reaches: Reach[] = [];
    for (const line of r.geometry.coordinates) {
      const pts = simplify(line as [number, number][], 0.015);
      for (let i = 1; i < pts.length; i++) {
        const [ax, ay] = pts[i - 1]!;
        const [bx, by] = pts[i]!;
        const mx = (ax + bx) / 2;
        const my = (ay + by) / 2;
        if (mx < bw || mx > be || my < bs || my > bn) continue;
        reaches.push({
          at: [mx, my],
          len: Math.hypot(bx - ax, by - ay),
          along: [
            [ax, ay],
            [bx, by],
          ],
        });
      }
    }
    return reaches.sort((a, b) => b.len - a.len).slice(0, RIVER_REACHES);
  }),
);

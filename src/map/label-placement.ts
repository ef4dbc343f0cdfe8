import { CORE_GROUP, extent, type Atlas } from '../geo/atlas.ts';
import { memoBy } from './layers/memo.ts';
import { byCode } from '../state/order.ts';
import type { ProjectMarks, Verdict, ViewState } from '../state/store.ts';
import type { LayerContext } from './layers/context.ts';
import { labelCandidates, labelScale, labelSize, labelText, placeBases } from './marks.ts';

/**
 * Greedy label placement on the CPU, for both renderers: labels are taken in priority order and
 * each is put at the first of its candidate positions that overlaps no label already kept and no
 * symbol (base markers, zone diamonds). Round its anchor first; then further out, with a leader
 * line back to the anchor — how the small 主城 districts get a label at the first view. ~60 labels
 * × 25 positions: well under a millisecond, and it spares software WebGL a collision pass.
 */

/** A box in screen pixels: centre and size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type LabelKind = 'place' | 'core' | 'river';

export interface LabelCandidate extends Box {
  id: string;
  /** Higher wins. */
  priority: number;
  kind?: LabelKind;
  /** May go further out on a leader (a functional zone: a point, no area to hold its name). */
  far?: boolean;
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
  /** The anchor a leader line runs to, when the label sits away from it. */
  leader: [number, number] | null;
}

const overlaps = (a: Box, b: Box, pad: number): boolean =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width + pad * 2 &&
  Math.abs(a.y - b.y) * 2 < a.height + b.height + pad * 2;

/**
 * Offsets from the anchor to try, nearest first, for a w×h label: on it, beside it, then out on
 * two rings (those take a leader). The first ring is just clear of a symbol on the anchor.
 */
export function candidateOffsets(
  w: number,
  h: number,
  far = false,
): { dx: number; dy: number; leader: boolean }[] {
  // Near the anchor first, a few pixels at a time: a neighbour's row of base markers often
  // clips a label that a nudge clears, and a nudged label still reads as its district's.
  const near: { dx: number; dy: number; leader: boolean }[] = [];
  for (const dy of [0, -8, 8, -15, 15])
    for (const dx of [0, -14, 14, -26, 26]) near.push({ dx, dy, leader: false });
  near.sort((a, b) => Math.hypot(a.dx, a.dy) - Math.hypot(b.dx, b.dy));
  const out = [...near];
  for (const [dx, dy] of [
    [0, -(h / 2 + 9)],
    [w / 2 + 10, 0],
    [-(w / 2 + 10), 0],
  ] as const)
    out.push({ dx, dy, leader: false });
  // Then out on rings, with a leader line back to the anchor.
  // (A long leader on a crowded small map reads as the wrong district: two short rings only,
  // a third for `far` labels — the small 主城 districts and the zones.)
  for (const r of far ? [24, 40, 60, 76] : [24, 40])
    for (let k = 0; k < 8; k++) {
      const a = (k * Math.PI) / 4 - Math.PI / 2;
      out.push({ dx: Math.cos(a) * (r + w / 2), dy: Math.sin(a) * (r + h / 2), leader: true });
    }
  return out;
}

/**
 * Boxes bucketed by a 64-px grid, so "does this box touch any?" looks at its neighbours only: at
 * national scale (3,000 labels, 10,000 base markers) testing every pair made each filter change
 * cost ≈ 90 ms more.
 */
class BoxGrid {
  private cells = new Map<number, Box[]>();
  private static readonly CELL = 64;
  add(b: Box): void {
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
 * Places labels: each candidate at its first free offset inside the `width`×`height` view, or not
 * at all. `obstacles` are kept clear of (symbols drawn over the map).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[] = [],
  view: { width: number; height: number } = { width: Infinity, height: Infinity },
  padding = 2,
): Map<string, PlacedLabel> {
  const kept = new BoxGrid();
  const symbols = new BoxGrid();
  for (const o of obstacles) symbols.add(o);
  const out = new Map<string, PlacedLabel>();
  // Labels of one size and kind try the same offsets: made once per placement.
  const offsetCache = new Map<string, ReturnType<typeof candidateOffsets>>();
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || byCode(a.id, b.id));
  for (const c of sorted) {
    // An area's or a river's name belongs on it: no leader lines for those.
    const key = `${c.width}|${c.height}|${c.far ? 1 : 0}|${c.kind ?? 'place'}`;
    let offsets = offsetCache.get(key);
    if (!offsets) {
      offsets = candidateOffsets(c.width, c.height, c.far).filter(
        (o) => !o.leader || (c.kind ?? 'place') === 'place',
      );
      offsetCache.set(key, offsets);
    }
    // An anchor well off the view has no place in it.
    if (c.x < -120 || c.y < -120 || c.x > view.width + 120 || c.y > view.height + 120) continue;
    for (const o of offsets) {
      const box = { x: c.x + o.dx, y: c.y + o.dy, width: c.width, height: c.height };
      if (
        box.x - box.width / 2 < 0 ||
        box.y - box.height / 2 < 0 ||
        box.x + box.width / 2 > view.width ||
        box.y + box.height / 2 > view.height
      )
        continue;
      if (kept.hits(box, padding)) continue;
      // A label may sit on its own symbol's district, never on a symbol.
      if (symbols.hits(box, 1)) continue;
      const placed: PlacedLabel = {
        id: c.id,
        kind: c.kind ?? 'place',
        text: c.text ?? c.id,
        angle: c.angle ?? 0,
        ...box,
        size: c.size ?? c.height,
        leader: o.leader ? [c.x, c.y] : null,
      };
      kept.add(placed);
      out.set(c.id, placed);
      break;
    }
  }
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

/** One badge per place of the user's list: size by count, a pie slice per verdict. */
/**
 * Decodes the shapes label placement ranks by (Sichuan's decode on first use) and ranks them,
 * ahead of the first placement: a start-up task of its own rather than part of a long one.
 */
export function warmLabelRanks(state: ViewState, ctx: LayerContext): void {
  for (const p of labelCandidates(state, ctx)) areaRank(ctx, p.id);
}

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
 * The symbols over the map at this camera, as boxes labels keep clear of. Every base counts, the
 * ones a programme or group filter hides too: labels stay where they are while someone filters
 * (a label that jumps with each click reads as a different place), at the cost of a label kept
 * off a spot that is empty for the moment.
 */
export function symbolBoxes(
  state: ViewState,
  ctx: LayerContext,
  project: (lngLat: [number, number]) => [number, number],
): Box[] {
  const boxes: Box[] = [];
  if (state.layers.includes('bases'))
    for (const b of placeBases(ctx.data.bases, ctx.atlas.anchor)) {
      const [x, y] = project(b.position);
      boxes.push({
        x: x + b.offset[0],
        y: y + b.offset[1],
        width: BASE_MARK_PX - 4,
        height: BASE_MARK_PX - 4,
      });
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

/**
 * The labels that fit at this camera, and where: the selected place first, then Chongqing's
 * units (larger before smaller), the functional zones, then Sichuan's places. `project` gives
 * screen pixels in a `width`×`height` view.
 */
export function placeMapLabels(
  state: ViewState,
  ctx: LayerContext,
  project: (lngLat: [number, number]) => [number, number],
  view: { width: number; height: number },
): Map<string, PlacedLabel> {
  const scale = labelScale(state, view);
  const core = new Set(ctx.data.groups.find((g) => g.id === CORE_GROUP)?.members ?? []);
  const candidates: LabelCandidate[] = labelCandidates(state, ctx).map((p) => {
    const [x, y] = project(ctx.atlas.anchor(p.id));
    const size = labelSize(p) * scale;
    const zone = p.kind === 'functional-zone';
    const priority =
      p.id === state.district
        ? 1e9
        : p.province === 'chongqing'
          ? (zone ? 5e5 : 1e6) + areaRank(ctx, p.id)
          : areaRank(ctx, p.id);
    const text = labelText(p, state.lang);
    return {
      id: p.id,
      kind: 'place',
      // The small 主城 districts and the zones get callouts from further out.
      far: zone || core.has(p.id),
      text,
      // A zone's label starts above its diamond.
      x,
      y: zone ? y - (ZONE_MARK_PX / 2 + size / 2 + 2) : y,
      width: labelWidth(text, size) + 6,
      height: size + 4,
      size,
      priority,
    };
  });
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
      // 主城 right after the districts; a river's name last (it may go unlabelled in a crowd).
      priority: f.kind === 'core' ? 9e5 : 1,
    });
  }
  return placeLabels(candidates, symbolBoxes(state, ctx, project), view);
}

interface FeatureLabel {
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
  const [[bw, bs], [be, bn]] = atlas.bounds;
  for (const r of atlas.rivers) {
    let best: {
      at: [number, number];
      len: number;
      along: [[number, number], [number, number]];
    } | null = null;
    for (const line of r.geometry.coordinates)
      for (let i = 1; i < line.length; i++) {
        const [ax = 0, ay = 0] = line[i - 1] ?? [];
        const [bx = 0, by = 0] = line[i] ?? [];
        const mx = (ax + bx) / 2;
        const my = (ay + by) / 2;
        if (mx < bw || mx > be || my < bs || my > bn) continue;
        const len = Math.hypot(bx - ax, by - ay);
        if (!best || len > best.len)
          best = {
            at: [mx, my],
            len,
            along: [
              [ax, ay],
              [bx, by],
            ],
          };
      }
    if (best)
      out.push({
        id: `river:${r.properties.id}`,
        kind: 'river',
        at: best.at,
        name: r.properties.name,
        en: r.properties.en,
        along: best.along,
      });
  }
  return out;
});

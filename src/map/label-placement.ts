import { extent } from '../geo/atlas.ts';
import type { ViewState } from '../state/store.ts';
import type { LayerContext } from './layers/context.ts';
import { labelCandidates, labelSize, labelText } from './marks.ts';

/**
 * Greedy label placement on the CPU: labels are taken in priority order and kept when their box
 * does not overlap one already kept. ~60 labels, so this is microseconds — and it spares software
 * WebGL a collision pass and two more shader programs.
 */

export interface LabelCandidate {
  id: string;
  /** Screen position of the label's centre, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher wins. */
  priority: number;
}

/** The ids of labels that fit, highest priority first. */
export function placeLabels(candidates: readonly LabelCandidate[], padding = 2): Set<string> {
  const kept: LabelCandidate[] = [];
  for (const c of [...candidates].sort(
    (a, b) => b.priority - a.priority || a.id.localeCompare(b.id),
  )) {
    const clash = kept.some(
      (k) =>
        Math.abs(k.x - c.x) * 2 < k.width + c.width + padding * 2 &&
        Math.abs(k.y - c.y) * 2 < k.height + c.height + padding * 2,
    );
    if (!clash) kept.push(c);
  }
  return new Set(kept.map((k) => k.id));
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

/**
 * The places whose labels fit at this camera, for both renderers: the selected place first, then
 * Chongqing's units before Sichuan's, larger before smaller. `project` gives screen pixels.
 */
export function placeMapLabels(
  state: ViewState,
  ctx: LayerContext,
  project: (lngLat: [number, number]) => [number, number],
): Set<string> {
  return placeLabels(
    labelCandidates(state, ctx).map((p) => {
      const [x, y] = project(ctx.atlas.anchor(p.id));
      const size = labelSize(p);
      const priority =
        p.id === state.district
          ? 1e9
          : (p.province === 'chongqing' ? 1e6 : 0) + areaRank(ctx, p.id);
      return {
        id: p.id,
        x,
        y,
        width: labelWidth(labelText(p, state.lang), size) + 6,
        height: size + 4,
        priority,
      };
    }),
  );
}

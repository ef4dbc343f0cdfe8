/**
 * Names where label placement put them (leader lines for those set away): places, 主城 and the
 * rivers along their course.
 */
import { drain, placingMapLabels } from '../../label-placement.ts';
import { labelCandidates } from '../../marks.ts';
import { LINES, RIVER_LABEL } from '../../style.ts';
import { el, NAME_TEXT, type ScreenFrame, type SvgLayer } from '../../svg/scene.ts';
import type { Pause } from '../../../lib/slices.ts';
import type { ViewState } from '../../../state/store.ts';
import type { LayerContext } from '../context.ts';

export const labelsSvg: SvgLayer = {
  space: 'screen',
  /**
   * What the labels depend on besides the camera: the layers, the language, the selection, the
   * user's project badges, and the scale (larger while presenting). A filter is not among them
   * (label-placement.ts keeps labels clear of every base, shown or filtered out, so names stay
   * put while someone filters); a subject is, through the Sichuan partners named and, on a
   * handout, the bases drawn.
   */
  key: (s, ctx, still) =>
    [
      // A subject names only its own Sichuan partners: the names offered, not the filter itself
      // (most filter changes offer the same names, and placing them again cost each one).
      ctx.subject
        ? labelCandidates(s, ctx)
            .filter((p) => p.province !== 'chongqing')
            .map((p) => p.id)
            .join()
        : '',
      // …and, on a handout, keeps clear of the subject's own bases only (symbolBoxes).
      still && ctx.subject ? ctx.bases.map((b) => b.id).join() : '',
      s.layers.join(),
      s.lang,
      s.district,
      // A chapter's highlighted places are named first.
      s.highlight.join(),
      s.projects ? JSON.stringify(s.projects.byPlace) : '',
      // The scale (larger while presenting) follows the view's size, which keys every layer.
      s.tour ? 'tour' : '',
    ].join('|'),
  draw: (s, ctx, f) => drain(drawing(s, ctx, f)),
  drawing,
};

function* drawing(
  s: ViewState,
  ctx: LayerContext,
  { screen, width, height, covers, names, still, placer }: ScreenFrame,
): Generator<Pause, SVGElement[]> {
  const out: SVGElement[] = [];
  const view = { width, height };
  const placed = yield* placingMapLabels(s, ctx, screen, view, covers, names, still, placer);
  // A line to the box's nearest edge point from a dot inside the unit it names; a path per
  // leader, saying whose it is.
  for (const l of placed.values()) {
    if (!l.leader) continue;
    const [ax, ay] = l.leader;
    const ex = Math.max(l.x - l.width / 2, Math.min(ax, l.x + l.width / 2));
    const ey = Math.max(l.y - l.height / 2, Math.min(ay, l.y + l.height / 2));
    const r = 1.8;
    out.push(
      el('path', {
        d: `M${ax.toFixed(1)} ${ay.toFixed(1)}L${ex.toFixed(1)} ${ey.toFixed(1)}`,
        stroke: '#3b3b3b',
        'stroke-width': 1,
        fill: 'none',
        'data-kind': 'leaders',
        'data-code': l.id,
        'pointer-events': 'none',
      }),
      el('path', {
        d: `M${(ax - r).toFixed(1)} ${ay.toFixed(1)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`,
        fill: '#3b3b3b',
        'data-kind': 'leader-dots',
        'pointer-events': 'none',
      }),
    );
  }
  const g = el('g', {
    ...NAME_TEXT,
  });
  for (const l of placed.values()) {
    const p = l.kind === 'place' ? ctx.atlas.places.get(l.id) : undefined;
    const fill =
      l.kind === 'river'
        ? RIVER_LABEL
        : l.kind === 'core'
          ? LINES.core.colour
          : p?.province === 'sichuan'
            ? 'rgb(40,60,90)'
            : 'rgb(30,30,30)';
    // Baseline: the box's centre plus a third of the font's size (CJK and Latin alike).
    const y = l.y + l.size * 0.35;
    const text = el('text', {
      x: l.x.toFixed(1),
      y: y.toFixed(1),
      'font-size': l.size.toFixed(1),
      fill,
      'data-label': l.kind,
      ...(l.kind === 'place' ? { 'data-code': l.id } : {}),
      ...(l.kind === 'place' ? {} : { 'font-style': 'italic', 'font-weight': 400 }),
      ...(l.angle
        ? { transform: `rotate(${l.angle.toFixed(1)} ${l.x.toFixed(1)} ${l.y.toFixed(1)})` }
        : {}),
      ...(l.leader ? { 'data-leader': 'true' } : {}),
    });
    text.textContent = l.text;
    g.append(text);
  }
  out.push(g);
  return out;
}

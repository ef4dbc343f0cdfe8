/** The user's projects: one badge per place, a pie of plan-fit verdicts round the count. */
import { piePath, projectBadges } from '../../label-placement.ts';
import { LABEL_FONT } from '../../marks.ts';
import { VERDICT_COLOURS } from '../../style.ts';
import { el, type SvgLayer } from '../../svg/scene.ts';

export const badgesSvg: SvgLayer = {
  space: 'screen',
  // A list's marks change when it is replaced or a row is fixed: its counts, not its identity.
  key: (s) => (s.projects ? JSON.stringify(s.projects.byPlace) : ''),
  draw(s, ctx, { screen, width, height }) {
    if (!s.projects) return [];
    const out: SVGElement[] = [];
    for (const b of projectBadges(s.projects, ctx.atlas.anchor)) {
      const [ax, ay] = screen(b.position);
      const [x, y] = [ax + b.offset[0], ay + b.offset[1]];
      if (x < -30 || y < -30 || x > width + 30 || y > height + 30) continue;
      const g = el('g', {
        'data-kind': 'projects',
        'data-code': b.place,
        'pointer-events': 'none',
      });
      for (const slice of b.slices)
        g.append(
          el('path', {
            d: piePath(x, y, b.radius, slice.from, slice.to),
            fill: VERDICT_COLOURS[slice.verdict],
            stroke: '#ffffff',
            'stroke-width': 1,
          }),
        );
      g.append(el('circle', { cx: x, cy: y, r: b.radius * 0.58, fill: '#ffffff' }));
      const n = el('text', {
        x: x.toFixed(1),
        y: (y + 3.6).toFixed(1),
        'font-size': 10,
        'font-weight': 700,
        'text-anchor': 'middle',
        fill: '#1b1b1b',
        'font-family': LABEL_FONT,
      });
      n.textContent = String(b.total);
      g.append(n);
      out.push(g);
    }
    return out;
  },
};

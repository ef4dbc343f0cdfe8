/**
 * The user's projects on deck.gl: each badge drawn as the SVG map draws it (pie, white centre,
 * count), as an icon made once per badge on a canvas — deck has no pie primitive, and a list holds
 * at most a few dozen places.
 */
import { IconLayer } from '@deck.gl/layers';
import type { LiveLayer } from '../../live/types.ts';
import { piePath, projectBadges, type ProjectBadge } from '../../label-placement.ts';
import { LABEL_FONT } from '../../marks.ts';
import { VERDICT_COLOURS } from '../../style.ts';
import { memoLast } from '../../../lib/memo.ts';

/** A badge as an image (device pixels: twice its size), keyed by what it shows. */
const icons = new Map<string, { url: string; width: number; height: number; id: string }>();
function badgeIcon(b: ProjectBadge) {
  const id = `${b.total}|${b.slices.map((s) => `${s.verdict}:${s.from.toFixed(3)}`).join()}`;
  let icon = icons.get(id);
  if (icon) return icon;
  const size = Math.ceil(b.radius * 2 + 2);
  const c = document.createElement('canvas');
  c.width = c.height = size * 2;
  const g = c.getContext('2d');
  if (g) {
    g.scale(2, 2);
    const r = b.radius;
    const o = size / 2;
    for (const s of b.slices) {
      g.fillStyle = VERDICT_COLOURS[s.verdict];
      g.strokeStyle = '#ffffff';
      g.lineWidth = 1;
      const p = new Path2D(piePath(o, o, r, s.from, s.to));
      g.fill(p);
      g.stroke(p);
    }
    g.fillStyle = '#ffffff';
    g.beginPath();
    g.arc(o, o, r * 0.58, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#1b1b1b';
    g.font = `700 10px ${LABEL_FONT}`;
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    g.fillText(String(b.total), o, o + 0.5);
  }
  icon = { url: c.toDataURL('image/png'), width: size * 2, height: size * 2, id };
  icons.set(id, icon);
  return icon;
}

// The same array while the list is (deck.gl compares data by reference).
const badgesOf = memoLast(projectBadges);

export const badgesLive: LiveLayer = {
  engine: 'deck',
  stage: 'symbols',
  build: (s, ctx) =>
    s.projects
      ? [
          new IconLayer<ProjectBadge>({
            id: 'project-badges',
            data: badgesOf(s.projects, ctx.atlas.anchor),
            getIcon: (b) => badgeIcon(b),
            getPosition: (b) => b.position,
            getPixelOffset: (b) => b.offset,
            getSize: (b) => Math.ceil(b.radius * 2 + 2),
            sizeUnits: 'pixels',
            parameters: { depthCompare: 'always' },
          }),
        ]
      : [],
};

/** Bases: one path per programme (10,000 bases are five elements, not 10,000). */
import type { ProgrammeId } from '../../../data/types.ts';
import { BASE_MARK_PX } from '../../label-placement.ts';
import { placeBases, visibleBases } from '../../marks.ts';
import { PROGRAMME_COLOURS } from '../../style.ts';
import { el, type SvgLayer } from '../../svg/scene.ts';
import { PROGRAMME_SHAPES, symbolPath } from '../icons.ts';

export const basesSvg: SvgLayer = {
  space: 'screen',
  key: (s, ctx) => `${s.layers.includes('bases')}|${s.programmes.join()}|${ctx.filterKey}`,
  draw(s, ctx, frame) {
    if (!s.layers.includes('bases')) return [];
    const { screen, width, height } = frame;
    const byProgramme = new Map<ProgrammeId, string[]>();
    for (const b of placeBases(visibleBases(s, ctx), ctx.atlas.anchor)) {
      const [ax, ay] = screen(b.position);
      const x = ax + b.offset[0];
      const y = ay + b.offset[1];
      if (x < -30 || y < -30 || x > width + 30 || y > height + 30) continue;
      frame.placedBases.push({ ...b, x, y });
      const list = byProgramme.get(b.base.programme) ?? [];
      list.push(symbolPath(PROGRAMME_SHAPES[b.base.programme], x, y, BASE_MARK_PX));
      byProgramme.set(b.base.programme, list);
    }
    return [...byProgramme].map(([prog, ds]) =>
      el('path', {
        d: ds.join(''),
        fill: PROGRAMME_COLOURS[prog],
        stroke: '#ffffff',
        'stroke-width': 1.8,
        'data-kind': 'bases',
        'data-programme': prog,
      }),
    );
  },
};

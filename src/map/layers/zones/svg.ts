/** Zones: a diamond at the zone's centre, coloured like the districts. */
import { css } from '../../style.ts';
import { el, type SvgLayer } from '../../svg/scene.ts';
import { zonePath } from '../icons.ts';
import { zoneFill } from './index.ts';

export const zonesSvg: SvgLayer = {
  space: 'screen',
  key: (s, ctx) => `${s.layers.includes('industry')}|${ctx.filterKey}`,
  draw(s, ctx, { screen }) {
    return ctx.data.places
      .filter((p) => p.kind === 'functional-zone')
      .map((z) => {
        const [x, y] = screen(ctx.atlas.anchor(z.id));
        const g = el('g', { 'data-code': z.id, 'data-kind': 'zone' });
        g.append(
          el('path', { d: zonePath(x, y, 9.6), fill: '#141414' }),
          el('path', { d: zonePath(x, y, 7.2), fill: css(zoneFill(s, ctx, z.id)) }),
        );
        return g;
      });
  },
};

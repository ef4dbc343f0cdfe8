/** The districts: one path each, drawn at once (they paint and answer clicks first), recoloured in place. */
import { unitFills } from './index.ts';
import { LINES } from '../../style.ts';
import { el, pathOf, type SvgLayer } from '../../svg/scene.ts';

export const choroplethSvg: SvgLayer = {
  space: 'ground',
  mount(scene) {
    const g = scene.group('mid', 'units', {
      stroke: LINES.district.colour,
      'stroke-width': LINES.district.width,
      'stroke-linejoin': 'round',
    });
    const paths = new Map<string, SVGPathElement>();
    for (const u of scene.atlas.units) {
      const p = el('path', {
        d: pathOf(u.geometry, scene.origin),
        'vector-effect': 'non-scaling-stroke',
        'data-code': u.properties.id,
        'data-kind': 'district',
      });
      paths.set(u.properties.id, p);
      g.append(p);
    }
    const fills = new Map<string, string>();
    return {
      sync(s, ctx) {
        for (const [id, fill] of unitFills(s, ctx)) {
          if (fills.get(id) === fill) continue;
          paths.get(id)?.setAttribute('fill', fill);
          fills.set(id, fill);
        }
      },
    };
  },
};

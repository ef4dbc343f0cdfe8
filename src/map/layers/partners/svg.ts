/** Sichuan partners: every partner's shape drawn once, shown when an entry about the subject names it. */
import { LINES, PARTNER_CSS, PARTNER_OPACITY } from '../../style.ts';
import { coopArcs } from '../../marks.ts';
import { el, pathOf, show, type SvgLayer } from '../../svg/scene.ts';
import { partnerIds } from './index.ts';

export const partnersSvg: SvgLayer = {
  space: 'ground',
  mount(scene) {
    const g = scene.group('under', 'partners', {
      stroke: LINES.partner.colour,
      'stroke-width': LINES.partner.width,
    });
    const paths = new Map<string, SVGPathElement>();
    let last: [boolean, ReadonlySet<string>] | null = null;
    // Sichuan's shapes decoded in a step of their own (a long task on a phone with the drawing).
    scene.later(() => void scene.atlas.sichuan);
    // A partner a unit of the start-up slices (src/lib/slices.ts).
    scene.later(function* () {
      const all = new Set(coopArcs(scene.data.cooperation).map((a) => a.to));
      for (const f of scene.atlas.sichuan) {
        if (!all.has(f.properties.id)) continue;
        yield;
        const place = scene.atlas.places.get(f.properties.id);
        const p = el('path', {
          d: pathOf(f.geometry, scene.origin),
          fill: PARTNER_CSS,
          'fill-opacity': place?.kind === 'sc-city' ? PARTNER_OPACITY.city : PARTNER_OPACITY.county,
          'vector-effect': 'non-scaling-stroke',
          'data-code': f.properties.id,
          'data-kind': 'partner',
        });
        paths.set(f.properties.id, p);
        g.append(p);
      }
      if (last) sync(...last);
    });
    const sync = (on: boolean, ids: ReadonlySet<string>) => {
      last = [on, ids];
      show(g, on);
      for (const [id, p] of paths) show(p, ids.has(id));
    };
    return { sync: (s, ctx) => sync(s.layers.includes('coop'), partnerIds(ctx.cooperation)) };
  },
};

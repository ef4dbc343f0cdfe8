/** The districts: one path each, drawn at once (they paint and answer clicks first), recoloured in place. */
import { unitFills } from './index.ts';
import { LINES } from '../../style.ts';
import type { PlaceShape } from '../../../geo/atlas.ts';
import { el, pathOf, type SvgLayer } from '../../svg/scene.ts';

/** A district's path (its fill comes with the first sync). */
function unitPath(u: PlaceShape, origin: [number, number]): SVGPathElement {
  return el('path', {
    d: pathOf(u.geometry, origin),
    'vector-effect': 'non-scaling-stroke',
    'data-code': u.properties.id,
    'data-kind': 'district',
  });
}

/**
 * Paths made ahead of the map's mount (start-up, a district a step: prepareSvgMap), each taken
 * once — an element is on one map only. The browser reads a path's data when it is set: for the
 * 38 districts ≈ 25 ms of a phone's CPU (4×) that was part of the mount's task.
 */
const ahead = new WeakMap<PlaceShape, { origin: [number, number]; path: SVGPathElement }>();
export function makeUnitPathAhead(u: PlaceShape, origin: [number, number]): void {
  if (!ahead.has(u)) ahead.set(u, { origin, path: unitPath(u, origin) });
}
function takeUnitPath(u: PlaceShape, origin: [number, number]): SVGPathElement {
  const made = ahead.get(u);
  ahead.delete(u);
  return made && made.origin[0] === origin[0] && made.origin[1] === origin[1]
    ? made.path
    : unitPath(u, origin);
}

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
      const p = takeUnitPath(u, scene.origin);
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

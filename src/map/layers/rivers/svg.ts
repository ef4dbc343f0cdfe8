/** Rivers over the districts' fills, under every outline and mark; they take no click. */
import { LINES } from '../../style.ts';
import { geoPath, linesPath, stroke, type SvgLayer } from '../../svg/scene.ts';

export const riversSvg: SvgLayer = {
  space: 'ground',
  mount(scene) {
    const g = scene.group('over', 'rivers', { 'data-kind': 'rivers', 'pointer-events': 'none' });
    // After the first paint, a river a unit of the start-up slices (≈ 20 ms of path data on a
    // phone's CPU in all).
    scene.later(function* () {
      for (const r of scene.atlas.rivers) {
        const d = linesPath(r.geometry.coordinates, scene.origin);
        g.append(
          geoPath(d, stroke(LINES.riverCasing)),
          geoPath(d, { ...stroke(LINES.river), 'data-river': r.properties.id }),
        );
        yield;
      }
    });
    return { sync: () => undefined };
  },
};

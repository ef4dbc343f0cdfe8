/** 一区两群 and the belts: merged outlines, made the first time the layer is shown. */
import type { GroupId } from '../../../data/types.ts';
import { GROUP_COLOURS, LINES } from '../../style.ts';
import { el, geoPath, pathOf, show, stroke, type SvgLayer } from '../../svg/scene.ts';

export const regionsSvg: SvgLayer = {
  space: 'ground',
  mount(scene) {
    const g = scene.group('over', 'regions');
    let drawn = false;
    const draw = () => {
      drawn = true;
      for (const r of scene.atlas.groups)
        g.append(
          el('path', {
            d: pathOf(r.geometry, scene.origin),
            ...stroke(LINES.group, GROUP_COLOURS[r.id as GroupId]),
          }),
        );
      for (const b of scene.atlas.belts) {
        g.append(geoPath(pathOf(b.whole, scene.origin), stroke(LINES.belt)));
        for (const p of b.partial)
          g.append(geoPath(pathOf(p.geometry, scene.origin), stroke(LINES.beltPartial)));
      }
    };
    return {
      sync(s) {
        const on = s.layers.includes('regions');
        if (on && !drawn) draw();
        show(g, on);
      },
    };
  },
};

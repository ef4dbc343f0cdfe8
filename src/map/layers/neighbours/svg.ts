/** The neighbouring provinces and Sichuan's outlines, drawn after the first paint in steps. */
import { LINES, PROVINCE_FILL } from '../../style.ts';
import { el, geoPath, pathOf, stroke, type SvgLayer } from '../../svg/scene.ts';

export const neighboursSvg: SvgLayer = {
  space: 'ground',
  mount(scene) {
    const provinces = scene.group('under', 'provinces');
    const sichuan = scene.group('under', 'sichuan', stroke(LINES.sichuan));
    scene.later(() => {
      for (const f of scene.atlas.provinces)
        provinces.append(
          el('path', {
            d: pathOf(f.geometry, scene.origin),
            ...stroke(LINES.province),
            fill: PROVINCE_FILL,
          }),
        );
    });
    // Sichuan's ≈ 200 outlines: decoded in one task, drawn in four.
    scene.later(() => void scene.atlas.sichuan);
    for (const part of [0, 1, 2, 3])
      scene.later(() => {
        const all = scene.atlas.sichuan;
        const size = Math.ceil(all.length / 4);
        for (const f of all.slice(part * size, (part + 1) * size))
          sichuan.append(geoPath(pathOf(f.geometry, scene.origin)));
      });
    return { sync: () => undefined };
  },
};

/** The neighbouring provinces and Sichuan's outlines, drawn after the first paint in steps. */
import { LINES, PROVINCE_FILL } from '../../style.ts';
import { el, geoPath, pathOf, stroke, type SvgLayer } from '../../svg/scene.ts';

export const neighboursSvg: SvgLayer = {
  space: 'ground',
  mount(scene) {
    const provinces = scene.group('under', 'provinces');
    const sichuan = scene.group('under', 'sichuan', stroke(LINES.sichuan));
    // A province a unit of the start-up slices (src/lib/slices.ts).
    scene.later(function* () {
      for (const f of scene.atlas.provinces) {
        provinces.append(
          el('path', {
            d: pathOf(f.geometry, scene.origin),
            ...stroke(LINES.province),
            fill: PROVINCE_FILL,
          }),
        );
        yield;
      }
    });
    // The Sichuan cities and counties the data names (15, ≈ 12,000 points): decoded in a step of
    // their own, then drawn a shape a unit (in four tasks, one was ≈ 155 ms on a phone-speed CPU,
    // 4× throttled).
    scene.later(() => void scene.atlas.sichuan);
    scene.later(function* () {
      for (const f of scene.atlas.sichuan) {
        sichuan.append(geoPath(pathOf(f.geometry, scene.origin)));
        yield;
      }
    });
    return { sync: () => undefined };
  },
};

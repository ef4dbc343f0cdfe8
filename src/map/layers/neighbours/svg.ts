/** The neighbouring provinces and Sichuan's outlines, drawn after the first paint in steps. */
import { LINES, PROVINCE_FILL } from '../../style.ts';
import { el, geoPath, pathOf, stroke, type SvgLayer } from '../../svg/scene.ts';

const SICHUAN_STEPS = 16;

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
    // The Sichuan cities and counties the data names (15, ≈ 12,000 points): decoded in one task,
    // drawn about one a task (in four tasks, one was ≈ 155 ms on a phone-speed CPU, 4× throttled).
    scene.later(() => void scene.atlas.sichuan);
    for (let part = 0; part < SICHUAN_STEPS; part++)
      scene.later(() => {
        const all = scene.atlas.sichuan;
        const size = Math.ceil(all.length / SICHUAN_STEPS);
        for (const f of all.slice(part * size, (part + 1) * size))
          sichuan.append(geoPath(pathOf(f.geometry, scene.origin)));
      });
    return { sync: () => undefined };
  },
};

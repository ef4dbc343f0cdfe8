/** 主城's outline, over the rivers; it takes no click. */
import { LINES } from '../../style.ts';
import { geoPath, pathOf, stroke, type SvgLayer } from '../../svg/scene.ts';

export const coreSvg: SvgLayer = {
  space: 'ground',
  mount(scene) {
    const g = scene.group('over', 'core', { 'data-kind': 'core', 'pointer-events': 'none' });
    // After the first paint: the outline is a merge of nine districts (≈ 6 ms, 25 on a phone's CPU)
    // in the task that puts the districts on screen.
    scene.later(() => {
      const core = scene.atlas.core;
      if (core) g.append(geoPath(pathOf(core.geometry, scene.origin), stroke(LINES.core)));
    });
    return { sync: () => undefined };
  },
};

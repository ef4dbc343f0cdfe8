/** Framework outlines, drawn after the first paint; each shown while the subject's entries use it. */
import { LINES } from '../../style.ts';
import { geoPath, pathOf, show, stroke, type SvgLayer } from '../../svg/scene.ts';
import { drawnFrameworks } from './index.ts';
import type { LayerContext } from '../context.ts';

export const frameworksSvg: SvgLayer = {
  space: 'ground',
  mount(scene) {
    const g = scene.group('over', 'frameworks', stroke(LINES.framework));
    const paths = new Map<string, SVGPathElement>();
    let last: [boolean, LayerContext] | null = null;
    const sync = (on: boolean, ctx: LayerContext) => {
      last = [on, ctx];
      show(g, on);
      const ids = drawnFrameworks(ctx);
      for (const [id, p] of paths) show(p, ids.has(id as never));
    };
    // An outline in two steps, decoded then drawn (each is a union of its districts, several of
    // them Sichuan's: as one step, one was ≈ 65 ms at 4× CPU, 2026-12-05; all at once, a long task).
    for (const { id } of scene.data.frameworks.filter((f) => f.kind === 'chuanyu'))
      scene.later(function* () {
        const f = scene.atlas.frameworkOutline(id);
        if (!f) return;
        yield;
        const p = geoPath(pathOf(f.geometry, scene.origin), { 'data-framework': f.id });
        paths.set(f.id, p);
        g.append(p);
        if (last) sync(...last);
      });
    return { sync: (s, ctx) => sync(s.layers.includes('coop'), ctx) };
  },
};

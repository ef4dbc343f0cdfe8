/** 川渝 arcs: a curve bowed to the left of its direction, a fifth of its length high. */
import { el, show, unitsOf, type SvgLayer, type SvgScene } from '../../svg/scene.ts';
import { coopArcs, type CoopArc } from '../../marks.ts';
import type { LayerContext } from '../context.ts';
import { arcStyle } from './index.ts';

function arcPath(scene: SvgScene, a: CoopArc): SVGPathElement {
  const [ax, ay] = unitsOf(scene.atlas.anchor(a.from), scene.origin);
  const [bx, by] = unitsOf(scene.atlas.anchor(a.to), scene.origin);
  const mx = (ax + bx) / 2 - (by - ay) * 0.2;
  const my = (ay + by) / 2 + (bx - ax) * 0.2;
  const st = arcStyle(a);
  const p = el('path', {
    d: `M${Math.round(ax)} ${Math.round(ay)}Q${Math.round(mx)} ${Math.round(my)} ${Math.round(bx)} ${Math.round(by)}`,
    stroke: st.colour,
    'stroke-opacity': st.opacity,
    'stroke-width': st.width,
    'vector-effect': 'non-scaling-stroke',
    'data-kind': 'arc',
  });
  scene.arcs.set(p, a);
  return p;
}

export const arcsSvg: SvgLayer = {
  space: 'ground',
  mount(scene) {
    const g = scene.group('over', 'arcs', { fill: 'none', 'stroke-linecap': 'round' });
    const paths: [SVGPathElement, CoopArc][] = [];
    let last: [boolean, LayerContext] | null = null;
    const sync = (on: boolean, ctx: LayerContext) => {
      last = [on, ctx];
      show(g, on);
      const about = new Set(ctx.cooperation);
      for (const [p, a] of paths) show(p, about.has(a.record));
    };
    // An arc a unit of the start-up slices (src/lib/slices.ts).
    scene.later(function* () {
      for (const a of coopArcs(scene.data.cooperation)) {
        const p = arcPath(scene, a);
        paths.push([p, a]);
        g.append(p);
        yield;
      }
      if (last) sync(...last);
    });
    return { sync: (s, ctx) => sync(s.layers.includes('coop'), ctx) };
  },
};

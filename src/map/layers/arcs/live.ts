/** 川渝 arcs on deck.gl (those of the entries about the subject), styled as the SVG map's. */
import { ArcLayer } from '@deck.gl/layers';
import type { LiveLayer } from '../../live/types.ts';
import type { CoopArc } from '../../marks.ts';
import { ARC_STYLE, arcStyle, drawnArcs } from './index.ts';

/** The layer's id: what the live map's picking reports (src/map/start-map.ts). */
export const ARCS_LAYER = 'coop-arcs';

/** The SVG map's stroke colour and opacity as deck's RGBA. */
const rgba = (st: (typeof ARC_STYLE)[keyof typeof ARC_STYLE]) => {
  const [r, g, b] = st.colour.match(/\d+/g)!.map(Number) as [number, number, number];
  return [r, g, b, Math.round(st.opacity * 255)] as [number, number, number, number];
};
const COLOURS = { stated: rgba(ARC_STYLE.stated), inferred: rgba(ARC_STYLE.inferred) };

export const arcsLive: LiveLayer = {
  engine: 'deck',
  stage: 'links',
  build: (state, ctx) =>
    state.layers.includes('coop')
      ? [
          new ArcLayer<CoopArc>({
            id: ARCS_LAYER,
            data: drawnArcs(ctx.cooperation),
            pickable: true,
            getSourcePosition: (a) => ctx.atlas.anchor(a.from),
            getTargetPosition: (a) => ctx.atlas.anchor(a.to),
            getSourceColor: (a) => (a.inferred ? COLOURS.inferred : COLOURS.stated),
            getTargetColor: (a) => (a.inferred ? COLOURS.inferred : COLOURS.stated),
            getWidth: (a) => arcStyle(a).width,
            widthUnits: 'pixels',
            getHeight: 0.5,
          }),
        ]
      : [],
};

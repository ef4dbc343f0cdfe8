/** 川渝 cooperation arcs (partner polygons and framework outlines are maplibre's, ../base-layers.ts). */
import { ArcLayer } from '@deck.gl/layers';
import type { CooperationRecord } from '../../data/types.ts';
import { coopArcs, type CoopArc } from '../marks.ts';
import { memoLast } from './memo.ts';
import type { ViewState } from '../../state/store.ts';
import { ARC_COLOUR } from '../style.ts';
import type { LayerContext } from './context.ts';

// The arcs as data: the same array while the records are (deck.gl compares by reference).
const staticOf = memoLast((records: readonly CooperationRecord[]) => ({ arcs: coopArcs(records) }));

/** The layer's id: what the live map's picking reports (src/map/start-map.ts). */
export const ARCS_LAYER = 'coop-arcs';

export function buildCoopLayers(state: ViewState, ctx: LayerContext) {
  if (!state.layers.includes('coop')) return [];
  const { arcs } = staticOf(ctx.data.cooperation);
  return [
    new ArcLayer<CoopArc>({
      id: ARCS_LAYER,
      data: arcs,
      pickable: true,
      getSourcePosition: (a) => ctx.atlas.anchor(a.from),
      getTargetPosition: (a) => ctx.atlas.anchor(a.to),
      getSourceColor: ARC_COLOUR,
      getTargetColor: (a) => (a.inferred ? [86, 180, 233, 140] : [86, 180, 233, 255]),
      getWidth: (a) => (a.inferred ? 1.5 : 3),
      widthUnits: 'pixels',
      getHeight: 0.5,
    }),
  ];
}

/** The selected place, outlined. */
import { segmentsOfPolygons } from '../../geo/segments.ts';
import type { ViewState } from '../../state/store.ts';
import { SELECTED_LINE } from '../style.ts';
import type { LayerContext } from './context.ts';
import { buildOutlineLayer } from './lines.ts';
import { memoLast } from './memo.ts';
import type { PlaceShape } from '../../geo/atlas.ts';

const outlineOf = memoLast((shape: PlaceShape | undefined) =>
  segmentsOfPolygons(shape ? [shape.geometry] : []),
);

export function buildSelectionLayer(state: ViewState, ctx: LayerContext) {
  const shape = state.district ? ctx.atlas.shape(state.district) : undefined;
  return buildOutlineLayer('district-selected', outlineOf(shape), SELECTED_LINE, 3);
}

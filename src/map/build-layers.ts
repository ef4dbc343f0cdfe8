/** All deck.gl layers as a pure function of the state, bottom to top. */
import type { ViewState } from '../state/store.ts';
import { buildBasesLayer } from './layers/bases.ts';
import { buildCoopLayers } from './layers/coop.ts';
import type { LayerContext } from './layers/context.ts';
import { buildIndustryLayers } from './layers/industry.ts';
import { buildLabelLayer } from './layers/labels.ts';
import { buildRegionLayers } from './layers/regions.ts';
import { buildSelectionLayer } from './layers/selection.ts';

/** `labels`: the place ids label placement keeps at the current zoom (null: all). */
export function buildLayers(
  state: ViewState,
  ctx: LayerContext,
  labels: ReadonlySet<string> | null = null,
) {
  const [fill, zoneOutline, zoneFill] = buildIndustryLayers(state, ctx);
  return [
    fill,
    ...buildRegionLayers(state, ctx),
    ...buildCoopLayers(state, ctx),
    buildSelectionLayer(state, ctx),
    buildLabelLayer(state, ctx, labels),
    zoneOutline,
    zoneFill,
    state.layers.includes('bases') ? buildBasesLayer(state, ctx) : null,
  ];
}

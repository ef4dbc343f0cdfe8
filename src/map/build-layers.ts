/** deck.gl layers as a pure function of the state, bottom to top. */
import type { ViewState } from '../state/store.ts';
import { buildBasesLayer } from './layers/bases.ts';
import { buildCoopLayers } from './layers/coop.ts';
import type { LayerContext } from './layers/context.ts';
import { buildLabelLayers, type PlacedLabels } from './layers/labels.ts';
import { buildBrandLayer } from './layers/brands.ts';
import { buildZoneLayers } from './layers/zones.ts';

/** `labels`: where label placement put the labels it keeps at the current camera (null: all). */
export function buildLayers(
  state: ViewState,
  ctx: LayerContext,
  labels: PlacedLabels | null = null,
) {
  return [
    ...buildCoopLayers(state, ctx),
    ...buildLabelLayers(state, ctx, labels),
    state.layers.includes('brands') ? buildBrandLayer(state, ctx) : null,
    ...buildZoneLayers(state, ctx),
    state.layers.includes('bases') ? buildBasesLayer(state, ctx) : null,
  ];
}

/** deck.gl layers as a pure function of the state, bottom to top, each with its stage. */
import type { Layer } from '@deck.gl/core';
import type { ViewState } from '../state/store.ts';
import type { LayerContext } from './layers/context.ts';
import { MAP_LAYERS } from './layers/types.ts';
import { LIVE_LAYERS } from './live-layers.ts';
import type { LiveNames, Stage } from './live/types.ts';

export { STAGES, type Stage } from './live/types.ts';

export interface StagedLayer {
  stage: Stage;
  layer: Layer;
}

/** Every registered deck layer, in the registry's order; `names`: label placement's result. */
export function buildLayers(
  state: ViewState,
  ctx: LayerContext,
  names: LiveNames | null = null,
): StagedLayer[] {
  return MAP_LAYERS.flatMap((id) => {
    const live = LIVE_LAYERS[id];
    if (live.engine !== 'deck') return [];
    return live
      .build(state, ctx, names)
      .filter((l): l is Layer => l !== null)
      .map((layer) => ({ stage: live.stage, layer }));
  });
}

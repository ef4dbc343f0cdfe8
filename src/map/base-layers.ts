/**
 * The layers maplibre draws — the choropleth (recoloured through feature-state), the Sichuan
 * partners, every border, the rivers, 主城, and the group, belt, framework and selection outlines —
 * each in its folder (src/map/layers/<id>/live.ts); this adds and syncs them in the registry's order.
 *
 * Why maplibre and not deck.gl: deck redraws all its layers on any change; under software WebGL
 * the big static polygons and thousands of border segments made every filter change cost
 * ≈ 600 ms. maplibre's canvas is only redrawn when its own content changes, and a feature-state
 * recolour is cheap. deck keeps labels, base symbols, zone markers and arcs.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Atlas } from '../geo/atlas.ts';
import type { ViewState } from '../state/store.ts';
import type { LayerContext } from './layers/context.ts';
import { MAP_LAYERS } from './layers/types.ts';
import { LIVE_LAYERS } from './live-layers.ts';
import type { BaseLayerMemory } from './live/types.ts';

export type { BaseLayerMemory } from './live/types.ts';
export { unitFills } from './layers/choropleth/index.ts';

/** Adds every maplibre-drawn layer's sources and layers, in the registry's order. */
export function addBaseLayers(map: MapLibreMap, atlas: Atlas, data: LayerContext['data']): void {
  for (const id of MAP_LAYERS) {
    const live = LIVE_LAYERS[id];
    if (live.engine === 'maplibre') live.add(map, atlas, data);
  }
}

/** Brings maplibre's layers in line with the state: fills, visibility, the subject, the selection. */
export function syncBaseLayers(
  map: MapLibreMap,
  state: ViewState,
  ctx: LayerContext,
  memory: BaseLayerMemory,
): void {
  for (const id of MAP_LAYERS) {
    const live = LIVE_LAYERS[id];
    if (live.engine === 'maplibre') live.sync(map, state, ctx, memory);
  }
}

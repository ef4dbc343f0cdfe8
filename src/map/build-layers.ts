/** deck.gl layers as a pure function of the state, bottom to top, each with its stage. */
import type { Layer } from '@deck.gl/core';
import type { ViewState } from '../state/store.ts';
import { buildBasesLayer } from './layers/bases.ts';
import { buildCoopLayers } from './layers/coop.ts';
import type { LayerContext } from './layers/context.ts';
import { buildLabelLayers, type PlacedLabels } from './layers/labels.ts';
import { buildBrandLayer } from './layers/brands.ts';
import { buildZoneLayers } from './layers/zones.ts';

/**
 * When a layer joins the live map, essentials first. Software WebGL compiles each new kind of
 * shader program for ≈ 0.5–0.9 s on the main thread; staging puts the names on screen first and
 * lets input through between compiles. In order.
 */
export const STAGES = ['names', 'symbols', 'links'] as const;
export type Stage = (typeof STAGES)[number];

export interface StagedLayer {
  stage: Stage;
  layer: Layer;
}

/** `labels`: where label placement put the labels it keeps at the current camera (null: all). */
export function buildLayers(
  state: ViewState,
  ctx: LayerContext,
  labels: PlacedLabels | null = null,
): StagedLayer[] {
  const staged = (stage: Stage, layers: readonly (Layer | null)[]): StagedLayer[] =>
    layers.filter((l): l is Layer => l !== null).map((layer) => ({ stage, layer }));
  return [
    ...staged('links', buildCoopLayers(state, ctx)),
    ...staged('names', buildLabelLayers(state, ctx, labels)),
    ...staged('names', [state.layers.includes('brands') ? buildBrandLayer(state, ctx) : null]),
    ...staged('symbols', buildZoneLayers(state, ctx)),
    ...staged('symbols', [state.layers.includes('bases') ? buildBasesLayer(state, ctx) : null]),
  ];
}

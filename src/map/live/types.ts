/**
 * How a layer is drawn on the live map (WebGL): by maplibre (polygons and lines: redrawn only when
 * its own content changes, cheap recolours through feature-state) or by deck.gl (symbols, names,
 * arcs). Each layer's drawing lives in its folder (src/map/layers/<id>/live.ts), listed in
 * ../live-layers.ts.
 */
import type { Layer } from '@deck.gl/core';
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DataFiles } from '../../data/types.ts';
import type { Atlas } from '../../geo/atlas.ts';
import type { ViewState } from '../../state/store.ts';
import type { LayerContext } from '../layers/context.ts';
import type { LineSign } from '../layers/types.ts';
import type { PlacedLabels } from '../layers/labels.ts';

/**
 * When a layer joins the live map, essentials first. Software WebGL compiles each new kind of
 * shader program for ≈ 0.5–0.9 s on the main thread; staging puts the names on screen first and
 * lets input through between compiles. In order.
 */
export const STAGES = ['names', 'symbols', 'links'] as const;
export type Stage = (typeof STAGES)[number];

/** What was last sent to maplibre, so a sync only sends what changed. */
export interface BaseLayerMemory {
  fills: Map<string, string>;
  selected: string | null;
  highlight?: readonly string[];
  /** Last value written per key (a layer's filter or visibility). */
  last: Map<string, string>;
}

export type LiveLayer =
  | {
      engine: 'maplibre';
      /** Adds its sources and layers to a loaded map. */
      add(map: MapLibreMap, atlas: Atlas, data: DataFiles): void;
      /** Brings them in line with the state. */
      sync(map: MapLibreMap, state: ViewState, ctx: LayerContext, memory: BaseLayerMemory): void;
    }
  | {
      engine: 'deck';
      stage: Stage;
      /** `names`: where label placement put the names it keeps at this camera (null: not yet). */
      build(state: ViewState, ctx: LayerContext, names: LiveNames | null): (Layer | null)[];
    };

/** Label placement's result as ground positions (deck.gl draws in lng/lat). */
export interface LiveNames {
  /** Places' names, by place id. */
  places: PlacedLabels;
  /** 主城's and the rivers' names, along their course. */
  features: {
    position: [number, number];
    text: string;
    /** Degrees, clockwise on screen (as label placement gives it). */
    angle: number;
    size: number;
    kind: 'core' | 'river';
  }[];
}

export const fc = (features: FeatureCollection['features']): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

/** A line's paint, as the SVG map strokes it (maplibre's dashes are in line widths too). */
export const linePaint = (l: LineSign) => ({
  'line-color': l.colour,
  'line-width': l.width,
  'line-opacity': l.opacity,
  ...(l.dash ? { 'line-dasharray': [...l.dash] } : {}),
});

/** Shows or hides maplibre layers, writing only a change. */
export function showLayers(map: MapLibreMap, ids: readonly string[], on: boolean): void {
  for (const id of ids) {
    const v = on ? 'visible' : 'none';
    if (map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== v)
      map.setLayoutProperty(id, 'visibility', v);
  }
}

/** Sets a layer's filter when it changed (filters by feature id: what a subject leaves drawn). */
export function filterIds(
  map: MapLibreMap,
  memory: BaseLayerMemory,
  layerId: string,
  ids: readonly string[] | null,
): void {
  const key = ids ? ids.join() : '*';
  if (memory.last.get(`filter:${layerId}`) === key || !map.getLayer(layerId)) return;
  memory.last.set(`filter:${layerId}`, key);
  map.setFilter(layerId, ids ? ['in', ['get', 'id'], ['literal', [...ids]]] : null);
}

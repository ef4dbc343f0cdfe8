/**
 * Polygons and outlines drawn by maplibre: the choropleth (recoloured through feature-state), the
 * Sichuan partners, every border, and the group, belt, framework and selection outlines.
 *
 * Why maplibre and not deck.gl: deck redraws all its layers on any change; under software WebGL
 * the big static polygons and thousands of border segments made every filter change cost
 * ≈ 600 ms. maplibre's canvas is only redrawn when its own content changes, and a feature-state
 * recolour is cheap. deck keeps labels, base symbols, zone markers and arcs.
 */
import type { Map as MapLibreMap, LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { GroupId } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import type { ViewState } from '../state/store.ts';
import type { LayerContext } from './layers/context.ts';
import { coopArcs } from './marks.ts';
import {
  GROUP_COLOURS,
  industryColour,
  LINES,
  NEUTRAL_FILL,
  PARTNER_CSS,
  PARTNER_OPACITY,
} from './style.ts';

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const outline = (
  id: string,
  geometry: MultiPolygon,
  props: Record<string, unknown> = {},
): Feature => ({
  type: 'Feature',
  properties: { id, ...props },
  geometry,
});

const linePaint = (l: {
  colour: string;
  width: number;
  opacity: number;
  dash?: readonly number[];
}) => ({
  'line-color': l.colour,
  'line-width': l.width,
  'line-opacity': l.opacity,
  // maplibre's dashes are in line widths.
  ...(l.dash ? { 'line-dasharray': [...l.dash] } : {}),
});

/** Layer ids by the app layer that switches them. */
export const COOP_LAYERS = ['partner-fill', 'partner-line', 'framework-line'] as const;
export const REGION_LAYERS = ['group-line', 'belt-line', 'belt-partial-line'] as const;
export const FILL_LAYER = 'district-fill';

/** Adds our sources and layers to a loaded map (on top of the embedded or an online style). */
export function addBaseLayers(map: MapLibreMap, atlas: Atlas, data: LayerContext['data']): void {
  const partnerIds = new Set(coopArcs(data.cooperation).map((a) => a.to));
  map.addSource('units', { type: 'geojson', data: fc(atlas.units), promoteId: 'id' });
  map.addSource('partners', {
    type: 'geojson',
    data: fc(
      atlas.sichuan
        .filter((f) => partnerIds.has(f.properties.id))
        .map((f) => ({
          ...f,
          properties: {
            ...f.properties,
            city: atlas.places.get(f.properties.id)?.kind === 'sc-city',
          },
        })),
    ),
    promoteId: 'id',
  });
  map.addSource('frameworks', {
    type: 'geojson',
    data: fc(atlas.frameworks.map((f) => outline(f.id, f.geometry))),
  });
  map.addSource('groups', {
    type: 'geojson',
    data: fc(
      atlas.groups.map((g) =>
        outline(g.id, g.geometry, { colour: GROUP_COLOURS(g.id as GroupId) }),
      ),
    ),
  });
  map.addSource('belts', {
    type: 'geojson',
    data: fc(atlas.belts.map((b) => outline(b.id, b.whole))),
  });
  map.addSource('belt-partials', {
    type: 'geojson',
    data: fc(atlas.belts.flatMap((b) => b.partial)),
  });
  map.addSource('selected', { type: 'geojson', data: fc([]) });
  map.addSource('highlight', { type: 'geojson', data: fc([]) });

  const neutral = `rgb(${NEUTRAL_FILL.slice(0, 3).join(',')})`;
  const layers: LayerSpecification[] = [
    {
      id: 'partner-fill',
      type: 'fill',
      source: 'partners',
      paint: {
        'fill-color': PARTNER_CSS,
        'fill-opacity': ['case', ['get', 'city'], PARTNER_OPACITY.city, PARTNER_OPACITY.county],
      },
    },
    {
      id: FILL_LAYER,
      type: 'fill',
      source: 'units',
      paint: { 'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], neutral]] },
    },
    {
      id: 'district-line',
      type: 'line',
      source: 'units',
      paint: linePaint(LINES.district),
    },
    {
      id: 'partner-line',
      type: 'line',
      source: 'partners',
      paint: linePaint(LINES.partner),
    },
    {
      id: 'framework-line',
      type: 'line',
      source: 'frameworks',
      paint: linePaint(LINES.framework),
    },
    {
      id: 'group-line',
      type: 'line',
      source: 'groups',
      paint: { 'line-color': ['get', 'colour'], 'line-width': LINES.group.width },
    },
    {
      id: 'belt-line',
      type: 'line',
      source: 'belts',
      paint: linePaint(LINES.belt),
    },
    {
      id: 'belt-partial-line',
      type: 'line',
      source: 'belt-partials',
      paint: linePaint(LINES.beltPartial),
    },
    {
      id: 'highlight-halo',
      type: 'line',
      source: 'highlight',
      paint: linePaint(LINES.highlightHalo),
    },
    {
      id: 'highlight-line',
      type: 'line',
      source: 'highlight',
      paint: linePaint(LINES.highlight),
    },
    {
      id: 'selected-line',
      type: 'line',
      source: 'selected',
      paint: linePaint(LINES.selected),
    },
  ];
  for (const l of layers) map.addLayer(l);
}

/** The fill colour of each unit for a state (neutral where the filter leaves it out). */
export function unitFills(state: ViewState, ctx: LayerContext): Map<string, string> {
  const on = state.layers.includes('industry');
  const out = new Map<string, string>();
  for (const u of ctx.atlas.units) {
    const id = u.properties.id;
    const c =
      on && ctx.matching.has(id) ? industryColour(ctx.counts.get(id) ?? 0, ctx.max) : NEUTRAL_FILL;
    out.set(id, `rgb(${c[0]},${c[1]},${c[2]})`);
  }
  return out;
}

/** What was last sent to maplibre, so a sync only sends what changed. */
export interface BaseLayerMemory {
  fills: Map<string, string>;
  selected: string | null;
  highlight?: readonly string[];
}

/** Brings maplibre's layers in line with the state: fills, visibility, selection. */
export function syncBaseLayers(
  map: MapLibreMap,
  state: ViewState,
  ctx: LayerContext,
  memory: BaseLayerMemory,
): void {
  for (const [id, fill] of unitFills(state, ctx)) {
    if (memory.fills.get(id) === fill) continue;
    map.setFeatureState({ source: 'units', id }, { fill });
    memory.fills.set(id, fill);
  }
  const show = (ids: readonly string[], on: boolean) => {
    for (const id of ids) {
      const v = on ? 'visible' : 'none';
      if (map.getLayoutProperty(id, 'visibility') !== v) map.setLayoutProperty(id, 'visibility', v);
    }
  };
  show(COOP_LAYERS, state.layers.includes('coop'));
  show(REGION_LAYERS, state.layers.includes('regions'));
  if (memory.selected !== state.district) {
    const shape = state.district ? ctx.atlas.shape(state.district) : undefined;
    const src = map.getSource('selected') as { setData(d: FeatureCollection): void } | undefined;
    src?.setData(fc(shape ? [shape] : []));
    memory.selected = state.district;
  }
  if (memory.highlight !== state.highlight) {
    const shapes = state.highlight.map((id) => ctx.atlas.shape(id)).filter((x) => x !== undefined);
    const src = map.getSource('highlight') as { setData(d: FeatureCollection): void } | undefined;
    src?.setData(fc(shapes));
    memory.highlight = state.highlight;
  }
}

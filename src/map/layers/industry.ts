/** The industry-layout choropleth: districts coloured by how many selected sub-industries list them. */
import { GeoJsonLayer, IconLayer } from '@deck.gl/layers';
import type { PlaceRecord, ProgrammeId } from '../../data/types.ts';
import { iconAtlas } from './icons.ts';
import { buildOutlineLayer } from './lines.ts';
import { memoBy } from './memo.ts';
import type { DataFiles } from '../../data/types.ts';

const zonesOf = memoBy((data: DataFiles) =>
  data.places.filter((p) => p.kind === 'functional-zone'),
);
import type { PlaceShape } from '../../geo/atlas.ts';
import type { ViewState } from '../../state/store.ts';
import { industryColour, NEUTRAL_FILL, SELECTED_LINE, type RGBA } from '../style.ts';
import type { LayerContext } from './context.ts';

function fillOf(ctx: LayerContext, id: string, on: boolean): RGBA {
  if (!on || !ctx.matching.has(id)) return NEUTRAL_FILL;
  return industryColour(ctx.counts.get(id) ?? 0, ctx.max);
}

/** District fills (pickable) and functional-zone markers coloured the same way. */
export function buildIndustryLayers(state: ViewState, ctx: LayerContext) {
  const on = state.layers.includes('industry');
  const zones = zonesOf(ctx.data);
  const icons = iconAtlas(ctx.data.programmes.map((p) => p.id) as ProgrammeId[]);
  return [
    new GeoJsonLayer<PlaceShape['properties']>({
      id: 'district-fill',
      data: ctx.atlas.units,
      pickable: true,
      stroked: false,
      filled: true,
      getFillColor: (f) => fillOf(ctx, f.properties.id, on),
      autoHighlight: true,
      highlightColor: [0, 0, 0, 40],
      updateTriggers: { getFillColor: [ctx.filterKey, on] },
    }),
    buildOutlineLayer('district-borders', ctx.atlas.unitBorders, [255, 255, 255, 255], 1),
    // Zones are not counties: a diamond at the zone's centre, coloured like the districts.
    new IconLayer<PlaceRecord>({
      id: 'zone-markers',
      data: zones,
      pickable: true,
      iconAtlas: icons.url,
      iconMapping: icons.mapping,
      getIcon: () => 'zone-outline',
      getPosition: (p) => ctx.atlas.anchor(p.id),
      getColor: SELECTED_LINE,
      getSize: 20,
      sizeUnits: 'pixels',
    }),
    new IconLayer<PlaceRecord>({
      id: 'zone-fill',
      data: zones,
      iconAtlas: icons.url,
      iconMapping: icons.mapping,
      getIcon: () => 'zone-fill',
      getPosition: (p) => ctx.atlas.anchor(p.id),
      getColor: (p) => fillOf(ctx, p.id, on),
      getSize: 20,
      sizeUnits: 'pixels',
      updateTriggers: { getColor: [ctx.filterKey, on] },
    }),
  ];
}

/**
 * Functional zones: diamonds at each zone's centre, coloured like the choropleth (the district
 * polygons themselves are drawn by maplibre, see ../base-layers.ts).
 */
import { IconLayer } from '@deck.gl/layers';
import type { PlaceRecord, ProgrammeId } from '../../data/types.ts';
import { iconAtlas } from './icons.ts';
import { memoBy } from './memo.ts';
import type { DataFiles } from '../../data/types.ts';

const zonesOf = memoBy((data: DataFiles) =>
  data.places.filter((p) => p.kind === 'functional-zone'),
);
import type { ViewState } from '../../state/store.ts';
import { industryColour, NEUTRAL_FILL, SELECTED_LINE, type RGBA } from '../style.ts';
import type { LayerContext } from './context.ts';

function fillOf(ctx: LayerContext, id: string, on: boolean): RGBA {
  if (!on || !ctx.matching.has(id)) return NEUTRAL_FILL;
  return industryColour(ctx.counts.get(id) ?? 0, ctx.max);
}

/** The layer's id: what the live map's picking reports (src/map/start-map.ts). */
export const ZONES_LAYER = 'zone-markers';

/** The zone markers (outline and fill). */
export function buildZoneLayers(state: ViewState, ctx: LayerContext) {
  const on = state.layers.includes('industry');
  const zones = zonesOf(ctx.data);
  const icons = iconAtlas(ctx.data.programmes.map((p) => p.id) as ProgrammeId[]);
  return [
    // Zones are not counties: a diamond at the zone's centre, coloured like the districts.
    new IconLayer<PlaceRecord>({
      id: ZONES_LAYER,
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

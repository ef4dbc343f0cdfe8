/** Functional zones on deck.gl: diamonds at each zone's centre, coloured like the districts. */
import { IconLayer } from '@deck.gl/layers';
import type { DataFiles, PlaceRecord, ProgrammeId } from '../../../data/types.ts';
import type { LiveLayer } from '../../live/types.ts';
import { SELECTED_LINE } from '../../style.ts';
import { iconAtlas } from '../icons.ts';
import { memoBy } from '../../../lib/memo.ts';
import { zoneFill } from './index.ts';

const zonesOf = memoBy((data: DataFiles) =>
  data.places.filter((p) => p.kind === 'functional-zone'),
);

/** The layer's id: what the live map's picking reports (src/map/start-map.ts). */
export const ZONES_LAYER = 'zone-markers';

export const zonesLive: LiveLayer = {
  engine: 'deck',
  stage: 'symbols',
  build: (state, ctx) => {
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
        getColor: (p) => zoneFill(state, ctx, p.id),
        getSize: 20,
        sizeUnits: 'pixels',
        updateTriggers: { getColor: [ctx.filterKey, on] },
      }),
    ];
  },
};

/**
 * 一区两群 and the two trillion-yuan belts: group outlines (unions of members), belts as a thick
 * outline of their whole members and a thin outline round each partial member, so partial reads
 * as partial. Tinted fills only when the choropleth is off (a tint would change its colours).
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, MultiPolygon } from 'geojson';
import type { GroupId } from '../../data/types.ts';
import type { ViewState } from '../../state/store.ts';
import { GROUP_COLOURS, hexToRgba } from '../style.ts';
import type { LayerContext } from './context.ts';
import { buildOutlineLayer } from './lines.ts';
import { memoBy } from './memo.ts';
import type { Outline } from '../../geo/atlas.ts';

const BELT_COLOUR = '#D55E00';

const groupFeatures = memoBy(
  (groups: readonly Outline[]): Feature<MultiPolygon, { id: GroupId }>[] =>
    groups.map((g) => ({
      type: 'Feature',
      properties: { id: g.id as GroupId },
      geometry: g.geometry,
    })),
);

export function buildRegionLayers(state: ViewState, ctx: LayerContext) {
  if (!state.layers.includes('regions')) return [];
  const tints = !state.layers.includes('industry');
  const groups = groupFeatures(ctx.atlas.groups);
  return [
    tints
      ? new GeoJsonLayer<{ id: GroupId }>({
          id: 'regions-group-tint',
          data: groups,
          stroked: false,
          getFillColor: (f) => hexToRgba(GROUP_COLOURS(f.properties.id), 50),
        })
      : null,
    ...ctx.atlas.groups.map((g) =>
      buildOutlineLayer(
        `regions-group-${g.id}`,
        g.segments,
        hexToRgba(GROUP_COLOURS(g.id as GroupId)),
        3,
      ),
    ),
    ...ctx.atlas.belts.flatMap((b) => [
      buildOutlineLayer(`regions-belt-${b.id}`, b.wholeSegments, hexToRgba(BELT_COLOUR), 4),
      buildOutlineLayer(
        `regions-belt-partial-${b.id}`,
        b.partialSegments,
        hexToRgba(BELT_COLOUR, 220),
        1.5,
      ),
    ]),
  ];
}

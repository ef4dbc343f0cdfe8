/**
 * Special bases: one marker per base record, a distinct symbol per programme. Several bases in one
 * district fan out in a row under its label (a fixed pixel offset, so they never stack at any zoom).
 */
import { IconLayer } from '@deck.gl/layers';
import type { BaseRecord, ProgrammeId } from '../../../data/types.ts';
import { BASE_MARK_PX } from '../../label-placement.ts';
import type { LiveLayer } from '../../live/types.ts';
import { placeBases, visibleBases, type PlacedBase } from '../../marks.ts';
import { iconAtlas } from '../icons.ts';
import { memoLast } from '../../../lib/memo.ts';

const placedOf = memoLast(
  (_key: string, bases: readonly BaseRecord[], anchor: (id: string) => [number, number]) =>
    placeBases(bases, anchor),
);

/** The layer's id: what the live map's picking reports (src/map/start-map.ts). */
export const BASES_LAYER = 'bases';

export const basesLive: LiveLayer = {
  engine: 'deck',
  stage: 'symbols',
  build: (state, ctx) => {
    if (!state.layers.includes('bases')) return [];
    const programmes = ctx.data.programmes.map((p) => p.id) as ProgrammeId[];
    const icons = iconAtlas(programmes);
    return [
      new IconLayer<PlacedBase>({
        id: BASES_LAYER,
        data: placedOf(
          `${state.programmes.join(',')}|${ctx.filterKey}|${[...ctx.matching].join(',')}`,
          visibleBases(state, ctx),
          ctx.atlas.anchor,
        ),
        pickable: true,
        iconAtlas: icons.url,
        iconMapping: icons.mapping,
        getIcon: (d) => d.base.programme,
        getPosition: (d) => d.position,
        getPixelOffset: (d) => d.offset,
        getSize: BASE_MARK_PX,
        sizeUnits: 'pixels',
      }),
    ];
  },
};

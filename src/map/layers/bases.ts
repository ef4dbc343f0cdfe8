/**
 * Special bases: one marker per base record, a distinct symbol per programme. Several bases in one
 * district fan out in a row under its label (a fixed pixel offset, so they never stack at any zoom).
 */
import { IconLayer } from '@deck.gl/layers';
import type { BaseRecord, ProgrammeId } from '../../data/types.ts';
import type { ViewState } from '../../state/store.ts';
import { iconAtlas } from './icons.ts';
import { memoLast } from './memo.ts';
import type { LayerContext } from './context.ts';

export interface PlacedBase {
  base: BaseRecord;
  position: [number, number];
  offset: [number, number];
}

/** Marker spacing in pixels, and how far below the district's label the row sits. */
export const BASE_SPACING = 20;
export const BASE_DROP = 24;

/** Places each visible base: at its district's anchor, spread in a row below the label. */
export function placeBases(
  bases: readonly BaseRecord[],
  anchor: (id: string) => [number, number],
): PlacedBase[] {
  const byPlace = new Map<string, BaseRecord[]>();
  for (const b of bases) byPlace.set(b.place, [...(byPlace.get(b.place) ?? []), b]);
  const out: PlacedBase[] = [];
  for (const [place, list] of byPlace) {
    list.forEach((base, i) => {
      out.push({
        base,
        position: anchor(place),
        offset: [(i - (list.length - 1) / 2) * BASE_SPACING, BASE_DROP],
      });
    });
  }
  return out;
}

export function visibleBases(state: ViewState, ctx: LayerContext): BaseRecord[] {
  return ctx.data.bases.filter(
    (b) =>
      (state.programmes.length === 0 || state.programmes.includes(b.programme)) &&
      (state.groups.length === 0 || ctx.matching.has(b.place)),
  );
}

const placedOf = memoLast(
  (_key: string, bases: readonly BaseRecord[], anchor: (id: string) => [number, number]) =>
    placeBases(bases, anchor),
);

export function buildBasesLayer(state: ViewState, ctx: LayerContext) {
  const programmes = ctx.data.programmes.map((p) => p.id) as ProgrammeId[];
  const icons = iconAtlas(programmes);
  return new IconLayer<PlacedBase>({
    id: 'bases',
    data: placedOf(
      `${state.programmes.join(',')}|${[...ctx.matching].join(',')}`,
      visibleBases(state, ctx),
      ctx.atlas.anchor,
    ),
    pickable: true,
    iconAtlas: icons.url,
    iconMapping: icons.mapping,
    getIcon: (d) => d.base.programme,
    getPosition: (d) => d.position,
    getPixelOffset: (d) => d.offset,
    getSize: 22,
    sizeUnits: 'pixels',
  });
}

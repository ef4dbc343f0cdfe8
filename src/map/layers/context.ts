/** What every layer builder reads: the static data and atlas, and values derived once per state. */
import type { DataFiles } from '../../data/types.ts';
import type { Atlas } from '../../geo/atlas.ts';
import { activeRows, countsByPlace, matchingPlaces, maxCount } from '../../state/selectors.ts';
import type { ViewState } from '../../state/store.ts';
import { memoLast } from './memo.ts';

export interface LayerContext {
  data: DataFiles;
  atlas: Atlas;
  /** Selected-row counts per place. */
  counts: ReadonlyMap<string, number>;
  max: number;
  /** Places passing every filter. */
  matching: ReadonlySet<string>;
  /** A key that changes whenever the filter result changes (for updateTriggers). */
  filterKey: string;
}

/**
 * Derives the per-state values the layers and panels share. The result is remembered for the
 * last filter (by reference of the store's arrays), so the map, the legend and the tooltip read one
 * context per change instead of recomputing it each.
 */
export function layerContext(state: ViewState, data: DataFiles, atlas: Atlas): LayerContext {
  return derive(state.industries, state.programmes, state.groups, data, atlas);
}

const derive = memoLast(
  (
    industries: ViewState['industries'],
    programmes: ViewState['programmes'],
    groups: ViewState['groups'],
    data: DataFiles,
    atlas: Atlas,
  ): LayerContext => compute({ industries, programmes, groups }, data, atlas),
);

function compute(
  state: Pick<ViewState, 'industries' | 'programmes' | 'groups'>,
  data: DataFiles,
  atlas: Atlas,
): LayerContext {
  const counts = countsByPlace(activeRows(state, data));
  const matching = new Set(matchingPlaces(state, data).map((m) => m.place.id));
  return {
    data,
    atlas,
    counts,
    max: maxCount(counts),
    matching,
    filterKey: [
      state.industries.join(','),
      state.programmes.join(','),
      state.groups.join(','),
    ].join('|'),
  };
}

/** What every layer builder reads: the static data and atlas, and values derived once per state. */
import type { BaseRecord, BrandRecord, CooperationRecord, DataFiles } from '../../data/types.ts';
import type { Atlas } from '../../geo/atlas.ts';
import { activeRows, countsByPlace, matchingPlaces, maxCount } from '../../state/selectors.ts';
import type { ViewState } from '../../state/store.ts';
import {
  baseIsAbout,
  brandIsAbout,
  cooperationIsAbout,
  subjectOf,
  subjectOmissions,
  type Subject,
  type SubjectOmissions,
} from '../../state/subject.ts';
import { memoLast } from '../../lib/memo.ts';

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
  /** The industries chosen, as one subject (null: none chosen, everything is drawn). */
  subject: Subject | null;
  /** The bases, brands and 川渝 entries about the subject (all of them when there is none). */
  bases: readonly BaseRecord[];
  brands: readonly BrandRecord[];
  cooperation: readonly CooperationRecord[];
  /** How many of each the subject leaves out (the legend says so). */
  omitted: SubjectOmissions;
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
  const subject = subjectOf(state, data);
  return {
    subject,
    bases: subject ? data.bases.filter((b) => baseIsAbout(subject, b)) : data.bases,
    brands: subject
      ? (data.brands ?? []).filter((b) => brandIsAbout(subject, b))
      : (data.brands ?? []),
    cooperation: subject
      ? data.cooperation.filter((c) => cooperationIsAbout(subject, c))
      : data.cooperation,
    omitted: subjectOmissions(subject, data),
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

/** A chapter's spec as the store's view: 门类 names become their rows; what it leaves out is off. */
import type { DataFiles, PlaceRecord } from '../data/types.ts';
import { matchingPlaces } from '../state/selectors.ts';
import type { ChapterView } from '../state/store.ts';
import type { ChapterSpec, TourFile, Tour } from './types.ts';

function rowsOf(spec: ChapterSpec, data: DataFiles): string[] {
  const industries: string[] = [];
  for (const term of spec.industries ?? []) {
    const row = data.layout.find((r) => r.id === term);
    if (row) industries.push(row.id);
    else industries.push(...data.layout.filter((r) => r.category === term).map((r) => r.id));
  }
  return [...new Set(industries)];
}

/**
 * The places an industry chapter is about: every place the layout table lists for its rows, the
 * most-listed first (empty for a chapter that names no industry). From the back of a room a
 * class-count choropleth does not say which districts make liquor; these are outlined on the map
 * and named on the card.
 */
export function chapterSubject(spec: ChapterSpec, data: DataFiles): PlaceRecord[] {
  const industries = rowsOf(spec, data);
  if (!industries.length) return [];
  return matchingPlaces({ industries, programmes: [], groups: [] }, data).map((m) => m.place);
}

/**
 * Up to this many subject places are outlined: a few outlines pick districts out for the room;
 * two dozen (the food chapter) only repeat the colours under them, heavily.
 */
export const OUTLINE_MAX = 8;

/**
 * The store's view for a chapter. It never opens a district panel: a briefing is read from the
 * map and the card (a panel beside them was small print, and squeezed the card). An industry
 * chapter outlines its places (a few of them: OUTLINE_MAX) unless it names its own.
 */
export function chapterView(spec: ChapterSpec, data: DataFiles): ChapterView {
  const subject = chapterSubject(spec, data)
    .filter((p) => p.kind !== 'functional-zone')
    .map((p) => p.id);
  return {
    layers: [...spec.layers],
    industries: rowsOf(spec, data),
    programmes: [...(spec.programmes ?? [])],
    groups: [...(spec.groups ?? [])],
    highlight: [...(spec.highlight ?? (subject.length <= OUTLINE_MAX ? subject : []))],
    district: null,
  };
}

export function findTour(file: TourFile, id: string): Tour | undefined {
  return file.tours.find((t) => t.id === id);
}

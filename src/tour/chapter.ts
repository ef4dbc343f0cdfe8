/** A chapter's spec as the store's view: 门类 names become their rows; what it leaves out is off. */
import type { DataFiles } from '../data/types.ts';
import type { ChapterView } from '../state/store.ts';
import type { ChapterSpec, TourFile, Tour } from './types.ts';

export function chapterView(spec: ChapterSpec, data: DataFiles): ChapterView {
  const industries: string[] = [];
  for (const term of spec.industries ?? []) {
    const row = data.layout.find((r) => r.id === term);
    if (row) industries.push(row.id);
    else industries.push(...data.layout.filter((r) => r.category === term).map((r) => r.id));
  }
  return {
    layers: [...spec.layers],
    industries: [...new Set(industries)],
    programmes: [...(spec.programmes ?? [])],
    groups: [...(spec.groups ?? [])],
    highlight: [...(spec.highlight ?? [])],
    district: spec.district ?? null,
  };
}

export function findTour(file: TourFile, id: string): Tour | undefined {
  return file.tours.find((t) => t.id === id);
}

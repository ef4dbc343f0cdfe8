/**
 * Checks the tours against the data: every layer, sub-industry, programme, group and place a chapter
 * names must exist, and every source must name a seed. Run by the build (vite.config.ts) and the
 * tests; a broken tour fails the build with the chapter and the name at fault.
 */
import type { DataFiles } from '../data/types.ts';
import { LAYER_IDS } from '../state/store.ts';
import type { TourFile } from './types.ts';

export function checkTours(file: TourFile, data: DataFiles, seedDocs: readonly string[]): string[] {
  const problems: string[] = [];
  const rows = new Set(data.layout.map((r) => r.id));
  const categories = new Set(data.layout.map((r) => r.category));
  const programmes = new Set<string>(data.programmes.map((p) => p.id));
  const groups = new Set<string>(data.groups.map((g) => g.id));
  const places = new Set(data.places.map((p) => p.id));
  const tourIds = new Set<string>();
  if (!Array.isArray(file.tours) || file.tours.length === 0) return ['the file lists no tour'];
  for (const tour of file.tours) {
    if (tourIds.has(tour.id)) problems.push(`tour "${tour.id}" is listed twice`);
    tourIds.add(tour.id);
    if (!/^[a-z0-9-]+$/.test(tour.id)) problems.push(`tour id "${tour.id}" is not a-z, 0-9, -`);
    if (!tour.chapters?.length) problems.push(`tour "${tour.id}" has no chapter`);
    const chapterIds = new Set<string>();
    for (const [i, c] of (tour.chapters ?? []).entries()) {
      const at = `${tour.id}/${c.id ?? i + 1}`;
      const bad = (what: string, name: string) => problems.push(`${at}: unknown ${what} "${name}"`);
      if (chapterIds.has(c.id)) problems.push(`${at}: chapter id listed twice`);
      chapterIds.add(c.id);
      for (const k of ['title', 'caption'] as const)
        if (!c[k]?.zh || !c[k]?.en) problems.push(`${at}: ${k} needs zh and en`);
      if (!seedDocs.includes(c.source?.doc)) bad('seed document', String(c.source?.doc));
      if (!c.source?.quote) problems.push(`${at}: source has no quote`);
      const v = c.view;
      if (!v) {
        problems.push(`${at}: no view`);
        continue;
      }
      for (const l of v.layers ?? []) if (!LAYER_IDS.includes(l)) bad('layer', l);
      for (const x of v.industries ?? [])
        if (!rows.has(x) && !categories.has(x)) bad('industry', x);
      for (const x of v.programmes ?? []) if (!programmes.has(x)) bad('programme', x);
      for (const x of v.groups ?? []) if (!groups.has(x)) bad('group', x);
      for (const x of v.highlight ?? []) if (!places.has(x)) bad('place', x);
      // A side panel beside the card was small print from the back of a room, and squeezed it.
      if ('district' in v)
        problems.push(`${at}: a chapter opens no district panel; outline the place ("highlight")`);
      if (v.fit !== 'chongqing') {
        if (!Array.isArray(v.fit) || v.fit.length === 0)
          problems.push(`${at}: fit must be "chongqing" or a list of places`);
        else for (const x of v.fit) if (!places.has(x)) bad('place', x);
      }
    }
  }
  return problems;
}

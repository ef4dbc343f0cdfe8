/**
 * A briefing as a small file a colleague can open (issue 22): JSON with a format tag and a version,
 * holding one tour in the same shape as data/tour.json's. Written by the editor's export and inside
 * the single-file download; read back by the import and by the single file at start-up.
 *
 * The file comes from outside (a colleague, a USB stick), so reading it is a check, not a cast:
 * every chapter must name things the data knows (the same rule the build applies to data/tour.json,
 * `checkTours`) and every quote must be found verbatim in its seed — a briefing that cites a
 * sentence the plans do not contain is refused, never shown.
 */
import type { DataFiles } from '../data/types.ts';
import { checkTours } from '../tour/check.ts';
import type { Tour } from '../tour/types.ts';

export const BRIEFING_FORMAT = 'cq-industrial-map-briefing';
export const BRIEFING_VERSION = 1;
/** A briefing is read, not a book: more chapters than this is a file made for something else. */
export const MAX_CHAPTERS = 60;
/** Files over this are refused before parsing (a briefing is a few KB). */
export const MAX_BRIEFING_BYTES = 1_000_000;

export interface BriefingFile {
  format: typeof BRIEFING_FORMAT;
  version: typeof BRIEFING_VERSION;
  tour: Tour;
}

export type BriefingRead =
  | { ok: true; tour: Tour }
  | {
      ok: false;
      problem: 'too-large' | 'not-json' | 'not-briefing' | 'newer' | 'invalid';
      detail: string[];
    };

/** The file's text (stable key order, indented: it diffs and mails well). */
export function briefingFileText(tour: Tour): string {
  const file: BriefingFile = { format: BRIEFING_FORMAT, version: BRIEFING_VERSION, tour };
  return JSON.stringify(file, null, 1);
}

/**
 * Reads a briefing file. `seedText(doc)` returns a seed's full text (the caller loads them: the
 * seeds are a chunk of their own), so every quote is checked against its document.
 */
export function readBriefingFile(
  text: string,
  data: DataFiles,
  seedText: (doc: string) => string | undefined,
): BriefingRead {
  if (text.length > MAX_BRIEFING_BYTES) return { ok: false, problem: 'too-large', detail: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problem: 'not-json', detail: [String((e as Error).message)] };
  }
  const file = raw as Partial<BriefingFile> | null;
  if (!file || typeof file !== 'object' || file.format !== BRIEFING_FORMAT)
    return { ok: false, problem: 'not-briefing', detail: [] };
  if (typeof file.version !== 'number' || file.version > BRIEFING_VERSION)
    return { ok: false, problem: 'newer', detail: [String(file.version)] };
  const tour = file.tour;
  if (!tour || typeof tour !== 'object' || !Array.isArray(tour.chapters))
    return { ok: false, problem: 'invalid', detail: ['no chapters'] };
  if (tour.chapters.length > MAX_CHAPTERS)
    return { ok: false, problem: 'invalid', detail: [`${tour.chapters.length} chapters`] };
  const problems = checkTours(
    { tours: [tour] },
    data,
    [...new Set(tour.chapters.map((c) => c?.source?.doc))].filter((d) => seedText(d) !== undefined),
  );
  for (const [i, c] of tour.chapters.entries()) {
    const seed = seedText(c?.source?.doc);
    if (seed !== undefined && typeof c.source.quote === 'string' && !seed.includes(c.source.quote))
      problems.push(`${tour.id}/${c.id ?? i + 1}: the quote is not in seed ${c.source.doc}`);
  }
  if (problems.length) return { ok: false, problem: 'invalid', detail: problems };
  return { ok: true, tour };
}

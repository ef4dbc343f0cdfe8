/**
 * One subject at a time: when industries are selected, which bases, brands and 川渝 entries are
 * about them. A handout for a liquor investor should show the liquor bases, not every programme's.
 *
 * The plans do not tag their bases, brands or cooperation entries with a layout row; the link is
 * read from their own words (a base's theme, a brand's name and product, an entry's theme) by the
 * table below. *This is an interpretation*, written down here and in docs/using.md: a theme that names
 * no industry ("消费品工业集聚发展示范区", "国家新型工业化产业示范基地") is about none in particular,
 * so it is left out while a subject is chosen; "食品" is about every row of the two food 门类.
 */
import type {
  BaseRecord,
  BrandRecord,
  CooperationRecord,
  DataFiles,
  LayoutRecord,
} from '../data/types.ts';
import { CATEGORY_PATTERNS, ROW_PATTERNS } from '../data/row-words.ts';
import { activeRows } from './selectors.ts';
import type { ViewState } from './store.ts';

/**
 * The words by which a text is about a layout row are the one industry table's
 * (src/data/industries.ts, `ROW_PATTERNS` and `CATEGORY_PATTERNS`), the same plan fit and siting
 * read; re-exported under the name this module had.
 */
export { ROW_PATTERNS as ROW_WORDS } from '../data/row-words.ts';

/** Whether `text` is about `row`, by the one industry table. */
export function isAbout(text: string, row: LayoutRecord): boolean {
  const words = [...(ROW_PATTERNS[row.id] ?? []), ...(CATEGORY_PATTERNS[row.category] ?? [])];
  return words.some((w) => w.test(text));
}

/** The subject in force: the selected layout rows, or null when nothing is selected. */
export interface Subject {
  rows: LayoutRecord[];
}

export function subjectOf(state: Pick<ViewState, 'industries'>, data: DataFiles): Subject | null {
  return state.industries.length ? { rows: activeRows(state, data) } : null;
}

const aboutAny = (subject: Subject, text: string) => subject.rows.some((r) => isAbout(text, r));

export const baseIsAbout = (subject: Subject | null, b: BaseRecord): boolean =>
  !subject || aboutAny(subject, b.theme);
export const brandIsAbout = (subject: Subject | null, b: BrandRecord): boolean =>
  !subject || aboutAny(subject, `${b.name} ${b.product}`);
export const cooperationIsAbout = (subject: Subject | null, c: CooperationRecord): boolean =>
  !subject || aboutAny(subject, c.theme);

/** How many of each kind the subject leaves out (what the legend tells the reader). */
export interface SubjectOmissions {
  bases: number;
  brands: number;
  cooperation: number;
}

export function subjectOmissions(subject: Subject | null, data: DataFiles): SubjectOmissions {
  if (!subject) return { bases: 0, brands: 0, cooperation: 0 };
  return {
    bases: data.bases.filter((b) => !baseIsAbout(subject, b)).length,
    brands: (data.brands ?? []).filter((b) => !brandIsAbout(subject, b)).length,
    cooperation: data.cooperation.filter((c) => !cooperationIsAbout(subject, c)).length,
  };
}

/**
 * A user's project list as the rest of the app sees it: the import (src/import/fit.ts) gives each
 * project a verdict, the store keeps the counts, the map marks them and the panels say them.
 */

/** Plan-fit verdicts (src/import/fit.ts), strongest first. */
export type Verdict = 'planned' | 'supported' | 'elsewhere' | 'priority' | 'none';
export const VERDICTS: readonly Verdict[] = [
  'planned',
  'supported',
  'elsewhere',
  'priority',
  'none',
];

/** A project list counted by place and verdict: what the map marks and the panels say. */
export interface ProjectMarks {
  /** The file's name (or "pasted" / the sample's). */
  name: string;
  total: number;
  byPlace: Record<string, Record<Verdict, number>>;
}

/** Messages between the page and the import worker (typed both ways). */
import type { DataFiles } from '../data/types.ts';
import type { Encoding, ParseProblem } from './parse.ts';
import type { Mapping, ProjectList, ProjectRow } from './projects.ts';

export type WorkerRequest =
  | { type: 'init'; data: DataFiles }
  | { type: 'parse'; id: number; input: string | Uint8Array; mapping: Mapping | null }
  | { type: 'remap'; id: number; mapping: Mapping };

export type WorkerReply =
  | {
      type: 'resolved';
      id: number;
      /** Null when re-resolved with a new mapping (the file was read before). */
      encoding: Encoding | null;
      header: string[];
      preview: string[][];
      mapping: Mapping;
      list: ProjectList;
      ms: number;
    }
  | { type: 'refused'; id: number; problem: ParseProblem; detail: string }
  /** A chunk of a result's rows, sent before the result itself. */
  | { type: 'rows'; id: number; rows: ProjectRow[] };

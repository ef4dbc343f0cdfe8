/** Messages between the page and the import worker (typed both ways). */
import type { DataFiles } from '../data/types.ts';
import type { HeaderFound } from './header.ts';
import type { Encoding, ParseProblem } from './parse.ts';
import type { ReadProblem } from './read.ts';
import type { Mapping, ProjectList, ProjectRow } from './projects.ts';

export type WorkerRequest =
  | { type: 'init'; data: DataFiles }
  /** `headerRow`: the header row a kept list was read with (the user's choice), else found. */
  | {
      type: 'parse';
      id: number;
      /** Pasted text, or a file: its bytes, or the File itself (the worker reads it). */
      input: string | Uint8Array | Blob;
      mapping: Mapping | null;
      headerRow?: number | null;
      /** The file's name (an HTML table saved as ".xls" is told by it), and a sheet the user chose. */
      name?: string;
      sheet?: number;
    }
  | { type: 'remap'; id: number; mapping: Mapping }
  /** Read the last sheet again with the header at `row` (0-based in the sheet), the user's choice. */
  | { type: 'reheader'; id: number; row: number };

export type WorkerReply =
  | {
      type: 'resolved';
      id: number;
      /** Null when re-resolved with a new mapping (the file was read before). */
      encoding: Encoding | null;
      /** The workbook's sheet names (one for text) and the index of the one read. */
      sheets: string[];
      sheet: number;
      header: string[];
      /** Where the header was found (or chosen), and the rows that could be it. */
      found: HeaderFound;
      /** The sheet's first rows, their first 12 cells (the view offers them as header rows). */
      top: string[][];
      preview: string[][];
      mapping: Mapping;
      list: ProjectList;
      ms: number;
    }
  | { type: 'refused'; id: number; problem: ParseProblem | ReadProblem; detail: string }
  /**
   * The request could not be answered: the worker failed on it (a file that could not be read, or
   * an error in the worker's code). `error` is the reason as thrown; the page says it.
   */
  | { type: 'failed'; id: number; error: string }
  /** A chunk of a result's rows, sent before the result itself. */
  | { type: 'rows'; id: number; rows: ProjectRow[] };

/** Reading an .xlsx workbook (run in the import worker). */
import { readSheet } from 'read-excel-file/web-worker';
import { MAX_BYTES, type Cells } from './parse.ts';

/**
 * An .xlsx workbook's first sheet as cells, by read-excel-file (maintained, MIT; the `xlsx`
 * package on npm, 0.18.5, has unpatched advisories and SheetJS's fixed releases are not on npm).
 * Numbers become their decimal text, dates YYYY-MM-DD, empty cells '' — so a merged header cell
 * shows as a blank one. Blank rows stay (as empty rows): row numbers are the sheet's; the header
 * finder (checkTable) reads past title rows.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<Cells> {
  if (bytes.length > MAX_BYTES) return { ok: false, problem: 'too-large' };
  let sheet: unknown[][];
  try {
    sheet = (await readSheet(bytes.slice().buffer)) as unknown[][];
  } catch (e) {
    return { ok: false, problem: 'bad-workbook', detail: (e as Error).message };
  }
  const text = (v: unknown): string =>
    v === null || v === undefined
      ? ''
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : String(v);
  return { ok: true, cells: sheet.map((r) => r.map(text)), encoding: 'xlsx', delimiter: '' };
}

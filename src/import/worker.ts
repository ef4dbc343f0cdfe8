/**
 * The import worker: parsing and resolving a user's list off the main thread, so a 100,000-row
 * file never blocks the page. It keeps the last sheet's cells so a changed column mapping or a
 * header row the user chose re-reads without reading the file again.
 */
import type { DataFiles } from '../data/types.ts';
import { previewRow, shownColumns } from './columns.ts';
import { HEADER_SCAN } from './header.ts';
import { checkTable, guessMapping, MAX_BYTES, type Encoding, type Table } from './parse.ts';
import { readTables } from './read.ts';
import { resolveProjects, type Mapping } from './projects.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

/** The last sheet read (raw cells, blank rows kept: row numbers are the sheet's), and its book. */
let sheet: {
  cells: string[][];
  /** Its formulas with no saved value (A1 style). */
  uncalculated: string[];
  encoding: Encoding;
  delimiter: string;
  sheets: string[];
  sheet: number;
} | null = null;
/** The table taken from that sheet. */
let table: Table | null = null;
// The data come with the first message, not as an import: the worker stays a few KiB and can be
// inlined into the build (the offline single file has no other files to load it from).
let DATA: DataFiles | null = null;

/**
 * Rows per message: the page takes each as its own task, its rows copied in as it reads them
 * (one 100,000-row message was ≈ 0.8 s; one of 5,000 rows, 50 ms, over 100 on a loaded machine).
 */
const CHUNK = 1_000;

/**
 * Sends a result: its rows first, in chunks, then the rest with an empty row list the page fills
 * from the chunks.
 */
const reply = (r: WorkerReply) => {
  if (r.type !== 'resolved') {
    postMessage(r);
    return;
  }
  const rows = r.list.rows;
  for (let i = 0; i < rows.length; i += CHUNK)
    postMessage({ type: 'rows', id: r.id, rows: rows.slice(i, i + CHUNK) } satisfies WorkerReply);
  postMessage({ ...r, list: { ...r.list, rows: [] } } satisfies WorkerReply);
};

/** Resolves the current table with a mapping and replies. */
const resolve = (id: number, mapping: Mapping, encoding: Table['encoding'] | null, t0: number) => {
  const t = table!;
  const s = sheet!;
  const list = resolveProjects(DATA!, t.header, t.rows, mapping, t.lines, s.uncalculated);
  reply({
    type: 'resolved',
    id,
    encoding,
    sheets: s.sheets,
    sheet: s.sheet,
    header: t.header,
    found: t.found,
    // The header-row choice shows a few cells of each top row: a 5,000-column sheet sends no more.
    top: s.cells.slice(0, HEADER_SCAN).map((r) => r.slice(0, 12)),
    // The cells the page shows of them (src/import/columns.ts).
    preview: t.rows.slice(0, 5).map((r) => previewRow(r, shownColumns(t.header, mapping))),
    mapping,
    list,
    ms: performance.now() - t0,
  });
};

/**
 * A request's input as the readers take it: a File is read here, off the page's thread, and one
 * over the size limit is refused unread. Null when refused (the reply is sent).
 */
async function inputOf(
  req: Extract<WorkerRequest, { type: 'parse' }>,
): Promise<string | Uint8Array | null> {
  const input = req.input;
  if (!(input instanceof Blob)) return input;
  if (input.size > MAX_BYTES) {
    reply({
      type: 'refused',
      id: req.id,
      problem: 'too-large',
      detail: String(MAX_BYTES / 2 ** 20),
    });
    return null;
  }
  return new Uint8Array(await input.arrayBuffer());
}

async function handle(req: Exclude<WorkerRequest, { type: 'init' }>, t0: number): Promise<void> {
  if (!DATA) throw new Error('import worker: no data');
  if (req.type === 'parse' || req.type === 'reheader') {
    if (req.type === 'parse') {
      const input = await inputOf(req);
      if (input === null) return;
      const read = await readTables(input, req.name, req.sheet);
      if (!read.ok) {
        reply({ type: 'refused', id: req.id, problem: read.problem, detail: read.detail });
        return;
      }
      sheet = {
        // Blank rows stay: checkTable skips them but counts them in the sheet's row numbers.
        cells: read.sheets[read.chosen]!.cells,
        uncalculated: read.sheets[read.chosen]!.uncalculated ?? [],
        encoding: read.encoding,
        delimiter: read.delimiter,
        sheets: read.sheets.map((s) => s.name),
        sheet: read.chosen,
      };
    }
    if (!sheet) throw new Error('import worker: no sheet read');
    const parsed = checkTable(
      sheet.cells,
      sheet.encoding,
      sheet.delimiter,
      (req.type === 'reheader' ? req.row : req.headerRow) ?? undefined,
    );
    if (!parsed.ok) {
      reply({ type: 'refused', id: req.id, problem: parsed.problem, detail: parsed.detail ?? '' });
      return;
    }
    table = parsed;
    const mapping = (req.type === 'parse' ? req.mapping : null) ?? guessMapping(parsed.header);
    resolve(req.id, mapping, req.type === 'parse' ? parsed.encoding : null, t0);
  } else if (table) resolve(req.id, req.mapping, null, t0);
  else throw new Error('import worker: no table read');
}

onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  if (req.type === 'init') {
    DATA = req.data;
    return;
  }
  // Every request is answered: a failure here (a file that cannot be read, an error in the
  // readers) goes back as one, where a rejected promise in a worker would reach no one and the
  // page would wait for ever.
  try {
    await handle(req, performance.now());
  } catch (err) {
    const error = err instanceof Error ? err.message || err.name : String(err);
    postMessage({ type: 'failed', id: req.id, error } satisfies WorkerReply);
  }
};

/**
 * The import worker: parsing and resolving a user's list off the main thread, so a 100,000-row
 * file never blocks the page. It keeps the last sheet's cells so a changed column mapping or a
 * header row the user chose re-reads without reading the file again.
 */
import type { DataFiles } from '../data/types.ts';
import { HEADER_SCAN } from './header.ts';
import { checkTable, guessMapping, isZip, readCells, type Cells, type Table } from './parse.ts';
import { readWorkbook } from './xlsx.ts';
import { resolveProjects, type Mapping } from './projects.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

/** The last sheet read, and the table taken from it. */
let sheet: Extract<Cells, { ok: true }> | null = null;
let table: Table | null = null;
// The data come with the first message, not as an import: the worker stays a few KiB and can be
// inlined into the build (the offline single file has no other files to load it from).
let DATA: DataFiles | null = null;

/** Rows per message: the page takes each as its own task (one 100,000-row message was ≈ 0.8 s). */
const CHUNK = 5_000;

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
  const list = resolveProjects(DATA!, t.header, t.rows, mapping, t.lines);
  reply({
    type: 'resolved',
    id,
    encoding,
    header: t.header,
    found: t.found,
    // The header-row choice shows a few cells of each top row: a 5,000-column sheet sends no more.
    top: sheet!.cells.slice(0, HEADER_SCAN).map((r) => r.slice(0, 12)),
    preview: t.rows.slice(0, 5),
    mapping,
    list,
    ms: performance.now() - t0,
  });
};

onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  const t0 = performance.now();
  if (req.type === 'init') {
    DATA = req.data;
    return;
  }
  if (!DATA) throw new Error('import worker: no data');
  if (req.type === 'parse' || req.type === 'reheader') {
    if (req.type === 'parse') {
      const cells =
        typeof req.input !== 'string' && isZip(req.input)
          ? await readWorkbook(req.input)
          : readCells(req.input);
      if (!cells.ok) {
        reply({ type: 'refused', id: req.id, problem: cells.problem, detail: cells.detail ?? '' });
        return;
      }
      sheet = cells;
    }
    if (!sheet) return;
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
  } else if (req.type === 'remap' && table) resolve(req.id, req.mapping, null, t0);
};

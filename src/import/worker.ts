/**
 * The import worker: parsing and resolving a user's list off the main thread, so a 100,000-row
 * file never blocks the page. It keeps the last table so a changed column mapping re-resolves
 * without reading the file again.
 */
import type { DataFiles } from '../data/types.ts';
import { checkTable, guessMapping } from './parse.ts';
import { readTables } from './read.ts';
import { resolveProjects, type Mapping } from './projects.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

let table: { header: string[]; rows: string[][]; sheets: string[]; sheet: number } | null = null;
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

onmessage = async (e: MessageEvent<WorkerRequest>) => {
  const req = e.data;
  const t0 = performance.now();
  if (req.type === 'init') {
    DATA = req.data;
    return;
  }
  if (!DATA) throw new Error('import worker: no data');
  if (req.type === 'parse') {
    const read = await readTables(req.input, req.name, req.sheet);
    if (!read.ok) {
      reply({ type: 'refused', id: req.id, problem: read.problem, detail: read.detail });
      return;
    }
    const cells = read.sheets[read.chosen]!.cells;
    // A workbook's blank rows go (a text file's ",,," rows stay, to be reported as empty rows).
    const isBook = read.encoding === 'xlsx' || read.encoding === 'xls';
    const parsed = checkTable(
      isBook ? cells.filter((r) => r.some((c) => c.trim() !== '')) : cells,
      read.encoding,
    );
    const sheets = read.sheets.map((s) => s.name);
    if (!parsed.ok) {
      reply({ type: 'refused', id: req.id, problem: parsed.problem, detail: parsed.detail ?? '' });
      return;
    }
    table = { header: parsed.header, rows: parsed.rows, sheets, sheet: read.chosen };
    const mapping: Mapping = req.mapping ?? guessMapping(parsed.header);
    const list = resolveProjects(DATA, parsed.header, parsed.rows, mapping);
    reply({
      type: 'resolved',
      id: req.id,
      encoding: parsed.encoding,
      sheets,
      sheet: read.chosen,
      header: parsed.header,
      preview: parsed.rows.slice(0, 5),
      mapping,
      list,
      ms: performance.now() - t0,
    });
  } else if (req.type === 'remap' && table) {
    const list = resolveProjects(DATA, table.header, table.rows, req.mapping);
    reply({
      type: 'resolved',
      id: req.id,
      encoding: null,
      sheets: table.sheets,
      sheet: table.sheet,
      header: table.header,
      preview: table.rows.slice(0, 5),
      mapping: req.mapping,
      list,
      ms: performance.now() - t0,
    });
  }
};

/**
 * Any file an office has, or pasted cells, as sheets of text cells (DOM-free; runs in the import
 * worker). Text files (.csv/.tsv/.txt in UTF-8, GB18030 or UTF-16) are decoded and split here;
 * workbooks (.xlsx, .xls BIFF8, WPS .et — a BIFF8 workbook in a compound file, like .xls) are read
 * by SheetJS CE (`@e965/xlsx` 0.20.3), loaded only when a workbook arrives.
 *
 * A workbook is checked before it is unpacked: the zip's central directory must declare no more
 * than MAX_UNPACKED bytes, and each member is then inflated as a counted stream that stops at its
 * declared size or the limit, whichever is lower — so a file whose headers lie is refused too.
 * The reader then gets the members already inflated, and unpacks nothing itself. Every refusal is a problem code the page words for the user; no
 * reader's message reaches the screen.
 */
import type { CellObject, WorkBook } from '@e965/xlsx';
import { readOoxml, type Ssf as OoxmlSsf } from './ooxml.ts';
import { MAX_BYTES, readCells, type Encoding, type ParseProblem } from './parse.ts';

/** A workbook may unpack to this much at most (a 100,000-row ledger unpacks to ≈ 40 MB). */
export const MAX_UNPACKED = 100 * 1024 * 1024;
/** Cells of one sheet at most (100,000 rows × 30 columns): more would not fit the worker's memory. */
export const MAX_CELLS = 3_000_000;

/** What the file picker offers: every type read here, by extension and MIME type. */
export const ACCEPT = [
  '.xlsx',
  '.xls',
  '.et',
  '.csv',
  '.tsv',
  '.txt',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/vnd.ms-works',
  'application/wps-office.et',
  'text/csv',
  'text/tab-separated-values',
  'text/plain',
].join(',');

export type ReadProblem =
  /** Nothing in it. */
  | 'empty'
  /** Neither text nor a workbook. */
  | 'binary'
  /** Over MAX_BYTES packed. */
  | 'too-large'

  /** Would unpack past MAX_UNPACKED (detail: the declared size in MB). */
  | 'bomb'
  /** Inflates past the size its own headers declare (damaged or crafted). */
  | 'bomb-hidden'
  /** A sheet over MAX_CELLS (detail: its cell count). */
  | 'too-many-cells'
  /** A workbook the reader cannot open (damaged, or not a spreadsheet). */
  | 'bad-workbook'
  /** A workbook with a password. */
  | 'encrypted'
  /** A workbook none of whose sheets holds a row (detail: the number of sheets). */
  | 'no-table';

export interface Sheet {
  name: string;
  /**
   * Row i is the sheet's row i + 1, cell j its column j + 1: blank rows inside stay (as empty
   * rows), so row numbers are the sheet's; blank trailing rows and columns go.
   */
  cells: string[][];
  /**
   * Cells holding a formula with no saved value (a workbook written by a program that does not
   * calculate): blank in `cells`, listed here (A1 style) so that the blank is not silent.
   */
  uncalculated?: string[];
}

export type ReadResult =
  | {
      ok: true;
      sheets: Sheet[];
      encoding: Encoding;
      /** The text's delimiter ('' for a workbook). */
      delimiter: string;
      chosen: number;
    }
  | { ok: false; problem: ReadProblem | ParseProblem; detail: string };

const refuse = (problem: ReadProblem | ParseProblem, detail = ''): ReadResult => ({
  ok: false,
  problem,
  detail,
});

/** What the first bytes say the input is. */
export function sniffKind(bytes: Uint8Array): 'zip' | 'cfb' | 'text' {
  const at = (i: number, ...b: number[]) => b.every((x, k) => bytes[i + k] === x);
  if (at(0, 0x50, 0x4b, 0x03, 0x04)) return 'zip';
  // OLE2 compound file: .xls (BIFF8) and WPS's .et both are one.
  if (at(0, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'cfb';
  return 'text';
}

/** Whether a sheet holds a table: a header and at least one row with something in it. */
const holdsTable = (s: Sheet) => s.cells.filter((r) => r.some((c) => c.trim() !== '')).length >= 2;

/**
 * Reads pasted text or a file's bytes into sheets. `chosen` is the first sheet holding a table
 * (a workbook whose first sheet is empty uses the next), or `sheet` when the user picked one.
 */
export async function readTables(
  input: Uint8Array | string,
  name = '',
  sheet?: number,
): Promise<ReadResult> {
  // Text (pasted, or a text file below) is refused by parse.ts in its own words (paste-too-large,
  // open-quote, binary…).
  if (typeof input === 'string') return textSheet(input, name);
  if (input.length > MAX_BYTES) return refuse('too-large', String(MAX_BYTES / 1024 / 1024));
  if (!input.length) return refuse('empty');
  const kind = sniffKind(input);
  // Some office systems save an HTML table as ".xls": the workbook reader reads those too.
  const htmlXls = kind === 'text' && /\.(xls|et)$/i.test(name) && /^\s*</.test(peek(input));
  if (kind === 'text' && !htmlXls) return textSheet(input, name);
  let book = input;
  let read: Awaited<ReturnType<typeof readWorkbook>> | null = null;
  if (kind === 'zip') {
    const z = await unpackZip(input, MAX_UNPACKED);
    if (z === 'lying') return refuse('bomb-hidden');
    if (typeof z === 'string') return refuse('bomb', z);
    // The common workbook read by the fast scanner (ooxml.ts); anything else by SheetJS, which
    // gets the members already inflated (stored): nothing unpacks past the check.
    if (z) {
      read = await readFast(z);
      if (!read) book = storedZip(z);
    }
  }
  read ??= await readWorkbook(book);
  if (!read.ok) return read;
  const sheets = read.sheets;
  const chosen =
    sheet !== undefined && sheets[sheet] ? sheet : sheets.findIndex((s) => holdsTable(s));
  if (chosen < 0) return refuse('no-table', String(sheets.length));
  return { ok: true, sheets, encoding: kind === 'zip' ? 'xlsx' : 'xls', delimiter: '', chosen };
}

const peek = (b: Uint8Array) => new TextDecoder('latin1').decode(b.subarray(0, 256));

/** Text (pasted, or a file's bytes decoded) as one sheet, by the ledger's reader (parse.ts). */
function textSheet(input: string | Uint8Array, name: string): ReadResult {
  const c = readCells(input);
  if (!c.ok) return refuse(c.problem, c.detail);
  const n = c.cells.reduce((s, r) => s + r.length, 0);
  if (n > MAX_CELLS) return refuse('too-many-cells', String(n));
  const sheet: Sheet = { name, cells: c.cells };
  return { ok: true, sheets: [sheet], encoding: c.encoding, delimiter: c.delimiter, chosen: 0 };
}

/** Every sheet of a workbook as text cells, by SheetJS (imported here, on first use). */
export async function readWorkbook(
  bytes: Uint8Array,
): Promise<{ ok: true; sheets: Sheet[] } | { ok: false; problem: ReadProblem; detail: string }> {
  const XLSX = await import('@e965/xlsx');
  let wb: WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'array',
      dense: true,
      // Number formats kept: a date is a number in a date format.
      cellNF: true,
      // Formulas read only to tell a formula with no saved value from an empty cell.
      cellFormula: true,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
    });
  } catch (e) {
    const m = String((e as Error)?.message ?? e);
    // Only the messages that mean a password (a damaged file can say "ZIP encryption" too).
    return /password|ECMA-376 Encrypt|Encryption scheme/i.test(m)
      ? { ok: false, problem: 'encrypted', detail: '' }
      : { ok: false, problem: 'bad-workbook', detail: '' };
  }
  const sheets: Sheet[] = [];
  for (const sheetName of wb.SheetNames) {
    const ws = wb.Sheets[sheetName];
    const rows = (ws?.['!data'] ?? []) as (CellObject | undefined)[][];
    let n = 0;
    for (const r of rows) n += r ? r.length : 0;
    if (n > MAX_CELLS) return { ok: false, problem: 'too-many-cells', detail: String(n) };
    const raw: (string | undefined)[][] = [];
    const uncalculated: string[] = [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] ?? [];
      const out: string[] = [];
      for (let j = 0; j < row.length; j++) {
        const c = row[j];
        if (c?.f !== undefined && (c.v === undefined || c.v === null)) {
          uncalculated.push(XLSX.utils.encode_cell({ r: i, c: j }));
          out.push('');
        } else out.push(cellText(c, XLSX.SSF));
      }
      raw.push(out);
    }
    sheets.push(sheetOf(sheetName, raw, uncalculated));
  }
  return { ok: true, sheets };
}

/**
 * A sheet from its rows of text (holes where a row or cell is missing): trailing blank cells and
 * rows go, and every row is as wide as the widest — a header cell merged across (its right part
 * empty) then shows as a blank header, as in the text the same sheet saves to.
 */
function sheetOf(
  name: string,
  raw: readonly ((string | undefined)[] | undefined)[],
  uncalculated: string[],
): Sheet {
  const cells: string[][] = [];
  for (let i = 0; i < raw.length; i++) {
    const row = raw[i] ?? [];
    const out: string[] = new Array<string>(row.length);
    for (let j = 0; j < row.length; j++) out[j] = row[j] ?? '';
    while (out.length && out[out.length - 1] === '') out.pop();
    cells.push(out);
  }
  while (cells.length && !cells[cells.length - 1]!.length) cells.pop();
  const width = cells.reduce((w, r) => Math.max(w, r.length), 0);
  for (const r of cells) while (r.length < width) r.push('');
  return uncalculated.length ? { name, cells, uncalculated } : { name, cells };
}

/**
 * An .xlsx's sheets by the fast scanner alone (null when it would go to SheetJS, or is refused):
 * what readTables gives for it, to compare with readWorkbook's.
 */
export async function readXlsxFast(bytes: Uint8Array): Promise<Sheet[] | null> {
  const z = await unpackZip(bytes, MAX_UNPACKED);
  if (!z || typeof z === 'string') return null;
  const r = await readFast(z);
  return r?.ok ? r.sheets : null;
}

/** An unpacked .xlsx by the fast scanner (ooxml.ts), or null when it must go to SheetJS. */
async function readFast(
  files: readonly ZipMember[],
): Promise<
  { ok: true; sheets: Sheet[] } | { ok: false; problem: ReadProblem; detail: string } | null
> {
  const XLSX = await import('@e965/xlsx');
  const dec = new TextDecoder('utf-8');
  const byPath = new Map(files.map((f) => [dec.decode(f.name), f.data]));
  const raw = readOoxml(byPath, XLSX.SSF as OoxmlSsf, MAX_CELLS);
  if (!raw) return null;
  const over = raw.find((s) => s.count > MAX_CELLS);
  if (over) return { ok: false, problem: 'too-many-cells', detail: String(over.count) };
  return { ok: true, sheets: raw.map((s) => sheetOf(s.name, s.rows, s.uncalculated)) };
}

interface Ssf {
  is_date(fmt: string): boolean;
  parse_date_code(v: number): { y: number; m: number; d: number; H: number; M: number };
}

/**
 * A cell as text: numbers as Excel shows them at full precision (15 significant digits), dates
 * (number cells in a date format) as YYYY-MM-DD (with HH:MM when they carry a time), booleans as
 * TRUE/FALSE, errors as Excel writes them (#DIV/0!). A merged range's value is in its first cell,
 * the others empty — as the reader gives it.
 */
export function cellText(c: CellObject | undefined, ssf: Ssf): string {
  if (!c || c.v === undefined || c.v === null) return c?.t === 'e' ? (c.w ?? '#N/A') : '';
  const p = (x: number) => String(x).padStart(2, '0');
  switch (c.t) {
    case 'n': {
      const v = c.v as number;
      if (typeof c.z === 'string' && ssf.is_date(c.z)) {
        const d = ssf.parse_date_code(v);
        const day = `${d.y}-${p(d.m)}-${p(d.d)}`;
        return v % 1 ? `${day} ${p(d.H)}:${p(d.M)}` : day;
      }
      return String(Number(v.toPrecision(15)));
    }
    case 'd': {
      const d = c.v instanceof Date ? c.v : new Date(String(c.v));
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
    }
    case 'b':
      return c.v ? 'TRUE' : 'FALSE';
    case 'e':
      return c.w ?? '#N/A';
    default:
      return String(c.v);
  }
}

/**
 * Checks a zip before anything unpacks it. Returns why it is refused ('<MB>' declared, 'lying'
 * when a member inflates past its declared size or the limit), or '' when it is within `limit` (or
 * has no readable directory: the reader then refuses it as damaged).
 */
export async function checkZip(bytes: Uint8Array, limit: number): Promise<string> {
  const z = await unpackZip(bytes, limit);
  return typeof z === 'string' ? z : '';
}

/**
 * Unpacks a zip within `limit`: the central directory's declared sizes first (a bomb that says
 * what it is goes without inflating a byte), then each member inflated natively as a counted
 * stream that stops at its declared size or the limit. Returns the members inflated (the fast
 * scanner reads them; SheetJS gets them as a stored zip, so its slow JavaScript inflate is
 * skipped), or the refusal ('<MB>' or 'lying'), or null for no readable directory.
 */
interface ZipMember {
  name: Uint8Array;
  data: Uint8Array;
}

async function unpackZip(bytes: Uint8Array, limit: number): Promise<ZipMember[] | string | null> {
  const entries = centralDirectory(bytes);
  if (!entries) return null;
  const declared = entries.reduce((s, e) => s + e.size, 0);
  if (declared > limit) return String(Math.round(declared / 1024 / 1024));
  const files: ZipMember[] = [];
  let total = 0;
  for (const e of entries) {
    const start = localData(bytes, e.offset);
    if (start < 0 || (e.method !== 0 && e.method !== 8)) return null;
    const raw = bytes.subarray(start, start + e.packed);
    const data = e.method === 0 ? raw : await inflate(raw, Math.min(e.size, limit - total));
    if (!data) return 'lying';
    total += data.length;
    files.push({ name: bytes.subarray(e.nameAt, e.nameAt + e.nameLen), data });
  }
  return files;
}

/** A zip of stored members (CRCs left 0: the reader does not check them). */
function storedZip(files: readonly ZipMember[]): Uint8Array {
  const size = files.reduce((s, f) => s + 30 + 46 + 2 * f.name.length + f.data.length, 22);
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const f of files) {
    offsets.push(at);
    v.setUint32(at, 0x04034b50, true);
    v.setUint16(at + 4, 20, true);
    v.setUint32(at + 18, f.data.length, true);
    v.setUint32(at + 22, f.data.length, true);
    v.setUint16(at + 26, f.name.length, true);
    out.set(f.name, at + 30);
    out.set(f.data, at + 30 + f.name.length);
    at += 30 + f.name.length + f.data.length;
  }
  const cd = at;
  files.forEach((f, k) => {
    v.setUint32(at, 0x02014b50, true);
    v.setUint16(at + 4, 20, true);
    v.setUint16(at + 6, 20, true);
    v.setUint32(at + 20, f.data.length, true);
    v.setUint32(at + 24, f.data.length, true);
    v.setUint16(at + 28, f.name.length, true);
    v.setUint32(at + 42, offsets[k]!, true);
    out.set(f.name, at + 46);
    at += 46 + f.name.length;
  });
  v.setUint32(at, 0x06054b50, true);
  v.setUint16(at + 8, files.length, true);
  v.setUint16(at + 10, files.length, true);
  v.setUint32(at + 12, at - cd, true);
  v.setUint32(at + 16, cd, true);
  return out;
}

interface Entry {
  nameAt: number;
  nameLen: number;
  method: number;
  packed: number;
  size: number;
  offset: number;
}

/** The central directory's entries (zip64 sizes included), or null when there is none. */
function centralDirectory(b: Uint8Array): Entry[] | null {
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--)
    if (v.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  let count = v.getUint16(eocd + 10, true);
  let at = v.getUint32(eocd + 16, true);
  const loc = eocd - 20;
  if (
    (count === 0xffff || at === 0xffffffff) &&
    loc >= 0 &&
    v.getUint32(loc, true) === 0x07064b50
  ) {
    const z = Number(v.getBigUint64(loc + 8, true));
    if (z + 56 > b.length || v.getUint32(z, true) !== 0x06064b50) return null;
    count = Number(v.getBigUint64(z + 32, true));
    at = Number(v.getBigUint64(z + 48, true));
  }
  const out: Entry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > b.length || v.getUint32(at, true) !== 0x02014b50) return null;
    const e: Entry = {
      nameAt: at + 46,
      nameLen: v.getUint16(at + 28, true),
      method: v.getUint16(at + 10, true),
      packed: v.getUint32(at + 20, true),
      size: v.getUint32(at + 24, true),
      offset: v.getUint32(at + 42, true),
    };
    const nameLen = v.getUint16(at + 28, true);
    const extraLen = v.getUint16(at + 30, true);
    const commentLen = v.getUint16(at + 32, true);
    // Zip64: the sizes that read 0xFFFFFFFF are in the extra field 0x0001, in this order.
    let x = at + 46 + nameLen;
    const xEnd = Math.min(x + extraLen, b.length);
    while (x + 4 <= xEnd) {
      const id = v.getUint16(x, true);
      const len = v.getUint16(x + 2, true);
      if (id === 0x0001) {
        let f = x + 4;
        const big = () => {
          const n = f + 8 <= xEnd ? Number(v.getBigUint64(f, true)) : Infinity;
          f += 8;
          return n;
        };
        if (e.size === 0xffffffff) e.size = big();
        if (e.packed === 0xffffffff) e.packed = big();
        if (e.offset === 0xffffffff) e.offset = big();
      }
      x += 4 + len;
    }
    out.push(e);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Where a member's data start, after its local header (-1 when the header is not there). */
function localData(b: Uint8Array, offset: number): number {
  if (offset + 30 > b.length) return -1;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (v.getUint32(offset, true) !== 0x04034b50) return -1;
  return offset + 30 + v.getUint16(offset + 26, true) + v.getUint16(offset + 28, true);
}

/** Inflates raw deflate data as a stream: the bytes, or null once past `max` bytes. */
async function inflate(data: Uint8Array, max: number): Promise<Uint8Array | null> {
  const reader = new Blob([data as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const parts: Uint8Array[] = [];
  let n = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      n += value.length;
      if (n > max) {
        await reader.cancel();
        return null;
      }
      parts.push(value);
    }
  } catch {
    // Damaged data: what inflated so far; the reader will refuse the workbook in its turn.
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

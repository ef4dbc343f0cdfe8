/**
 * Reading a user's file or pasted cells: the encoding (UTF-8 with or without BOM, else GB18030 —
 * what Chinese Excel writes by default — told apart by a strict UTF-8 decode), the delimiter
 * (the one that makes the header row a header: tab for cells pasted from Excel/WPS, else comma or
 * semicolon), RFC 4180 quoting, and the header row (src/import/header.ts: past title rows,
 * 填报单位 lines and blank rows). A file that cannot be a table is refused with the reason; nothing
 * is guessed silently. Row numbers are the sheet's: blank rows are skipped but counted.
 */
import { findHeader, type HeaderFound } from './header.ts';
import { FIELD_IDS, exactField, heldField, type Field } from './fields.ts';
// The header names live in fields.ts (header.ts reads them too, without an import cycle).
export { FIELDS, FIELD_IDS, exactField, heldField, normHeader, type Field } from './fields.ts';

/** Files over this size are refused (a project list is thousands of rows, not gigabytes). */
export const MAX_BYTES = 20 * 1024 * 1024;

/** How the cells were read: a text encoding, or a workbook (.xlsx; .xls or WPS .et). */
export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'xlsx' | 'xls';

export type ParseProblem =
  | 'empty'
  | 'header-only'
  | 'binary'
  | 'too-large'
  | 'paste-too-large'
  | 'open-quote'
  | 'duplicate-columns'
  | 'blank-header';

/** A table read: its header, its data rows and each row's number in the sheet (1 = first row). */
export interface Table {
  ok: true;
  encoding: Encoding;
  delimiter: string;
  header: string[];
  rows: string[][];
  /** The sheet row number of each of `rows` (blank rows and the rows above the header counted). */
  lines: number[];
  /** Where the header was found, and the other rows that could be it. */
  found: HeaderFound;
}

export type Parsed = Table | { ok: false; problem: ParseProblem; detail?: string };

/** A sheet's cells, before its header is chosen (the worker keeps them to re-read with another). */
export type Cells =
  | { ok: true; cells: string[][]; encoding: Encoding; delimiter: string }
  | { ok: false; problem: ParseProblem; detail?: string };

/**
 * Decodes bytes: a BOM says UTF-8 or UTF-16 (Excel's "Unicode text" is UTF-16 LE with one);
 * UTF-16 without a BOM is told by its NUL bytes at every other place; else strict UTF-8, else
 * GB18030 (a superset of GBK, what Chinese Excel writes by default). Null: not text (other NUL
 * bytes — an image, an unknown binary — or bytes no encoding accepts).
 */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  const strict = (label: string, b: Uint8Array) => {
    try {
      return new TextDecoder(label, { fatal: true }).decode(b);
    } catch {
      return null;
    }
  };
  const bom = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  if (bom(0xef, 0xbb, 0xbf))
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  for (const [label, mark] of [
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const)
    if (bom(...mark)) {
      const text = strict(label, bytes.subarray(2));
      return text === null ? null : { text, encoding: label };
    }
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) {
    // Text in UTF-16 without a BOM: ASCII characters (digits, tabs, line ends) leave a NUL in
    // every other byte, on the odd places for LE and the even ones for BE.
    let even = 0;
    let odd = 0;
    for (let i = 0; i < head.length; i++) {
      if (head[i] !== 0) continue;
      if (i % 2) odd++;
      else even++;
    }
    const label =
      odd > head.length / 8 && even === 0
        ? 'utf-16le'
        : even > head.length / 8 && odd === 0
          ? 'utf-16be'
          : null;
    const text = label && bytes.length % 2 === 0 ? strict(label, bytes) : null;
    return label && text !== null ? { text, encoding: label } : null;
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const gb = strict('gb18030', bytes);
  return gb === null ? null : { text: gb, encoding: 'gb18030' };
}

/** Cells split from text, or the line where a quote was opened and never closed. */
export type Split = { ok: true; rows: string[][] } | { ok: false; openQuoteLine: number };

/**
 * Splits delimited text into rows of cells (quotes as RFC 4180: "" is a quote inside). A blank
 * line stays, as an empty row ([]), so row numbers stay the sheet's. A quote still open at the end
 * would have swallowed every line after it into one cell: that is reported with the line where it
 * opened, never read. `limit` stops after that many rows (the delimiter is chosen on a few).
 */
export function splitCells(text: string, delimiter: string, limit = Infinity): Split {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let openedAt = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
      openedAt = line;
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      row.push(cell);
      rows.push(row.length === 1 && row[0]!.trim() === '' ? [] : row);
      row = [];
      cell = '';
      if (rows.length >= limit) return { ok: true, rows };
    } else cell += c;
  }
  if (quoted) return { ok: false, openQuoteLine: openedAt };
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row.length === 1 && row[0]!.trim() === '' ? [] : row);
  }
  return { ok: true, rows };
}

const DELIMITERS = ['\t', ',', ';'] as const;

/**
 * The delimiter that makes the best header: each is tried on the first rows and the header finder
 * scores the header it gives (recognised column names first, then rows as wide as it, then its
 * columns). Commas inside the cells of a tab-separated paste give no header names, so they do
 * not win.
 */
export function sniffDelimiter(text: string): string {
  let best: { d: string; score: number } = { d: ',', score: -1 };
  for (const d of DELIMITERS) {
    const s = splitCells(text, d, 40);
    // A quote left open: the rows are scored as lines (the full read then reports the quote).
    const rows = s.ok ? s.rows : text.split(/\r?\n/, 40).map((l) => l.split(d));
    const f = findHeader(rows);
    const cols = f ? f.names.filter((n) => n !== '').length : 0;
    // Then the rows under the header as wide as it (a table's rows are), then its columns.
    const even = f ? rows.slice(f.row + 1).filter((r) => r.length === f.names.length).length : 0;
    const score = f && cols > 1 ? f.score * 1e6 + even * 1e3 + cols : 0;
    if (score > best.score) best = { d, score };
  }
  return best.d;
}

/** The UTF-8 size of pasted text, counted without copying it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** A sheet's cells from text (pasted cells) or bytes (a file); workbooks are read by read.ts. */
export function readCells(input: string | Uint8Array): Cells {
  if (typeof input === 'string') {
    // Pasted text has the file's limit: a 25 MB paste is no more a project list than a file is.
    if (utf8Length(input) > MAX_BYTES) return { ok: false, problem: 'paste-too-large' };
    return textCells(input, 'utf-8');
  }
  if (input.length > MAX_BYTES) return { ok: false, problem: 'too-large' };
  const d = decode(input);
  if (!d) return { ok: false, problem: 'binary' };
  return textCells(d.text, d.encoding);
}

/** Decoded text as a sheet's cells: its delimiter sniffed, blank lines kept as empty rows. */
export function textCells(text: string, encoding: Encoding): Cells {
  if (!text.trim()) return { ok: false, problem: 'empty' };
  const delimiter = sniffDelimiter(text);
  const split = splitCells(text, delimiter);
  if (!split.ok) return { ok: false, problem: 'open-quote', detail: String(split.openQuoteLine) };
  return { ok: true, cells: split.rows, encoding, delimiter };
}

/** Parses a table from text (pasted cells) or bytes (a file); `headerRow` (0-based) overrides. */
export function parseTable(input: string | Uint8Array, headerRow?: number): Parsed {
  const c = readCells(input);
  return c.ok ? checkTable(c.cells, c.encoding, c.delimiter, headerRow) : c;
}

/** A row with no cell holding anything (a blank line, or a blank spreadsheet row). */
export const isBlankRow = (r: readonly string[]): boolean => r.every((c) => c.trim() === '');

/**
 * Checks a sheet's cells (from text or a workbook): finds the header (or takes `headerRow`,
 * 0-based, the user's choice), checks it, and keeps the rows under it with their sheet numbers.
 */
export function checkTable(
  cells: string[][],
  encoding: Encoding,
  delimiter = '',
  headerRow?: number,
): Parsed {
  const found = findHeader(cells, headerRow);
  if (!found) return { ok: false, problem: 'empty' };
  let header = found.names;
  const body = cells.slice(found.row + 1);
  // Blank header cells past the last name, over columns with nothing in them: not columns at all
  // (a trailing delimiter, a formatted but empty column).
  let width = header.length;
  while (width > 0 && header[width - 1] === '' && body.every((r) => !(r[width - 1] ?? '').trim()))
    width--;
  header = header.slice(0, width);
  const blank = header.findIndex((h) => h === '');
  if (blank >= 0 || !header.length)
    // A column with no name: say which (a merged cell over it, or a missing name) — not guessed.
    return { ok: false, problem: 'blank-header', detail: String(Math.max(blank, 0) + 1) };
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) return { ok: false, problem: 'duplicate-columns', detail: dup };
  const rows: string[][] = [];
  const lines: number[] = [];
  body.forEach((r, i) => {
    // A blank line is skipped but counted; a row of empty cells (",,,,") stays, to be reported.
    if (r.length === 0 || (r.length === 1 && r[0]!.trim() === '')) return;
    // A workbook's blank row is a blank line too (a text file's ",,," row is a row of its own).
    if ((encoding === 'xlsx' || encoding === 'xls') && isBlankRow(r)) return;
    rows.push(r);
    lines.push(found.row + 2 + i);
  });
  if (!rows.length) return { ok: false, problem: 'header-only' };
  return { ok: true, encoding, delimiter, header, rows, lines, found };
}

/** Column index per field (-1: none), from the header: exact names first, then a header holding one. */
export function guessMapping(header: readonly string[]): Record<Field, number> {
  const out = Object.fromEntries(FIELD_IDS.map((f) => [f, -1])) as Record<Field, number>;
  const used = new Set<number>();
  const exact = header.map(exactField);
  const held = header.map(heldField);
  for (const f of FIELD_IDS) {
    let i = exact.findIndex((x, k) => !used.has(k) && x === f);
    if (i < 0) i = held.findIndex((x, k) => !used.has(k) && x === f);
    out[f] = i;
    if (i >= 0) used.add(i);
  }
  return out;
}

/** A cell read as a value: `value` null when the cell is empty; `ok: false` when it is not one. */
export type Cell<T> = { ok: true; value: T | null } | { ok: false };

/** The units an amount header can state. */
export type AmountUnit = '亿元' | '万元' | '元' | '万美元';

/** The unit an amount header states, or null (then 亿元 is assumed, and the report says so). */
export function headerUnit(header: string): AmountUnit | null {
  const h = header.normalize('NFKC');
  if (/万美元|万\s*USD|10k\s*USD/i.test(h)) return '万美元';
  if (/亿元|亿/.test(h)) return '亿元';
  if (/万元|万/.test(h)) return '万元';
  if (/[(（]\s*元\s*[)）]|单位[:：]\s*元/.test(h)) return '元';
  return null;
}

const PER_100M: Record<Exclude<AmountUnit, '万美元'>, number> = { 亿元: 1, 万元: 1e4, 元: 1e8 };

/**
 * The amount in 亿元: the cell's own unit (12亿元, 8000万) else the header's (万元 ÷ 10,000, 元
 * ÷ 10⁸), else 亿元. An amount in 万美元 stays in 万美元 (no exchange rate is in the seeds): the
 * report says which unit its column holds.
 */
export function amountIn100m(cell: string, header: string): Cell<number> {
  const t = cell.normalize('NFKC').replace(/[,\s]/g, '');
  if (!t) return { ok: true, value: null };
  const hu = headerUnit(header);
  if (hu === '万美元') {
    // A 万美元 column: a bare number, or one that says 万美元 / 美元 itself.
    const d = /^(-?\d+(?:\.\d+)?)(万美元|美元)?$/.exec(t);
    if (!d) return { ok: false };
    return { ok: true, value: d[2] === '美元' ? Number(d[1]) / 1e4 : Number(d[1]) };
  }
  const m = /^(-?\d+(?:\.\d+)?)(亿元|亿|万元|万|元)?$/.exec(t);
  if (!m) return { ok: false };
  const v = Number(m[1]);
  const u = m[2] ? (m[2].startsWith('亿') ? '亿元' : m[2].startsWith('万') ? '万元' : '元') : hu;
  return { ok: true, value: v / PER_100M[u ?? '亿元'] };
}

/**
 * The currency a cell states when it is not its column's — dollars in a yuan column, yuan in a
 * 万美元 one — or null. No exchange rate is in the seeds: such an amount is said, not converted,
 * and kept out of the sums.
 */
export function otherCurrency(cell: string, header: string): '美元' | '人民币' | null {
  const t = cell.normalize('NFKC').replace(/[,\s]/g, '');
  // An amount with a currency word before or after it (USD800, $800, 500万美元, 2亿元).
  if (!/^(-?(US\$|USD|\$)?\d[\d.]*)/i.test(t)) return null;
  if (headerUnit(header) === '万美元')
    return /\d(亿元|亿|万元|万|元|人民币|RMB|CNY)$/i.test(t) && !/美元$/.test(t) ? '人民币' : null;
  return /美元|USD|US\$|^-?\$/i.test(t) ? '美元' : null;
}

/** A date cell as YYYY-MM-DD (2024-03-05, 2024/3/5, 2024年3月5日, 2024.3 as the 1st). */
export function isoDate(cell: string): Cell<string> {
  const t = cell.normalize('NFKC').trim();
  if (!t) return { ok: true, value: null };
  const m = /^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?$/.exec(t);
  if (!m) return { ok: false };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 1)];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { ok: false };
  return {
    ok: true,
    value: `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  };
}

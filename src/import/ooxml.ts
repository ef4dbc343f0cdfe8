/**
 * A fast reader for the common .xlsx: the workbook's sheets, shared strings and number formats
 * read straight from the XML by a scanner (no DOM, no per-cell objects). SheetJS reads a
 * 100,000-row ledger in ≈ 5 s, most of it building cell objects this import never uses; this
 * reads the same cells in a fraction of that. It gives up (null) on anything it does not know —
 * a prefixed namespace, a cell type other than the ones below, a missing part — and the caller
 * then reads the workbook with SheetJS as before, so it can only be faster, never read less.
 * Its output is the same as the SheetJS path's (tests/import/ooxml.test.ts checks both on the
 * same workbooks). DOM-free: runs in the import worker.
 */

/** The date formats' tests and the day count's calendar, from SheetJS's SSF (already loaded). */
export interface Ssf {
  is_date(fmt: string): boolean;
  parse_date_code(v: number): { y: number; m: number; d: number; H: number; M: number };
  get_table(): Record<number, string>;
}

/** One sheet's cells as rows of text (`undefined` where a row has no cell), and its formulas. */
export interface RawSheet {
  name: string;
  rows: (string | undefined)[][];
  /** A1 references of formulas with no saved value. */
  uncalculated: string[];
  /** Cells in the sheet (for the size limit). */
  count: number;
}

/**
 * Built-in number formats that are dates in Chinese Excel/WPS (27–36, 50–58: yyyy"年"m"月"d"日"
 * and kin) beside the ones every locale has (14–22, 45–47): SSF's table knows only the latter.
 */
const CJK_DATE_IDS = new Set([27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const CJK_TIME_IDS = new Set([32, 33, 34, 35]);

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text to a string: entities, then OOXML's own escapes (_x000D_ for a carriage return). */
export function unescapeXml(s: string): string {
  if (s.indexOf('&') >= 0)
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : (ENTITY[e] ?? m),
    );
  if (s.indexOf('_x') >= 0)
    s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

// One pattern per attribute name, made once (a sheet asks for three per cell).
const attrRes = new Map<string, RegExp>();
const attr = (tag: string, name: string): string | null => {
  let re = attrRes.get(name);
  if (!re) attrRes.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? (m[2] ?? m[3] ?? '') : null;
};

/** The text of a string item (<si> or <is>): its <t> runs, phonetic guides (<rPh>) left out. */
function runText(xml: string): string {
  const body = xml.indexOf('<rPh') >= 0 ? xml.replace(/<rPh[\s>][\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out += m[1];
  return unescapeXml(out);
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] === undefined ? '' : runText(m[1]));
  return out;
}

/** Per style index: whether a number in it is a date (or a time), from styles.xml. */
function dateStyles(xml: string | undefined, ssf: Ssf): boolean[] {
  if (!xml) return [];
  const table = ssf.get_table();
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\s[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId'));
    const code = attr(m[0], 'formatCode');
    if (code !== null) custom.set(id, unescapeXml(code));
  }
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  const out: boolean[] = [];
  for (const m of xfs.matchAll(/<xf\s[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    const fmt = custom.get(id) ?? table[id];
    out.push(fmt ? ssf.is_date(fmt) : CJK_DATE_IDS.has(id) || CJK_TIME_IDS.has(id));
  }
  return out;
}

/** "BC12" → [11, 54] (row, column), 0-based. */
function decodeRef(ref: string): [number, number] {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k < 65 || k > 90) break;
    c = c * 26 + (k - 64);
  }
  return [Number(ref.slice(i)) - 1, c - 1];
}

const colName = (c: number): string => {
  let s = '';
  for (let n = c + 1; n; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

const pad = (x: number) => String(x).padStart(2, '0');

/** Thrown where the scanner meets what it does not read: the caller falls back to SheetJS. */
class Unknown extends Error {}

/** The text of a number cell: as the SheetJS path gives it (read.ts cellText). */
function numberText(raw: string, date: boolean, d1904: boolean, ssf: Ssf): string {
  const v = Number(raw);
  if (raw.trim() === '' || Number.isNaN(v)) throw new Unknown('number');
  if (!date) return String(Number(v.toPrecision(15)));
  const d = ssf.parse_date_code(d1904 ? v + 1462 : v);
  const day = `${d.y}-${pad(d.m)}-${pad(d.d)}`;
  return v % 1 ? `${day} ${pad(d.H)}:${pad(d.M)}` : day;
}

/**
 * An attribute of a tag as most writers write it (` r="A1"`) by a plain search, else by the
 * pattern (single quotes, tabs): a cell asks for three, and 900,000 cells make that matter.
 */
const quick = (tag: string, name: string): string | null => {
  const key = ` ${name}="`;
  const i = tag.indexOf(key);
  if (i < 0) return attr(tag, name);
  return tag.slice(i + key.length, tag.indexOf('"', i + key.length));
};

/** A cell's inner XML read: whether it holds a formula, its <v> text, its inline string. */
function cellParts(
  inner: string,
  t: string,
): { formula: boolean; v: string | null; inline: string | null } {
  const formula = inner.indexOf('<f') >= 0;
  let v: string | null = null;
  const vi = inner.indexOf('<v>');
  if (vi >= 0) v = inner.slice(vi + 3, inner.indexOf('</v>', vi));
  else if (inner.indexOf('<v ') >= 0) v = /<v\s[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? null;
  // An empty <v></v> (openpyxl and others write one for a formula they did not calculate) is no
  // value, except in a string cell.
  if (v === '' && t !== 'str' && t !== 'inlineStr') v = null;
  let inline: string | null = null;
  if (t === 'inlineStr') {
    const a = inner.indexOf('<is>');
    if (a >= 0) {
      const is = inner.slice(a + 4, inner.indexOf('</is>', a));
      // One plain run (the common case) is its text; rich text and phonetics go the long way.
      inline =
        is.startsWith('<t>') && is.endsWith('</t>') && is.indexOf('<', 3) === is.length - 4
          ? unescapeXml(is.slice(3, -4))
          : runText(is);
    }
  }
  return { formula, v, inline };
}

const PLAIN_INT = /^-?[1-9]\d{0,14}$/;

/** One worksheet's <sheetData>, scanned. */
function readSheet(
  name: string,
  xml: string,
  strings: readonly string[],
  dates: readonly boolean[],
  d1904: boolean,
  ssf: Ssf,
  maxCells: number,
): RawSheet {
  const rows: (string | undefined)[][] = [];
  const uncalculated: string[] = [];
  let count = 0;
  const start = xml.indexOf('<sheetData');
  if (start < 0) {
    if (/<\w+:sheetData/.test(xml)) throw new Unknown('prefixed');
    return { name, rows, uncalculated, count };
  }
  const end = xml.indexOf('</sheetData>', start);
  let at = start;
  let r = -1;
  let c = -1;
  for (;;) {
    const lt = xml.indexOf('<', at + 1);
    if (lt < 0 || (end >= 0 && lt >= end)) break;
    const ch = xml.charCodeAt(lt + 1);
    const next = xml.charCodeAt(lt + 2);
    const close = xml.indexOf('>', lt);
    at = close;
    // <row …>: its number (rows may be left out: their numbers say where the next one is).
    if (ch === 114 && xml.startsWith('<row', lt) && /[\s>/]/.test(xml[lt + 4]!)) {
      const rr = quick(xml.slice(lt, close + 1), 'r');
      r = rr ? Number(rr) - 1 : r + 1;
      c = -1;
      continue;
    }
    // <c …>: a cell (next is a space, '>' or '/').
    if (ch !== 99 || !(next === 32 || next === 62 || next === 47 || next === 9 || next === 10))
      continue;
    const tag = xml.slice(lt, close + 1);
    const ref = quick(tag, 'r');
    if (ref) [r, c] = decodeRef(ref);
    else c += 1;
    if (r < 0) r = 0;
    const t = quick(tag, 't') ?? 'n';
    let parts: ReturnType<typeof cellParts> = { formula: false, v: null, inline: null };
    if (xml.charCodeAt(close - 1) !== 47 /* not <c …/> */) {
      const cEnd = xml.indexOf('</c>', close);
      if (cEnd < 0) throw new Unknown('unclosed');
      parts = cellParts(xml.slice(close + 1, cEnd), t);
      at = cEnd + 3;
    }
    const { formula, v, inline } = parts;
    let text: string;
    if (t === 'inlineStr') text = inline ?? (v !== null ? unescapeXml(v) : '');
    else if (v === null) {
      // No saved value: a formula a program wrote without calculating it, or a styled blank.
      if (!formula) continue;
      uncalculated.push(`${colName(c)}${r + 1}`);
      text = '';
    } else if (t === 's') {
      const s = strings[Number(v)];
      if (s === undefined) throw new Unknown('string index');
      text = s;
    } else if (t === 'str') text = unescapeXml(v);
    else if (t === 'b') text = v.trim() === '1' || v.trim() === 'true' ? 'TRUE' : 'FALSE';
    else if (t === 'e') text = unescapeXml(v);
    else if (t === 'n') {
      const s = quick(tag, 's');
      const date = s !== null && dates[Number(s)] === true;
      text = !date && PLAIN_INT.test(v) ? v : numberText(v, date, d1904, ssf);
    } else throw new Unknown(`cell type ${t}`);
    if (++count > maxCells) return { name, rows, uncalculated, count };
    const row = (rows[r] ??= []);
    row[c] = text;
  }
  return { name, rows, uncalculated, count };
}

/**
 * Reads an unpacked .xlsx (its members by path) into raw sheets, or null when it holds anything
 * this scanner does not read (the caller then uses SheetJS). `maxCells`: a sheet past it stops
 * being read (its count says so).
 */
export function readOoxml(
  files: ReadonlyMap<string, Uint8Array>,
  ssf: Ssf,
  maxCells: number,
): RawSheet[] | null {
  const dec = new TextDecoder('utf-8');
  const text = (path: string) => {
    const b = files.get(path);
    return b ? dec.decode(b) : undefined;
  };
  try {
    const wb = text('xl/workbook.xml');
    const rels = text('xl/_rels/workbook.xml.rels');
    if (!wb || !rels) return null;
    const target = new Map<string, string>();
    for (const m of rels.matchAll(/<Relationship\s[^>]*>/g)) {
      const id = attr(m[0], 'Id');
      const to = attr(m[0], 'Target');
      if (id && to) target.set(id, to.startsWith('/') ? to.slice(1) : `xl/${to}`);
    }
    const d1904 = /<workbookPr\s[^>]*date1904\s*=\s*["'](1|true)["']/.test(wb);
    const strings = sharedStrings(text('xl/sharedStrings.xml'));
    const dates = dateStyles(text('xl/styles.xml'), ssf);
    const out: RawSheet[] = [];
    for (const m of wb.matchAll(/<sheet\s[^>]*>/g)) {
      const name = unescapeXml(attr(m[0], 'name') ?? '');
      const rid = attr(m[0], 'r:id');
      const path = rid ? target.get(rid) : undefined;
      const xml = path ? text(path.replace(/\/\.\//g, '/')) : undefined;
      if (xml === undefined) return null;
      out.push(readSheet(name, xml, strings, dates, d1904, ssf, maxCells));
    }
    return out.length ? out : null;
  } catch (e) {
    if (e instanceof Unknown) return null;
    throw e;
  }
}

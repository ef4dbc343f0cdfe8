/**
 * Reading a user's file or pasted cells: the encoding (UTF-8 with or without BOM, else GB18030 —
 * what Chinese Excel writes by default — told apart by a strict UTF-8 decode), the delimiter
 * (tab for cells pasted from Excel/WPS, else comma or semicolon), RFC 4180 quoting, and the
 * header. A file that cannot be a table is refused with the reason; nothing is guessed silently.
 */

/** Files over this size are refused (a project list is thousands of rows, not gigabytes). */
export const MAX_BYTES = 20 * 1024 * 1024;

/** How the cells were read: a text encoding, or a workbook (.xlsx; .xls or WPS .et). */
export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'xlsx' | 'xls';

export type ParseProblem =
  | 'empty'
  | 'header-only'
  | 'binary'
  | 'too-large'
  | 'duplicate-columns'
  | 'blank-header'
  | 'bad-workbook';

export type Parsed =
  | { ok: true; encoding: Encoding; delimiter: string; header: string[]; rows: string[][] }
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

/** Splits delimited text into rows of cells (quotes as RFC 4180: "" is a quote inside). */
export function splitCells(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  // Blank lines go; a line of empty cells (",,,,") stays, to be reported as an empty row.
  return rows.filter((r) => r.length > 1 || r[0]!.trim() !== '');
}

/** The delimiter the first lines use most: tab, comma or semicolon. */
export function sniffDelimiter(text: string): string {
  const head = text.split(/\r?\n/, 5).join('\n');
  const counts = ['\t', ',', ';'].map((d) => [d, head.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/** Parses a table from text (pasted cells) or bytes (a file). */
export function parseTable(input: string | Uint8Array): Parsed {
  let text: string;
  let encoding: Encoding = 'utf-8';
  if (typeof input === 'string') text = input;
  else {
    if (input.length > MAX_BYTES) return { ok: false, problem: 'too-large' };
    const d = decode(input);
    if (!d) return { ok: false, problem: 'binary' };
    ({ text, encoding } = d);
  }
  if (!text.trim()) return { ok: false, problem: 'empty' };
  const delimiter = sniffDelimiter(text);
  return checkTable(splitCells(text, delimiter), encoding, delimiter);
}

/** Whether bytes are a ZIP archive (an .xlsx workbook is one). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Checks a table of cells (from text or a workbook): its header, and that it has rows. */
export function checkTable(table: string[][], encoding: Encoding, delimiter = ''): Parsed {
  const [first, ...rest] = table;
  if (!first) return { ok: false, problem: 'empty' };
  const header = first.map((h) => h.trim());
  if (header.some((h) => h === ''))
    // A merged header cell leaves its neighbours blank: say so instead of guessing the column.
    return {
      ok: false,
      problem: 'blank-header',
      detail: String(header.findIndex((h) => h === '') + 1),
    };
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) return { ok: false, problem: 'duplicate-columns', detail: dup };
  if (!rest.length) return { ok: false, problem: 'header-only' };
  return { ok: true, encoding, delimiter, header, rows: rest };
}

/** The fields a project row can have, and the headers each is recognised by. */
export const FIELDS = {
  name: [
    '项目名称',
    '项目',
    '企业名称',
    '企业',
    '名称',
    'project',
    'project name',
    'company',
    'name',
  ],
  industry: [
    '行业',
    '产业',
    '所属行业',
    '所属产业',
    '产业类别',
    '行业分类',
    '小类',
    '门类',
    'industry',
    'sector',
  ],
  place: [
    '区县',
    '所在地',
    '落地区县',
    '地址',
    '所在区县',
    '项目地址',
    '落地地点',
    'district',
    'location',
    'address',
    'place',
  ],
  amount: [
    '投资额',
    '投资额（亿元）',
    '投资额(亿元)',
    '投资额（万元）',
    '投资额(万元)',
    '总投资',
    '计划投资',
    'investment',
    'amount',
  ],
  stage: ['阶段', '状态', '项目阶段', '进展', 'stage', 'status'],
  date: ['签约时间', '签约日期', '日期', '时间', 'date', 'signed'],
} as const;

export type Field = keyof typeof FIELDS;
export const FIELD_IDS = Object.keys(FIELDS) as Field[];

/** Column index per field (-1: none), from the header: exact names first, then a header holding one. */
export function guessMapping(header: readonly string[]): Record<Field, number> {
  const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase();
  const h = header.map(norm);
  const out = {} as Record<Field, number>;
  const used = new Set<number>();
  for (const f of FIELD_IDS) {
    const names = FIELDS[f].map((n) => norm(n));
    let i = h.findIndex((x, k) => !used.has(k) && names.includes(x));
    if (i < 0)
      i = h.findIndex((x, k) => !used.has(k) && names.some((n) => n.length > 1 && x.includes(n)));
    out[f] = i;
    if (i >= 0) used.add(i);
  }
  return out;
}

/** A cell read as a value: `value` null when the cell is empty; `ok: false` when it is not one. */
export type Cell<T> = { ok: true; value: T | null } | { ok: false };

/** The amount in 亿元: the cell or its header says 万元 (÷ 10,000) or 亿元 (the default). */
export function amountIn100m(cell: string, header: string): Cell<number> {
  const t = cell.normalize('NFKC').replace(/[,\s]/g, '');
  if (!t) return { ok: true, value: null };
  const m = /^(-?\d+(?:\.\d+)?)(亿元|亿|万元|万)?$/.exec(t);
  if (!m) return { ok: false };
  const v = Number(m[1]);
  const unit = m[2] ?? (/万/.test(header) ? '万' : '亿');
  return { ok: true, value: unit.startsWith('万') ? v / 10_000 : v };
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

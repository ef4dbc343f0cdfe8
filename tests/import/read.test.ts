/**
 * readTables on files the tests make: workbooks written by the reader's own writer (.xlsx, .xls
 * BIFF8, the same bytes named .et), UTF-16 text as Excel saves "Unicode text", a workbook whose
 * first sheet is empty, and zip bombs built here (an honest one and one whose headers lie).
 */
import { deflateRawSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { checkZip, MAX_UNPACKED, readTables, sniffKind } from '../../src/import/read.ts';
import { decode } from '../../src/import/parse.ts';

const LEDGER = [
  ['项目名称', '所属行业', '建设地点', '计划总投资（万元）', '签约时间'],
  ['龙水五金产业园', '五金', '大足区龙水镇', 125000, new Date(2025, 2, 5)],
  ['江津白酒', '白酒', '江津区德感街道', 0.1 + 0.2, new Date(2024, 11, 31)],
];

const book = (sheets: [string, unknown[][]][], merges: XLSX.Range[] = []) => {
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(rows);
    if (merges.length) ws['!merges'] = merges;
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  return wb;
};
const write = (wb: XLSX.WorkBook, bookType: 'xlsx' | 'biff8') =>
  new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);

const EXPECTED = [
  ['项目名称', '所属行业', '建设地点', '计划总投资（万元）', '签约时间'],
  ['龙水五金产业园', '五金', '大足区龙水镇', '125000', '2025-03-05'],
  ['江津白酒', '白酒', '江津区德感街道', '0.3', '2024-12-31'],
];

describe('readTables: workbooks', () => {
  it.each([
    ['ledger.xlsx', 'xlsx', 'zip', 'xlsx'],
    ['ledger.xls', 'biff8', 'cfb', 'xls'],
    // WPS saves .et as a BIFF8 workbook in a compound file, the same container as .xls.
    ['ledger.et', 'biff8', 'cfb', 'xls'],
  ] as const)(
    '%s: cells as text, numbers at Excel precision, dates as days',
    async (name, type, kind, enc) => {
      const bytes = write(book([['台账', LEDGER]]), type);
      expect(sniffKind(bytes)).toBe(kind);
      const r = await readTables(bytes, name);
      if (!r.ok) throw new Error(r.problem);
      expect(r.encoding).toBe(enc);
      expect(r.sheets.map((s) => s.name)).toEqual(['台账']);
      expect(r.sheets[0]!.cells).toEqual(EXPECTED);
    },
  );

  it('takes the first sheet holding a table and lists every sheet; a chosen sheet wins', async () => {
    const bytes = write(
      book([
        ['说明', []],
        ['封面', [['2025年招商引资项目台账']]],
        ['台账', LEDGER],
        [
          '汇总',
          [
            ['区县', '个数'],
            ['大足', 1],
          ],
        ],
      ]),
      'xlsx',
    );
    const r = await readTables(bytes, 'book.xlsx');
    if (!r.ok) throw new Error(r.problem);
    expect(r.sheets.map((s) => s.name)).toEqual(['说明', '封面', '台账', '汇总']);
    expect(r.chosen).toBe(2);
    const other = await readTables(bytes, 'book.xlsx', 3);
    expect(other.ok && other.chosen).toBe(3);
  });

  it('an empty first sheet: the next one is read (also in .xls)', async () => {
    const r = await readTables(
      write(
        book([
          ['Sheet1', []],
          ['Sheet2', LEDGER],
        ]),
        'biff8',
      ),
    );
    expect(r.ok && r.chosen).toBe(1);
    expect(r.ok && r.sheets[1]!.cells).toEqual(EXPECTED);
  });

  it('a workbook of empty sheets is refused as such', async () => {
    const r = await readTables(
      write(
        book([
          ['A', []],
          ['B', [['只有一行']]],
        ]),
        'xlsx',
      ),
    );
    expect(r).toEqual({ ok: false, problem: 'no-table', detail: '2' });
  });

  it('a merged cell: its value in the first cell, the rest empty, rows kept at the sheet row', async () => {
    const rows = [['2025年招商引资项目台账'], [], ...LEDGER];
    const r = await readTables(
      write(book([['台账', rows]], [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }]), 'xlsx'),
    );
    if (!r.ok) throw new Error(r.problem);
    const cells = r.sheets[0]!.cells;
    expect(cells[0]).toEqual(['2025年招商引资项目台账', '', '', '', '']);
    expect(cells[1]).toEqual(['', '', '', '', '']);
    expect(cells[3]![0]).toBe('龙水五金产业园');
  });

  it('a formula with no saved value is blank and listed, not silently blank', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['项目名称', '投资额'],
      ['甲', 1],
      ['乙', 2],
      ['合计', null],
    ]);
    ws['B4'] = { t: 'n', f: 'SUM(B2:B3)' } as XLSX.CellObject;
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '台账');
    const r = await readTables(write(wb, 'xlsx'));
    if (!r.ok) throw new Error(r.problem);
    expect(r.sheets[0]!.cells[3]).toEqual(['合计', '']);
    expect(r.sheets[0]!.uncalculated).toEqual(['B4']);
    // A formula with its value saved is just its value.
    ws['B4'] = { t: 'n', f: 'SUM(B2:B3)', v: 3 } as XLSX.CellObject;
    const saved = await readTables(write(wb, 'xlsx'));
    expect(saved.ok && saved.sheets[0]).toEqual({ name: '台账', cells: expect.anything() });
    expect(saved.ok && saved.sheets[0]!.cells[3]).toEqual(['合计', '3']);
  });

  it('an HTML table saved as .xls (as some office systems export) is read', async () => {
    const html =
      '<html><body><table><tr><td>项目名称</td><td>建设地点</td></tr>' +
      '<tr><td>龙水五金产业园</td><td>大足区龙水镇</td></tr></table></body></html>';
    const r = await readTables(new TextEncoder().encode(html), '台账.xls');
    expect(r.ok && r.sheets[r.chosen]!.cells).toEqual([
      ['项目名称', '建设地点'],
      ['龙水五金产业园', '大足区龙水镇'],
    ]);
  });

  it('damaged workbooks are refused in words, never with the reader’s message', async () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    for (const bytes of [cfb, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])])
      expect(await readTables(bytes, 'x.xls')).toEqual({
        ok: false,
        problem: 'bad-workbook',
        detail: '',
      });
  });
});

/** UTF-16 bytes of a text, with a BOM, as Excel's "Unicode text" (LE) or big-endian. */
const utf16 = (text: string, be = false) => {
  const b = Buffer.from('\ufeff' + text, 'utf16le');
  if (be) b.swap16();
  return new Uint8Array(b);
};

describe('readTables: text', () => {
  const text = '项目名称\t建设地点\t投资额\r\n龙水五金产业园\t大足区龙水镇\t1,200\r\n';
  it.each([
    ['utf-16le', utf16(text)],
    ['utf-16be', utf16(text, true)],
    // Without a BOM: told by its NUL bytes.
    ['utf-16le', new Uint8Array(Buffer.from(text, 'utf16le'))],
  ] as const)('reads %s tab-separated text (Excel’s “Unicode text”)', async (enc, bytes) => {
    const r = await readTables(bytes, '台账.txt');
    expect(r).toEqual({
      ok: true,
      encoding: enc,
      delimiter: '\t',
      chosen: 0,
      sheets: [
        {
          name: '台账.txt',
          cells: [
            ['项目名称', '建设地点', '投资额'],
            ['龙水五金产业园', '大足区龙水镇', '1,200'],
          ],
        },
      ],
    });
  });

  it('GB18030 and UTF-8 still decode; other NUL bytes are not text', () => {
    expect(decode(new Uint8Array([0xb4, 0xf3, 0xd7, 0xe3]))).toEqual({
      text: '大足',
      encoding: 'gb18030',
    });
    expect(decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 0, 2]))).toBeNull();
  });

  it('pasted text is one sheet; an empty paste is refused', async () => {
    expect(await readTables('a,b\n1,2\n')).toMatchObject({ ok: true, chosen: 0 });
    expect(await readTables('  \n')).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('refuses a table past the cell limit', async () => {
    const row = 'x\t'.repeat(29) + 'x\n';
    expect(await readTables(row.repeat(100_001))).toMatchObject({
      ok: false,
      problem: 'too-many-cells',
      detail: '3000030',
    });
  });
});

/** A zip of one deflated member, its headers declaring `size` (the real size when omitted). */
function zip(name: string, deflated: Uint8Array, size: number): Uint8Array {
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(n.length, 28);
  central.writeUInt32LE(0, 42);
  const cdAt = 30 + n.length + deflated.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(cdAt, 16);
  return new Uint8Array(Buffer.concat([local, n, deflated, central, n, end]));
}

/**
 * A raw deflate stream of `mb` MiB of zeros, made small: one MiB compressed with a full flush
 * (which resets the history, so the block stands alone), repeated, then a final empty block.
 */
function zeros(mb: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_FULL_FLUSH });
  return new Uint8Array(Buffer.concat([...Array(mb).fill(block), Buffer.from([0x03, 0x00])]));
}

describe('readTables: a workbook that would unpack past the limit', () => {
  const gb = zeros(1024);
  it('the bomb is ≈ 1 GiB unpacked from about a megabyte packed', () => {
    expect(gb.length).toBeLessThan(4 * 1024 * 1024);
  });

  it('refuses by the central directory’s declared size, before inflating', async () => {
    const r = await readTables(zip('xl/worksheets/sheet1.xml', gb, 1024 * 1024 * 1024), 'b.xlsx');
    expect(r).toEqual({ ok: false, problem: 'bomb', detail: '1024' });
  });

  it('refuses one whose headers understate its size, stopping at the declared size', async () => {
    const r = await readTables(zip('xl/worksheets/sheet1.xml', gb, 1000), 'b.xlsx');
    expect(r).toEqual({ ok: false, problem: 'bomb-hidden', detail: '' });
  });

  it('passes an honest zip within the limit', async () => {
    const data = zeros(2);
    expect(await checkZip(zip('a.xml', data, 2 << 20), MAX_UNPACKED)).toBe('');
    expect(await checkZip(zip('a.xml', data, 2 << 20), 1 << 20)).toBe('2');
  });
});

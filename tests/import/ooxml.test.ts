/**
 * The fast .xlsx scanner (src/import/ooxml.ts) reads what SheetJS reads: the same workbooks,
 * written here by SheetJS's own writer and by the ledger fixture, give the same sheets both ways —
 * shared and inline strings, rich text, dates in the common and the Chinese built-in formats,
 * booleans, errors, formulas with and without a saved value, blank rows and merged titles.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { readTables, readWorkbook, readXlsxFast } from '../../src/import/read.ts';
import { ledgerCells, xlsx, zipSync } from '../fixtures/ledger.ts';

const write = (wb: XLSX.WorkBook, bookSST: boolean) =>
  new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx', bookSST }) as ArrayBuffer);

function officeBook(): XLSX.WorkBook {
  const ws = XLSX.utils.aoa_to_sheet([
    ['2025年招商引资项目台账'],
    ['填报单位：某区投资促进中心', null, '统计截至：2025年11月30日'],
    [],
    ['序号', '项目名称', '所属行业', '建设地点', '计划总投资（万元）', '签约时间', '在建', '备注'],
    [
      1,
      '龙水五金 & <产业园>',
      '五金',
      '大足区龙水镇',
      125000,
      new Date(2025, 2, 5),
      true,
      '  空格  ',
    ],
    [
      2,
      '江津白酒',
      '白酒',
      '江津区德感街道',
      0.1 + 0.2,
      new Date(2024, 11, 31, 13, 30),
      false,
      null,
    ],
    [3, '公式', '汽车零部件', '两江新区', { t: 'n', f: 'E5+E6' }, 45000.5, null, '#'],
    [4, '错误', '钟表', '垫江县', { t: 'e', v: 0x07 }, '2025/1/2', 1e21, -2],
  ]);
  ws['!merges'] = [XLSX.utils.decode_range('A1:H1')];
  // A date in the Chinese built-in format 31 (yyyy"年"m"月"d"日"), as WPS saves one.
  ws['F8'] = { t: 'n', v: 45658, z: 'yyyy"年"m"月"d"日"' };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([]), '说明');
  XLSX.utils.book_append_sheet(wb, ws, '台账');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['a', 1], [], ['b', 2]]), 'Sheet3');
  return wb;
}

describe('the fast .xlsx scanner', () => {
  it.each([true, false])('reads what SheetJS reads (shared strings: %s)', async (sst) => {
    const bytes = write(officeBook(), sst);
    const fast = await readXlsxFast(bytes);
    expect(fast).not.toBeNull();
    const slow = await readWorkbook(bytes);
    if (!slow.ok) throw new Error(slow.problem);
    expect(fast).toEqual(slow.sheets);
    expect(fast![1]!.cells[4]).toEqual([
      '1',
      '龙水五金 & <产业园>',
      '五金',
      '大足区龙水镇',
      '125000',
      '2025-03-05',
      'TRUE',
      '  空格  ',
    ]);
  });

  it('reads the ledger fixture (inline strings, a merged title) as SheetJS does', async () => {
    const bytes = xlsx(ledgerCells(30), ['A1:I1']);
    const fast = await readXlsxFast(bytes);
    const slow = await readWorkbook(bytes);
    if (!slow.ok) throw new Error(slow.problem);
    expect(fast).toEqual(slow.sheets);
    expect(fast![0]!.cells.length).toBe(34);
  });

  // SheetJS drops a formula cell with no <v> at all (it lists one only when its writer leaves an
  // empty value); the scanner lists both kinds.
  it('lists a formula with no saved value, with or without an empty <v>', async () => {
    const x = '<?xml version="1.0" encoding="UTF-8"?>';
    const ns = 'http://schemas.openxmlformats.org';
    const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
    const bytes = zipSync({
      '[Content_Types].xml': enc(
        `${x}<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
      '_rels/.rels': enc(
        `${x}<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': enc(
        `${x}<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': enc(
        `${x}<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
      'xl/worksheets/sheet1.xml': enc(
        `${x}<worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>金额</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2"><v>5</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>乙</t></is></c><c r="B3"><f>B2*2</f></c></row><row r="4"><c r="A4" t="inlineStr"><is><t>丙</t></is></c><c r="B4"><f>B2*3</f><v></v></c></row></sheetData></worksheet>`,
      ),
    });
    const fast = await readXlsxFast(bytes);
    expect(fast![0]!.cells).toEqual([
      ['项目名称', '金额'],
      ['甲', '5'],
      ['乙', ''],
      ['丙', ''],
    ]);
    expect(fast![0]!.uncalculated).toEqual(['B3', 'B4']);
    const r = await readTables(bytes, 'a.xlsx');
    expect(r.ok && r.sheets[0]!.uncalculated).toEqual(['B3', 'B4']);
  });
});

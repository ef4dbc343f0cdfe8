/**
 * The amount column's unit said and kept (万元/亿元/元 read into 亿元; 万美元 kept in dollars,
 * never added to yuan: no exchange rate is in the seeds), and formulas with no saved value said
 * by cell — in the notes above the report, in each row's issues, in both languages.
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { checkTable, guessMapping } from '../../src/import/parse.ts';
import { resolveProjects } from '../../src/import/projects.ts';
import { readTables } from '../../src/import/read.ts';
import { issueText, reportCsv, reportJson } from '../../src/import/report.ts';
import { amountSentences, uncalculatedSentence } from '../../src/projects/ledger-notes.ts';
import { loadData } from '../helpers.ts';

const data = loadData();

const ledger = (amountHead: string, rows: string[][]) => {
  const header = ['项目名称', '所属行业', '建设地点', amountHead];
  const body = rows.map((r) => r);
  return resolveProjects(data, header, body, guessMapping(header));
};

describe('the amount unit', () => {
  it('万元 is read into 亿元, and the notes say both the unit read and the unit reported', () => {
    const list = ledger('计划总投资（万元）', [
      ['甲', '白酒', '江津区', '125000'],
      ['乙', '五金', '大足区', '5000'],
      ['合计', '', '', '130000'],
    ]);
    expect(list.amount).toEqual({ header: '计划总投资（万元）', stated: '万元', unit: '亿元' });
    expect(list.rows.map((r) => r.amount)).toEqual([12.5, 0.5]);
    expect(list.totals[0]!.agrees).toBe(true);
    const zh = amountSentences(list, 'zh').join('');
    expect(zh).toContain('读作万元');
    expect(zh).toContain('以亿元列出');
    expect(amountSentences(list, 'en').join(' ')).toContain('100 million yuan');
    expect(reportCsv(list, data, 'zh').split('\n')[0]).toContain('投资额（亿元）');
  });

  it('万美元 stays in 万美元, is never summed with yuan, and says why', () => {
    const list = ledger('协议投资（万美元）', [
      ['甲', '白酒', '江津区', '3000'],
      ['乙', '五金', '大足区', '500万美元'],
      ['丙', '钟表', '垫江县', '2亿元'],
      ['合计', '', '', '3500'],
    ]);
    expect(list.amount!.unit).toBe('万美元');
    expect(list.rows.map((r) => r.amount)).toEqual([3000, 500, null]);
    // The yuan amount is not converted: it is said, and left out of the sum the total is checked on.
    const yuan = list.rows[2]!.issues.find((i) => i.kind === 'currency');
    expect(yuan).toEqual({ kind: 'currency', value: '2亿元', column: '万美元' });
    expect(issueText(yuan!, data, 'zh')).toContain('没有汇率');
    expect(issueText(yuan!, data, 'en')).toContain('no exchange rate');
    expect(list.totals[0]).toMatchObject({ amount: 3500, sum: 3500, agrees: true });
    const zh = amountSentences(list, 'zh').join('');
    expect(zh).toContain('读作万美元');
    expect(zh).toContain('不折算成人民币');
    expect(zh).toContain('1 个项目的投资额与本列币种不同');
    expect(amountSentences(list, 'en').join(' ')).toContain('no exchange rate');
    expect(reportCsv(list, data, 'zh').split('\n')[0]).toContain('投资额（万美元）');
    expect(JSON.parse(reportJson(list, data, 'en')).amount.unit).toBe('万美元');
  });

  it('dollars in a yuan column are said, not read as yuan nor as "not a number"', () => {
    const list = ledger('投资额（亿元）', [
      ['甲', '白酒', '江津区', '12'],
      ['乙', '五金', '大足区', '500万美元'],
      ['丙', '钟表', '垫江县', 'USD 800'],
      ['合计', '', '', '12'],
    ]);
    expect(list.rows.map((r) => r.amount)).toEqual([12, null, null]);
    expect(list.rows[1]!.issues).toContainEqual({
      kind: 'currency',
      value: '500万美元',
      column: '亿元',
    });
    expect(list.rows[2]!.issues.map((i) => i.kind)).toContain('currency');
    expect(list.totals[0]!.agrees).toBe(true);
    expect(amountSentences(list, 'zh').join('')).toContain('2 个项目的投资额与本列币种不同');
  });
});

describe('formulas with no saved value', () => {
  it('are said by cell, in the notes and in the row, in both languages', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['2025年招商引资项目台账'],
      ['项目名称', '所属行业', '建设地点', '计划总投资（万元）'],
      ['甲', '白酒', '江津区', 100],
      ['乙', '五金', '大足区', null],
      ['合计', null, null, null],
    ]);
    ws['D4'] = { t: 'n', f: 'D3*2' } as XLSX.CellObject;
    ws['D5'] = { t: 'n', f: 'SUM(D3:D4)' } as XLSX.CellObject;
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '台账');
    const bytes = new Uint8Array(
      XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const r = await readTables(bytes, '台账.xlsx');
    if (!r.ok) throw new Error(r.problem);
    const sheet = r.sheets[r.chosen]!;
    const t = checkTable(sheet.cells, r.encoding, r.delimiter);
    if (!t.ok) throw new Error(t.problem);
    const list = resolveProjects(
      data,
      t.header,
      t.rows,
      guessMapping(t.header),
      t.lines,
      sheet.uncalculated,
    );
    expect(list.uncalculated).toEqual(['D4', 'D5']);
    const row = list.rows.find((x) => x.n === 4)!;
    const issue = row.issues.find((i) => i.kind === 'formula')!;
    expect(issue).toEqual({ kind: 'formula', cells: ['D4'] });
    expect(issueText(issue, data, 'zh')).toContain('公式未计算（D4）');
    expect(issueText(issue, data, 'zh')).toContain('请在 Excel/WPS 中打开并保存后再导入');
    expect(issueText(issue, data, 'en')).toContain('formula not calculated (D4)');
    const zh = uncalculatedSentence(list.uncalculated, 'zh');
    expect(zh).toContain('D4（第 4 行 D 列）、D5（第 5 行 D 列）');
    expect(zh).toContain('公式未计算，请在 Excel/WPS 中打开并保存后再导入');
    expect(uncalculatedSentence(list.uncalculated, 'en')).toContain('D4 (row 4, column D)');
    expect(JSON.parse(reportJson(list, data, 'zh')).uncalculated).toEqual(['D4', 'D5']);
    expect(reportCsv(list, data, 'zh')).toContain('公式未计算（D4）');
  });

  it('many are listed by name up to a dozen, the rest counted', () => {
    const refs = Array.from({ length: 20 }, (_, i) => `F${i + 4}`);
    expect(uncalculatedSentence(refs, 'zh')).toContain('等（另 8 处）');
    expect(uncalculatedSentence(refs, 'en')).toContain('and 8 more');
  });
});

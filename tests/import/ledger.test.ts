/**
 * Ledgers as offices keep them: the header found past title rows, 填报单位 lines and blank rows,
 * a two-row merged header joined; the headers ledgers use; total rows kept out and checked;
 * every row accounted for (an open quote at its line, the sheet's row numbers, the delimiter from
 * the header); numbers stay numbers in the report.
 */
import { describe, expect, it } from 'vitest';
import { findHeader, joinHeader } from '../../src/import/header.ts';
import {
  amountIn100m,
  checkTable,
  guessMapping,
  headerUnit,
  MAX_BYTES,
  parseTable,
  readCells,
  splitCells,
} from '../../src/import/parse.ts';
import { resolveProjects } from '../../src/import/projects.ts';
import { isolate, reportCsv, reportJson } from '../../src/import/report.ts';
import { checkTotals, totalKind } from '../../src/import/totals.ts';
import { safeCell } from '../../src/lib/cells.ts';
import { delimited, gb18030, ledgerCells, xlsx } from '../fixtures/ledger.ts';
import { readTables } from '../../src/import/read.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
/** A workbook's chosen sheet as raw cells (blank rows kept), as the worker reads it. */
const readWorkbook = async (bytes: Uint8Array) => {
  const r = await readTables(bytes, 'ledger.xlsx');
  return r.ok ? { ok: true as const, cells: r.sheets[r.chosen]!.cells, encoding: r.encoding } : r;
};
const HEADER = '序号,项目名称,投资主体,所属行业,建设地点,计划总投资（万元）,项目进度,签约时间,备注';
const ROW = (i: number, amount = 100) =>
  `${i},项目${i},某公司,白酒,江津区,${amount},在建,2025-03-0${i},`;

describe('the header finder', () => {
  it('takes row 1 of a plain table', () => {
    const f = findHeader([
      ['项目名称', '行业', '区县'],
      ['a', '白酒', '江津'],
    ])!;
    expect(f).toMatchObject({ row: 0, span: 1, above: [], chosen: false });
  });

  it('passes over one title row', () => {
    const t = parseTable(`2025年某区招商引资项目台账,,,,,,,,\n${HEADER}\n${ROW(1)}\n`);
    if (!t.ok) throw new Error(t.problem);
    expect(t.found.row).toBe(1);
    expect(t.found.above).toEqual([{ row: 0, why: 'title' }]);
    expect(t.header[1]).toBe('项目名称');
    expect(t.lines).toEqual([3]);
  });

  it('passes over two title rows, a 填报单位/统计截至 row, a 单位 row and blank rows', () => {
    const text = [
      '2025年某区招商引资项目台账',
      '（重点项目）',
      '填报单位：某区投资促进中心,,,,统计截至：2025年11月30日',
      '',
      '单位：万元',
      HEADER,
      ROW(1),
    ].join('\n');
    const t = parseTable(text);
    if (!t.ok) throw new Error(t.problem);
    expect(t.found.row).toBe(5);
    expect(t.found.above.map((a) => a.why)).toEqual(['title', 'title', 'meta', 'blank', 'meta']);
    expect(t.lines).toEqual([7]);
  });

  it('joins a two-row header whose upper cells are merged (upper name carried over its merge)', () => {
    const cells = [
      ['2025年项目台账', '', '', '', '', ''],
      ['序号', '项目名称', '建设地点', '', '投资（万元）', ''],
      ['', '', '区县', '乡镇', '总投资', '已完成'],
      ['1', '江津白酒', '江津区', '德感街道', '1200', '300'],
    ];
    const f = findHeader(cells)!;
    expect(f.row).toBe(2);
    expect(f.span).toBe(2);
    expect(f.names).toEqual([
      '序号',
      '项目名称',
      '建设地点·区县',
      '建设地点·乡镇',
      '投资（万元）·总投资',
      '投资（万元）·已完成',
    ]);
    const t = checkTable(cells, 'xlsx');
    if (!t.ok) throw new Error(t.problem);
    const m = guessMapping(t.header);
    expect(m.place).toBe(2);
    expect(m.amount).toBe(4);
    expect(t.lines).toEqual([4]);
  });

  it('does not take a data row under a header with a blank column for a second header row', () => {
    expect(parseTable('项目名称,,区县\n a,b,c\n')).toMatchObject({
      ok: false,
      problem: 'blank-header',
      detail: '2',
    });
    expect(joinHeader(['a', '', 'c'], ['', 'x', ''])).toEqual(['a', 'x', 'c']);
  });

  it('takes the row the user chooses, and lists the candidates', () => {
    const cells = [['标题'], ['项目名称', '区县'], ['名称', '地址'], ['a', '江津']];
    const f = findHeader(cells)!;
    expect(f.candidates.map((c) => c.row)).toEqual([1, 2]);
    const chosen = checkTable(cells, 'utf-8', ',', 2);
    expect(
      chosen.ok && { header: chosen.header, lines: chosen.lines, c: chosen.found.chosen },
    ).toEqual({ header: ['名称', '地址'], lines: [4], c: true });
  });
});

describe('headers ledgers use', () => {
  it.each([
    ['建设地点', 'place'],
    ['项目地点', 'place'],
    ['实施地点', 'place'],
    ['落户地', 'place'],
    ['落地区县', 'place'],
    ['选址', 'place'],
    ['所在园区', 'place'],
    ['项目进度', 'stage'],
    ['推进情况', 'stage'],
    ['进展情况', 'stage'],
    ['总投资', 'amount'],
    ['计划总投资（万元）', 'amount'],
    ['协议投资(亿元)', 'amount'],
    ['投资额（万美元）', 'amount'],
    ['投资主体', 'investor'],
    ['签约企业', 'investor'],
    ['投资方', 'investor'],
    ['签约日期', 'date'],
    ['签约时间', 'date'],
    ['开工时间', 'date'],
  ])('%s → %s', (h, field) => {
    const m = guessMapping(['序号', '项目名称', h]) as Record<string, number>;
    expect(m[field]).toBe(2);
    expect(m['name']).toBe(1);
  });

  it('reads the amount unit from the header: 万元, 亿元, 万美元 (kept, no rate), 元', () => {
    expect(headerUnit('计划总投资（万元）')).toBe('万元');
    expect(headerUnit('协议投资(亿元)')).toBe('亿元');
    expect(headerUnit('投资额（万美元）')).toBe('万美元');
    expect(headerUnit('总投资')).toBeNull();
    expect(amountIn100m('561000', '计划总投资（万元）')).toEqual({ ok: true, value: 56.1 });
    expect(amountIn100m('250', '投资额（万美元）')).toEqual({ ok: true, value: 250 });
    expect(amountIn100m('3', '总投资')).toEqual({ ok: true, value: 3 });
  });
});

describe('total rows', () => {
  it.each([
    [['合计', '', '', '100'], '合计'],
    [['', '合 计', '', '100'], '合计'],
    [['小计', '', ''], '小计'],
    [['总计（20个）', ''], '总计'],
    [['21', '合计'], '合计'],
    [['1', '合计划项目'], null],
    [['1', '江津白酒', '合计'], null],
  ])('%j → %s', (cells, kind) => expect(totalKind(cells)).toBe(kind));

  it('keeps 合计 out of the projects and checks it against the sum (万元 header)', () => {
    const text = [HEADER, ROW(1, 100), ROW(2, 250.5), '合计,,,,,350.5,,,'].join('\n');
    const t = parseTable(text);
    if (!t.ok) throw new Error(t.problem);
    const list = resolveProjects(data, t.header, t.rows, guessMapping(t.header), t.lines);
    expect(list.rows).toHaveLength(2);
    expect(list.totals).toEqual([
      {
        n: 4,
        kind: '合计',
        label: '合计',
        amount: 0.03505,
        sum: 0.03505,
        rows: 2,
        agrees: true,
      },
    ]);
    expect(list.amount).toEqual({ header: '计划总投资（万元）', stated: '万元', unit: '亿元' });
    expect(reportCsv(list, data, 'zh')).not.toContain('合计');
  });

  it('says when a total differs from the sum; a 小计 covers its group, 总计 all; merged label', () => {
    const text = [
      HEADER,
      ROW(1, 100),
      ROW(2, 200),
      '小计,,,,,300,,,',
      ROW(3, 50),
      ' 小 计 ,,,,,40,,,',
      '总计,,,,,390,,,',
    ].join('\n');
    const t = parseTable(text);
    if (!t.ok) throw new Error(t.problem);
    const list = resolveProjects(data, t.header, t.rows, guessMapping(t.header), t.lines);
    expect(list.rows.map((r) => r.n)).toEqual([2, 3, 5]);
    expect(list.totals.map((x) => [x.n, x.kind, x.rows, x.agrees])).toEqual([
      [4, '小计', 2, true],
      [6, '小计', 1, false],
      [7, '总计', 3, false],
    ]);
  });

  it('reports a total unchecked when there is no amount column', () => {
    expect(
      checkTotals([{ total: true, n: 3, kind: '合计', label: '合计', amount: 5 }], 0.01, false),
    ).toMatchObject([{ sum: null, agrees: null }]);
  });
});

describe('every row accounted for', () => {
  it('reports a quote left open at the line where it opened, swallowing nothing', () => {
    const text = [
      '项目名称,行业,区县',
      'a,白酒,江津',
      '"b,白酒,江津',
      'c,白酒,江津',
      'd,白酒,江津',
    ];
    expect(parseTable(text.join('\n'))).toEqual({
      ok: false,
      problem: 'open-quote',
      detail: '3',
    });
    // A quoted cell over two lines (Alt+Enter in Excel) is one cell, and the lines after it count.
    const split = splitCells('a,"x\ny",c\n"open\n', ',');
    expect(split).toEqual({ ok: false, openQuoteLine: 3 });
  });

  it('numbers rows as the sheet does: blank rows counted, not dropped', () => {
    const t = parseTable(`${HEADER}\n${ROW(1)}\n\n\n${ROW(2)}\n`);
    if (!t.ok) throw new Error(t.problem);
    const list = resolveProjects(data, t.header, t.rows, guessMapping(t.header), t.lines);
    expect(list.rows.map((r) => r.n)).toEqual([2, 5]);
    expect(reportCsv(list, data, 'zh').split('\r\n')[2]!.startsWith('5,')).toBe(true);
  });

  it('numbers an .xlsx ledger by its sheet rows (title and 填报单位 rows counted)', async () => {
    const c = await readWorkbook(xlsx(ledgerCells(3), ['A1:I1']));
    if (!c.ok) throw new Error(c.problem);
    const t = checkTable(c.cells, c.encoding);
    if (!t.ok) throw new Error(t.problem);
    expect(t.found.row).toBe(2);
    expect(t.lines).toEqual([4, 5, 6, 7]);
    const list = resolveProjects(data, t.header, t.rows, guessMapping(t.header), t.lines);
    expect(list.rows.map((r) => r.n)).toEqual([4, 5, 6]);
    expect(list.totals).toMatchObject([{ n: 7, kind: '合计', agrees: true }]);
  });

  it('finds the delimiter from the header line, not from commas inside tab-separated cells', () => {
    const text = '项目名称\t行业\t区县\n白酒厂,二期,扩建\t白酒\t江津\n眼镜,镜片,镜框\t眼镜\t奉节\n';
    const t = parseTable(text);
    expect(t.ok && t.delimiter).toBe('\t');
    expect(t.ok && t.rows[0]).toEqual(['白酒厂,二期,扩建', '白酒', '江津']);
    const csv = parseTable('项目名称,行业,区县\n"a\tb",白酒,江津\n');
    expect(csv.ok && csv.delimiter).toBe(',');
  });

  it('reads a GB18030 ledger with its title rows', () => {
    const c = readCells(gb18030(delimited(ledgerCells(2))));
    expect(c.ok && c.encoding).toBe('gb18030');
  });

  it('limits pasted text like files, with a plain problem', () => {
    expect(readCells('项'.repeat(Math.ceil(MAX_BYTES / 3) + 1))).toEqual({
      ok: false,
      problem: 'paste-too-large',
    });
  });
});

describe('the report', () => {
  it("keeps numbers numbers (-2 is -2, not the text '-2), neutralising only formulas", () => {
    expect(safeCell(-2)).toBe('-2');
    expect(safeCell('-2')).toBe('-2');
    expect(safeCell('-2+3')).toBe("'-2+3");
    expect(safeCell('=1')).toBe("'=1");
    const t = parseTable('项目名称,行业,区县,投资额（亿元）\na,白酒,江津,-2\n');
    if (!t.ok) throw new Error(t.problem);
    const list = resolveProjects(data, t.header, t.rows, guessMapping(t.header), t.lines);
    const line = reportCsv(list, data, 'zh').split('\r\n')[1]!;
    expect(line.split(',')[9]).toBe('-2');
    const json = JSON.parse(reportJson(list, data, 'zh')) as { rows: { amount100mYuan: number }[] };
    expect(json.rows[0]!.amount100mYuan).toBe(-2);
  });

  it('keeps long cells whole in the download', () => {
    const long = '长'.repeat(10_000);
    const t = parseTable(`项目名称,行业,区县\n${long},白酒,江津\n`);
    if (!t.ok) throw new Error(t.problem);
    const list = resolveProjects(data, t.header, t.rows, guessMapping(t.header), t.lines);
    expect(reportCsv(list, data, 'zh')).toContain(long);
  });

  it('isolates a file name (U+2068…U+2069), once', () => {
    expect(isolate('\u202eabc.csv')).toBe('\u2068\u202eabc.csv\u2069');
    expect(isolate(isolate('a.csv'))).toBe('\u2068a.csv\u2069');
  });
});

describe('the header finder, against rows above it that look merged', () => {
  it('does not join a 填报单位 row with two cells to the header under it', () => {
    const f = findHeader(ledgerCells(2).map((r) => r.map((c) => (c === null ? '' : String(c)))))!;
    expect(f).toMatchObject({ row: 2, span: 1 });
    expect(f.above.map((a) => a.why)).toEqual(['title', 'meta']);
  });
});

describe('the header finder, against data rows that hold names', () => {
  it('keeps an unknown header over data rows that mention 项目 or 产业', () => {
    const t = parseTable('甲,乙,丙\n江津白酒项目,白酒产业,2025-01-01\n奉节眼镜项目,眼镜产业,12\n');
    expect(t.ok && { row: t.found.row, lines: t.lines }).toEqual({ row: 0, lines: [2, 3] });
  });
});

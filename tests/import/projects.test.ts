import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkTable, guessMapping, parseTable } from '../../src/import/parse.ts';
import { resolveProjects } from '../../src/import/projects.ts';
import { readTables } from '../../src/import/read.ts';
import { reportCsv, reportJson } from '../../src/import/report.ts';
import { createResolver } from '../../src/import/resolve.ts';
import { createFitIndex } from '../../src/import/fit.ts';
import { ROOT } from '../../scripts/lib/seeds.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const fixture = (f: string) =>
  new Uint8Array(
    readFileSync(
      f === 'projects.csv'
        ? join(ROOT, 'src', 'import', 'sample-projects.csv')
        : join(ROOT, 'tests', 'fixtures', f),
    ),
  );
const resolver = createResolver(data);
/** A workbook's chosen sheet as raw cells (blank rows kept), as the worker reads it. */
const readWorkbook = async (bytes: Uint8Array) => {
  const r = await readTables(bytes, 'book.xlsx');
  return r.ok ? { ok: true as const, cells: r.sheets[r.chosen]!.cells, encoding: r.encoding } : r;
};

describe('place resolution', () => {
  it.each([
    ['江津', '500116', 'exact'],
    ['江津区', '500116', 'exact'],
    ['重庆市江津区', '500116', 'exact'],
    ['jiangjin', '500116', 'pinyin'],
    ['Jiangjin District', '500116', 'english'],
    ['梁平县', '500155', 'alias'],
    ['两江新区', 'zone-liangjiang', 'exact'],
    ['万盛', 'zone-wansheng', 'exact'],
    ['重庆市永川区凤凰湖工业园', '500118', 'address'],
    ['綦江区万盛街道', 'zone-wansheng', 'address'],
    ['成都市武侯区', '510107', 'alias'],
    ['泸州', '510500', 'exact'],
  ])('%s → %s (%s)', (raw, id, how) => {
    const m = resolver.place(raw);
    expect(m.ok && { id: m.id, how: m.how }).toEqual({ id, how });
  });

  it('says why when it cannot: empty, unknown, ambiguous with the candidates', () => {
    expect(resolver.place('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(resolver.place('某某市')).toEqual({ ok: false, reason: 'unknown' });
    const amb = resolver.place('江津至永川快速通道');
    expect(amb).toEqual({ ok: false, reason: 'ambiguous', candidates: ['500116', '500118'] });
  });
});

describe('industry resolution', () => {
  it.each([
    ['眼镜制造', ['眼镜制造'], 'subcategory'],
    ['食品制造业', ['方便食品制造', '乳制品制造', '调味品、发酵制品制造'], 'category'],
    ['151', ['酒的制造'], 'code'],
    ['C1512', ['酒的制造'], 'code'],
    ['C15', ['酒的制造', '饮料制造', '精制茶加工'], 'code'],
    ['3587', ['眼镜制造'], 'code'],
    ['白酒', ['酒的制造'], 'keyword'],
    ['预制菜', ['方便食品制造'], 'keyword'],
    ['火锅底料', ['调味品、发酵制品制造'], 'keyword'],
    ['茶饮', ['饮料制造'], 'keyword'],
  ])('%s → %j (%s)', (raw, rows, how) => {
    const m = resolver.industry(raw);
    expect(m.ok && { rows: [...m.rows].sort(), how: m.how }).toEqual({
      rows: [...rows].sort(),
      how,
    });
  });

  it('leaves what is no industry unresolved (an industry outside the plans resolves: industry.test.ts)', () => {
    expect(resolver.industry('随便写写')).toEqual({ ok: false, reason: 'unknown' });
    expect(resolver.industry('9999')).toEqual({ ok: false, reason: 'unknown' });
  });
});

describe('plan fit', () => {
  const fits = createFitIndex(data);
  it('planned where the layout table lists the place, citing the table row', () => {
    const f = fits.fit('500236', ['眼镜制造']);
    expect(f.verdict).toBe('planned');
    expect(f.reasons[0]!.source).toEqual(data.layout.find((r) => r.id === '眼镜制造')!.source);
  });
  it('supported where only a base or brand of the place is about it (荣昌夏布 for 纺织)', () => {
    const f = fits.fit('500153', ['纺织业']);
    expect(f.verdict).toBe('supported');
    expect(f.reasons.map((r) => r.kind)).toContain('brand');
  });
  it('elsewhere names the places the plans put it instead', () => {
    const f = fits.fit('zone-liangjiang', ['饮料制造']);
    expect(f.verdict).toBe('elsewhere');
    expect(f.elsewhere).toEqual(data.layout.find((r) => r.id === '饮料制造')!.places);
  });
});

describe('a project list, end to end', () => {
  const check = (bytes: Uint8Array, encoding: string) => {
    const t = parseTable(bytes);
    if (!t.ok) throw new Error(t.problem);
    expect(t.encoding).toBe(encoding);
    const mapping = guessMapping(t.header);
    expect(mapping).toEqual({
      name: 0,
      industry: 1,
      place: 2,
      amount: 3,
      investor: -1,
      stage: 4,
      date: 5,
    });
    const list = resolveProjects(data, t.header, t.rows, mapping, t.lines);
    expect(list.rows).toHaveLength(17);
    const by = (n: number) => list.rows[n - 1]!;
    // Row numbers are the sheet's: the header is row 1, the first project row 2.
    expect(list.rows.map((r) => r.n)).toEqual(Array.from({ length: 17 }, (_, i) => i + 2));
    expect([1, 2, 4, 5, 6, 9].map((n) => by(n).fit?.verdict)).toEqual(Array(6).fill('planned'));
    expect(by(3).fit?.verdict).toBe('supported');
    expect([7, 8, 10, 11, 12].map((n) => by(n).fit?.verdict)).toEqual(Array(5).fill('elsewhere'));
    expect(by(13).status).toBe('partial');
    expect(by(13).issues.map((i) => i.kind)).toEqual(['place', 'date']);
    expect(by(14).name).toBe('引号里的,逗号项目');
    expect(by(14).issues.map((i) => i.kind)).toEqual(['amount', 'date']);
    expect(by(15).status).toBe('unresolved');
    expect(by(15).issues[0]).toEqual({ kind: 'empty' });
    expect(by(16).issues).toEqual([{ kind: 'duplicate', of: 2 }]);
    // 电子信息 is 002's sector (C39): resolved, a city priority placed in no district.
    expect(by(17).status).toBe('resolved');
    expect(by(17).fit?.verdict).toBe('priority');
    expect(by(3).date).toBe('2024-06-01');
    expect(by(1).amount).toBe(12.5);
    expect(list.counts).toEqual({ resolved: 15, partial: 1, unresolved: 1 });
  };
  it('reads the UTF-8 file', () => check(fixture('projects.csv'), 'utf-8'));
  it('reads the same list saved as GB18030 (Chinese Excel’s default), CRLF lines', () =>
    check(fixture('projects-gb18030.csv'), 'gb18030'));
  it('reads cells pasted from a spreadsheet (tab-separated)', () => {
    const t = parseTable('项目名称\t行业\t区县\n奉节眼镜\t眼镜\t奉节县\n');
    expect(t.ok && t.delimiter).toBe('\t');
    if (!t.ok) return;
    const list = resolveProjects(data, t.header, t.rows, guessMapping(t.header));
    expect(list.rows[0]!.fit?.verdict).toBe('planned');
  });
});

describe('bad files change nothing and say why', () => {
  it.each([
    ['', 'empty'],
    ['项目名称,行业,区县\n', 'header-only'],
    ['项目名称,,区县\n a,b,c\n', 'blank-header'],
    ['区县,区县\n江津,永川\n', 'duplicate-columns'],
  ])('%j → %s', (text, problem) => {
    const t = parseTable(new TextEncoder().encode(text));
    expect(t.ok ? 'ok' : t.problem).toBe(problem);
  });
  it('refuses a binary file and one over the size limit', () => {
    expect(parseTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]))).toMatchObject({
      problem: 'binary',
    });
    expect(parseTable(new Uint8Array(20 * 1024 * 1024 + 1))).toMatchObject({
      problem: 'too-large',
    });
  });
});

describe('Excel workbooks', () => {
  it('reads an .xlsx list (first sheet): numbers and text as cells, blank rows dropped', async () => {
    const c = await readWorkbook(fixture('projects.xlsx'));
    if (!c.ok) throw new Error(c.problem);
    const t = checkTable(c.cells, c.encoding);
    if (!t.ok) throw new Error(t.problem);
    expect(t.encoding).toBe('xlsx');
    const list = resolveProjects(data, t.header, t.rows, guessMapping(t.header));
    expect(list.rows).toHaveLength(16);
    expect(list.rows[0]!.amount).toBe(12.5);
    expect(list.rows[3]!.fit?.verdict).toBe('planned');
  });
  it('refuses a merged header cell, naming the column', async () => {
    const c = await readWorkbook(fixture('projects-merged-header.xlsx'));
    expect(c.ok && checkTable(c.cells, c.encoding)).toEqual({
      ok: false,
      problem: 'blank-header',
      detail: '4',
    });
  });
  it('says when a file only looks like a workbook', async () => {
    expect(await readWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatchObject({
      ok: false,
      problem: 'bad-workbook',
    });
  });
});

describe('the report', () => {
  it('neutralises formula-leading cells and still round-trips through a CSV parser', () => {
    const t = parseTable(
      '项目名称,行业,区县\n"=1+2",眼镜,奉节\n@SUM(A1),白酒,江津\n-5,"a,b ""c""",+x\n',
    );
    if (!t.ok) throw new Error(t.problem);
    const list = resolveProjects(data, t.header, t.rows, guessMapping(t.header));
    const csv = reportCsv(list, data, 'zh');
    const back = parseTable(csv.slice(1));
    if (!back.ok) throw new Error(back.problem);
    // -5 is a number to a spreadsheet, not a formula: it stays as it is.
    expect(back.rows.map((r) => r[1])).toEqual(["'=1+2", "'@SUM(A1)", '-5']);
    expect(back.rows[2]![6]).toBe('a,b "c"');
    expect(back.rows[2]![3]).toBe("'+x");
    const json = JSON.parse(reportJson(list, data, 'zh')) as { rows: { name: string }[] };
    expect(json.rows.map((r) => r.name)).toEqual(["'=1+2", "'@SUM(A1)", '-5']);
  });
});

import { describe, expect, it } from 'vitest';
import { buildTable, toCsv, toJson, viewRows } from '../../src/table/rows.ts';
import { parseTable } from '../../src/import/parse.ts';
import { comparePlaces } from '../../src/compare/compare.ts';
import { INITIAL_VIEW } from '../../src/state/store.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const view = (over: Partial<typeof INITIAL_VIEW> = {}) => ({ ...INITIAL_VIEW, ...over });

/** A small RFC 4180 reader, for checking what the CSV says. */
function readCsv(text: string): string[][] {
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
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  return rows;
}

describe('the layout table', () => {
  it('has one row per place the selected sub-industry names, each citing the table cell', () => {
    const t = buildTable('layout', view({ industries: ['眼镜制造'] }), data, 'visible', 'zh');
    const row = data.layout.find((r) => r.id === '眼镜制造')!;
    expect(t.rows.map((r) => r['code']).sort()).toEqual([...row.places].sort());
    for (const r of t.rows) {
      expect(r['quote']).toBe(row.source.quote);
      expect(r['line']).toBe(row.source.line);
      expect(r['docNumber']).toContain('50');
    }
  });

  it('"all" rows are every (sub-industry, place) pair of data/, whatever the filter', () => {
    const pairs = data.layout.reduce((n, r) => n + r.places.length, 0);
    const t = buildTable('layout', view({ industries: ['眼镜制造'] }), data, 'all', 'zh');
    expect(t.rows).toHaveLength(pairs);
  });

  it('sorts by a column and filters by text', () => {
    const t = buildTable('layout', view(), data, 'visible', 'zh');
    const sorted = viewRows(t, '', { key: 'line', dir: -1 });
    expect(Number(sorted[0]!['line'])).toBeGreaterThanOrEqual(Number(sorted.at(-1)!['line']));
    expect(viewRows(t, '奉节', null).every((r) => JSON.stringify(r).includes('奉节'))).toBe(true);
  });
});

describe('bases and cooperation tables', () => {
  it('follow the programme filter as the map does', () => {
    const t = buildTable('bases', view({ programmes: ['two-plus-n'] }), data, 'visible', 'zh');
    expect(t.rows.length).toBe(data.bases.filter((b) => b.programme === 'two-plus-n').length);
    expect(buildTable('bases', view(), data, 'visible', 'zh').rows).toHaveLength(data.bases.length);
  });

  it('cooperation rows name their Sichuan partners and quote the seed', () => {
    const t = buildTable('coop', view(), data, 'all', 'zh');
    expect(t.rows).toHaveLength(data.cooperation.length);
    expect(t.rows.find((r) => String(r['places']).includes('荣昌'))!['partners']).toContain('内江');
  });
});

describe('CSV', () => {
  it('starts with a BOM, quotes what needs quoting, and reads back to the same rows', () => {
    const t = buildTable('layout', view({ industries: ['精制茶加工'] }), data, 'visible', 'zh');
    const csv = toCsv(t, t.rows, 'zh');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const back = readCsv(csv.slice(1));
    expect(back[0]).toEqual(t.columns.map((c) => c.zh));
    expect(back).toHaveLength(t.rows.length + 1);
    // The quote cell holds tabs and newlines in the seed's table: it survives the round trip —
    // behind the apostrophe that keeps a spreadsheet from reading a tab-led cell as a formula.
    expect(back[1]![t.columns.findIndex((c) => c.key === 'quote')]).toBe(`'${t.rows[0]!['quote']}`);
  });
});

describe('compare', () => {
  it('tells shared sub-industries from those unique to one district', () => {
    // 荣昌 and 奉节 are the two places the table gives 眼镜制造.
    const c = comparePlaces(['500153', '500236'], data, 'zh');
    expect(c.shared.has('industry:眼镜制造')).toBe(true);
    const rc = new Set(data.layout.filter((r) => r.places.includes('500153')).map((r) => r.id));
    const fj = new Set(data.layout.filter((r) => r.places.includes('500236')).map((r) => r.id));
    const onlyRc = [...rc].filter((x) => !fj.has(x)).map((x) => `industry:${x}`);
    const uniqueRc = [...c.unique.get('500153')!].filter((k) => k.startsWith('industry:'));
    expect(uniqueRc.sort()).toEqual(onlyRc.sort());
  });

  it('compares a Sichuan partner by its cooperation with Chongqing', () => {
    const c = comparePlaces(['500153', '511000'], data, 'zh');
    const shared = [...c.shared];
    expect(shared.some((k) => k.startsWith('coop:'))).toBe(true);
    expect(c.places[1]!.items.every((it) => it.kind !== 'industry')).toBe(true);
  });
});

describe('downloads are safe in a spreadsheet', () => {
  const table = {
    id: 'layout' as const,
    columns: [
      { key: 'a', zh: '甲', en: 'A' },
      { key: 'n', zh: '数', en: 'N', numeric: true },
    ],
  };
  const rows = [
    { a: '=HYPERLINK("http://x","y")', n: -5 },
    { a: '+1', n: 2 },
    { a: '@SUM(A1)', n: 3 },
    { a: '\tx', n: 4 },
    { a: 'plain, "quoted"', n: 5 },
  ];
  it('neutralises formula-leading text in CSV and still round-trips through a CSV parser', () => {
    const parsed = parseTable(toCsv(table, rows, 'zh').slice(1));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.rows.map((r) => r[0])).toEqual([
      `'=HYPERLINK("http://x","y")`,
      "'+1",
      "'@SUM(A1)",
      "'\tx",
      'plain, "quoted"',
    ]);
    // A number is not a formula: -5 stays -5.
    expect(parsed.rows[0]![1]).toBe('-5');
  });
  it('neutralises the same cells in JSON', () => {
    const json = JSON.parse(toJson(table as never, rows)) as { rows: { a: string; n: number }[] };
    expect(json.rows.map((r) => r.a)[0]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(json.rows[0]!.n).toBe(-5);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLayoutTable, readLayoutTable } from '../../src/pipeline/parse-layout-table.ts';
import { ROOT, readSeeds } from '../../scripts/lib/seeds.ts';

const fixture = readFileSync(join(ROOT, 'tests', 'fixtures', 'layout-table.txt'), 'utf8');
const seed000 = readSeeds()['000'];

describe('parseLayoutTable on a small table', () => {
  it('joins a cell broken across lines and trims trailing spaces', () => {
    const rows = parseLayoutTable(fixture);
    expect(rows.map((r) => r.districtNames)).toEqual([
      ['江津', '涪陵'],
      ['万州', '忠县'],
      ['石柱', '酉阳', '万盛'],
    ]);
    expect(rows[2]?.category).toBe('丁门类制造业');
  });

  it('continues a blank 门类 from the row above and says so', () => {
    const [, second] = parseLayoutTable(fixture);
    expect(second).toMatchObject({ category: '甲门类', categoryCell: '', categoryInherited: true });
  });

  it('reads a blank 小类 as the whole 门类', () => {
    expect(parseLayoutTable(fixture)[2]?.subcategory).toBeNull();
  });

  it('quotes each row verbatim with its line', () => {
    for (const r of parseLayoutTable(fixture)) {
      expect(fixture.includes(r.source.quote)).toBe(true);
      expect(fixture.split('\n')[r.source.line - 1]).toBe(r.source.quote.split('\n')[0]);
    }
  });

  it('fails clearly when the table is missing', () => {
    expect(() => parseLayoutTable('no table here')).toThrow(/layout table .* not found/);
  });
});

describe('parseLayoutTable on seed 000', () => {
  const rows = parseLayoutTable(seed000);

  it('finds all 24 rows of the table', () => {
    expect(readLayoutTable(seed000)).toHaveLength(24);
    expect(rows.map((r) => r.subcategory ?? r.category)).toContain('眼镜制造');
  });

  it('joins 酒、饮料和精制茶 + 制造业 and the 调味品 districts broken over two lines', () => {
    const tiaowei = rows.find((r) => r.subcategory === '调味品、发酵制品制造');
    expect(tiaowei?.districtNames).toEqual([
      '江津',
      '合川',
      '涪陵',
      '綦江',
      '永川',
      '云阳',
      '石柱',
      '万州',
    ]);
    expect(rows.find((r) => r.subcategory === '酒的制造')?.category).toBe('酒、饮料和精制茶制造业');
  });

  it('keeps 塑料制品业 where the table puts it: a blank 门类 after 化学纤维制造业', () => {
    const plastic = rows.find((r) => r.subcategory === '塑料制品业');
    expect(plastic).toMatchObject({
      categoryCell: '',
      category: '化学纤维制造业',
      categoryInherited: true,
    });
  });

  it('keeps 眼镜制造 under 电气机械和器材制造业 as the table has it', () => {
    expect(rows.find((r) => r.subcategory === '眼镜制造')?.category).toBe('电气机械和器材制造业');
  });

  it('reads the six whole-门类 rows', () => {
    expect(rows.filter((r) => r.subcategory === null).map((r) => r.category)).toEqual([
      '纺织业',
      '纺织服装、服饰业',
      '家具制造业',
      '造纸和纸制品业',
      '文教、工美、体育和娱乐用品制造业',
      '化学纤维制造业',
    ]);
  });
});

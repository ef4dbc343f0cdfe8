import { describe, expect, it } from 'vitest';
import { parsePriorities, ROW_SECTORS } from '../../src/pipeline/priorities.ts';
import { readSeeds } from '../../scripts/lib/seeds.ts';
import { loadData } from '../helpers.ts';

const seeds = readSeeds();
const priorities = parsePriorities(seeds['003']);
const data = loadData();

describe('national priorities (003)', () => {
  it('reads the sector paragraphs of all four 专栏', () => {
    const kinds = new Set(priorities.map((p) => p.kind));
    expect(kinds).toEqual(new Set(['technology', 'product', 'digital', 'green']));
    expect(priorities.filter((p) => p.kind === 'product').map((p) => p.sector)).toContain(
      '眼镜钟表',
    );
    for (const p of priorities) expect(seeds['003']).toContain(p.source.quote);
  });

  it('links 眼镜制造 to 眼镜钟表 and 酒的制造 to 酿酒, with the verbatim directions', () => {
    const eyewear = priorities.filter((p) => p.rows.includes('眼镜制造'));
    expect(eyewear.map((p) => p.sector)).toEqual(['眼镜钟表']);
    expect(eyewear[0]!.text).toContain('近视');
    const liquor = priorities.filter((p) => p.rows.includes('酒的制造'));
    expect(new Set(liquor.map((p) => p.kind)).size).toBeGreaterThanOrEqual(2);
    expect(liquor.find((p) => p.kind === 'product')!.text).toContain('年轻消费群体');
  });

  it('maps only real rows to sectors the guidance has; the rest have none', () => {
    const sectors = new Set(priorities.map((p) => p.sector));
    const rows = new Set(data.layout.map((r) => r.id));
    for (const [row, list] of Object.entries(ROW_SECTORS)) {
      expect(rows.has(row), row).toBe(true);
      for (const s of list) expect(sectors.has(s), s).toBe(true);
    }
    for (const none of ['卷烟制造', '纺织业', '精制茶加工'])
      expect(priorities.some((p) => p.rows.includes(none))).toBe(false);
  });
});

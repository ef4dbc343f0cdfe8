import { describe, expect, it } from 'vitest';
import { POINTS, rankPlaces } from '../../src/import/siting.ts';
import { createResolver } from '../../src/import/resolve.ts';
import { loadData } from '../helpers.ts';

const data = loadData();

describe('siting: the ranking rule', () => {
  const liquor = rankPlaces(data, ['酒的制造']);

  it('scores each place by the sum of its reasons, as POINTS says, highest first', () => {
    for (const p of liquor.places)
      expect(p.score).toBe(p.reasons.reduce((s, r) => s + POINTS[r.kind], 0));
    const scores = liquor.places.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('puts the layout table’s places in, each with the table row as a cited reason', () => {
    const row = data.layout.find((r) => r.id === '酒的制造')!;
    for (const id of row.places) {
      const p = liquor.places.find((x) => x.place === id)!;
      expect(p.reasons.find((r) => r.kind === 'layout')?.source).toEqual(row.source);
    }
  });

  it('ranks 江津 first for 白酒: in the table and home of the 清香型白酒 base', () => {
    const first = liquor.places[0]!;
    expect(first.place).toBe('500116');
    expect(first.reasons.map((r) => r.kind).sort()).toEqual(['base', 'layout']);
    expect(first.reasons.find((r) => r.kind === 'base')!.label).toBe('清香型白酒建设重庆酒城');
  });

  it('counts a brand: 荣昌 for 纺织 through 荣昌夏布, though the table does not list it', () => {
    const textiles = rankPlaces(data, ['纺织业']);
    const rongchang = textiles.places.find((p) => p.place === '500153')!;
    expect(rongchang.reasons.map((r) => r.kind)).toEqual(['brand']);
  });

  it('carries the sector’s national priorities as context', () => {
    expect(liquor.priorities.length).toBeGreaterThan(0);
    expect(liquor.priorities.every((p) => p.rows.includes('酒的制造'))).toBe(true);
  });
});

describe('siting reads every plan (the industry table)', () => {
  const resolver = createResolver(data);
  const rank = (term: string) => {
    const m = resolver.industry(term);
    if (!m.ok) throw new Error(term);
    return rankPlaces(data, m);
  };

  it('五金 ranks 大足 first: the 日用五金制品 base and the 大足五金 brand, cited', () => {
    const s = rank('五金');
    expect(s.places[0]!.place).toBe('500111');
    expect(s.places[0]!.reasons.map((r) => r.kind).sort()).toEqual(['base', 'brand']);
    expect(s.places[0]!.score).toBe(POINTS.base + POINTS.brand);
  });

  it('钟表 finds 垫江 through 垫江钟表', () => {
    expect(rank('钟表').places.map((p) => p.place)).toContain('500231');
  });

  it('汽车零部件: the 主城新区 places, with 002’s city priorities as context', () => {
    const s = rank('汽车零部件');
    expect(s.places.length).toBeGreaterThan(0);
    expect(s.places.every((p) => p.reasons.every((r) => r.kind === 'group'))).toBe(true);
    expect(s.unplaced[0]!.label).toContain('关键零部件');
  });

  it('房地产: no place and no plan statement', () => {
    const s = rank('房地产');
    expect(s.places).toEqual([]);
    expect(s.unplaced).toEqual([]);
  });
});

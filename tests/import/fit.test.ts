import { describe, expect, it } from 'vitest';
import { createFitIndex } from '../../src/import/fit.ts';
import { createResolver } from '../../src/import/resolve.ts';
import { loadData } from '../helpers.ts';
import { readSeeds } from '../../scripts/lib/seeds.ts';

const data = loadData();
const resolver = createResolver(data);
const fits = createFitIndex(data);
const seeds = readSeeds();
const id = (name: string) => data.places.find((p) => p.name === name || p.short === name)!.id;
const fitOf = (place: string, industry: string) => {
  const m = resolver.industry(industry);
  if (!m.ok) throw new Error(`${industry} unresolved`);
  return fits.fit(id(place), m);
};

describe('plan fit reads every plan', () => {
  it('五金 in 大足: supported, citing 大足五金 and the 日用五金制品 base', () => {
    const f = fitOf('大足', '五金');
    expect(f.verdict).toBe('supported');
    expect(f.reasons.map((r) => r.label)).toEqual(
      expect.arrayContaining(['大足五金', '日用五金制品']),
    );
  });

  it('钟表 in 垫江: supported by the 垫江钟表 brand', () => {
    const f = fitOf('垫江', '钟表');
    expect(f.verdict).toBe('supported');
    expect(f.reasons.map((r) => [r.kind, r.label])).toContainEqual(['brand', '垫江钟表']);
  });

  it('钟表 in 万州: planned elsewhere, in 垫江', () => {
    const f = fitOf('万州', '钟表');
    expect(f.verdict).toBe('elsewhere');
    expect(f.elsewhere).toEqual([id('垫江')]);
  });

  it('汽车零部件 in 两江新区: a city priority of 002, 专栏9 关键零部件 cited first', () => {
    const f = fitOf('两江新区', '汽车零部件');
    expect(f.verdict).toBe('priority');
    expect(f.reasons[0]!.kind).toBe('sector');
    expect(f.reasons[0]!.label).toContain('关键零部件');
    expect(f.reasons[0]!.source.doc).toBe('002');
  });

  it('汽车零部件 in 璧山: the 主城新区 sentence of 002 names 汽车摩托车, cited first', () => {
    const f = fitOf('璧山', '汽车零部件');
    expect(f.verdict).toBe('priority');
    expect(f.reasons[0]).toMatchObject({ kind: 'group', label: '主城新区' });
  });

  it('every reason is cited: its quote is in its seed', () => {
    for (const [place, industry] of [
      ['大足', '五金'],
      ['垫江', '钟表'],
      ['两江新区', '汽车零部件'],
      ['璧山', '锂电池'],
      ['万州', '软件'],
    ] as const)
      for (const r of fitOf(place, industry).reasons)
        expect(seeds[r.source.doc].includes(r.source.quote), `${industry}: ${r.label}`).toBe(true);
  });

  it('not in the plans only when no plan mentions it: 房地产 anywhere', () => {
    expect(fitOf('渝中', '房地产').verdict).toBe('none');
    expect(fitOf('渝中', '房地产').reasons).toEqual([]);
  });

  it('a layout row still comes first: 白酒 in 江津 is planned, citing the table row', () => {
    const f = fitOf('江津', '白酒');
    expect(f.verdict).toBe('planned');
    expect(f.reasons[0]!.kind).toBe('layout');
  });
});

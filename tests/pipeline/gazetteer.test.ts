import { describe, expect, it } from 'vitest';
import {
  CHONGQING_UNITS,
  GROUPS,
  PLACES,
  findPlace,
  resolvePlace,
  UnknownPlaceError,
} from '../../src/pipeline/gazetteer.ts';

describe('gazetteer', () => {
  it('has the 38 county-level units of Chongqing with unique GB/T 2260 codes', () => {
    expect(CHONGQING_UNITS).toHaveLength(38);
    expect(new Set(CHONGQING_UNITS.map((p) => p.id)).size).toBe(38);
    for (const p of CHONGQING_UNITS) expect(p.id).toMatch(/^5001\d\d$|^5002\d\d$/);
  });

  it('puts every unit in one 一区两群 group: 9 + 12 + 11 + 6', () => {
    const count = (g: string): number => CHONGQING_UNITS.filter((p) => p.group === g).length;
    expect(GROUPS.map((g) => count(g.id))).toEqual([9, 12, 11, 6]);
  });

  it('resolves short forms, full names and old names to one entry', () => {
    expect(resolvePlace('江津', { doc: '000', line: 1 }).id).toBe('500116');
    expect(resolvePlace('石柱', { doc: '000', line: 1 }).name).toBe('石柱土家族自治县');
    expect(resolvePlace('石柱县', { doc: '000', line: 1 }).id).toBe('500240');
    expect(findPlace('梁平县')?.id).toBe('500155');
    expect(findPlace('武隆县')?.name).toBe('武隆区');
    expect(findPlace('郫县')?.name).toBe('郫都区');
    expect(findPlace('隆昌县')?.id).toBe('511083');
  });

  it('keeps functional zones as their own entries, related to counties', () => {
    const wansheng = findPlace('万盛');
    expect(wansheng).toMatchObject({ kind: 'functional-zone', parent: '500110' });
    expect(findPlace('两江新区')?.spans).toContain('500112');
    expect(findPlace('重庆高新区')?.kind).toBe('functional-zone');
  });

  it('names the name, the document and the line of an unknown place', () => {
    expect(() => resolvePlace('火星', { doc: '002', line: 42 })).toThrow(UnknownPlaceError);
    expect(() => resolvePlace('火星', { doc: '002', line: 42 })).toThrow(
      'unknown place "火星" in seed 002, line 42',
    );
  });

  it('has an English name for every place', () => {
    for (const p of PLACES) expect(p.en, p.name).toMatch(/^[A-Z]/);
  });
});

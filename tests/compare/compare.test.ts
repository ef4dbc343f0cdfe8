/**
 * Compare says two places share a base only when the plan gives both the same theme under the
 * same programme: a programme lists many bases, and two places in different ones share nothing
 * (issue 21: 荣昌 and 泸州 seemed to share a 合作区 they do not).
 */
import { describe, expect, it } from 'vitest';
import { comparePlaces } from '../../src/compare/compare.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const id = (short: string) => data.places.find((p) => p.short === short)!.id;
const bases = (ids: string[]) => {
  const c = comparePlaces(ids, data, 'zh');
  const of = (i: number) => c.places[i]!.items.filter((it) => it.kind === 'programme');
  return {
    c,
    of,
    shared: of(0)
      .filter((it) => c.shared.has(it.key))
      .map((it) => it.label),
  };
};

describe('compare: bases', () => {
  it('荣昌 and 泸州 share no 合作区 (荣昌’s is with 内江, 泸州’s with 江津 and 永川)', () => {
    const { c, of, shared } = bases([id('荣昌'), id('泸州')]);
    // Both are in 川渝 bases of the same programme: the test means something only if so.
    expect(of(0).map((it) => it.label)).toEqual([
      expect.stringMatching(/^成渝地区产业协同合作区打造工程：日用玻陶/),
    ]);
    // 泸州 is named by two clauses (江津's and 永川's) of the one 泸永江 示范区: one item, two sources.
    expect(of(1).map((it) => [it.label, it.sources.length])).toEqual([
      ['成渝地区产业协同合作区打造工程：泸永江消费品工业合作示范区', 2],
    ]);
    expect(shared).toEqual([]);
    expect([...c.unique.get(id('荣昌'))!].filter((k) => k.startsWith('base:'))).toHaveLength(1);
  });

  it('places named by the same base share it', () => {
    for (const pair of [
      ['江津', '泸州'],
      ['江津', '永川'],
    ])
      expect(bases(pair.map(id)).shared).toEqual([
        '成渝地区产业协同合作区打造工程：泸永江消费品工业合作示范区',
      ]);
    expect(bases([id('荣昌'), id('内江')]).shared).toEqual([
      '成渝地区产业协同合作区打造工程：日用玻陶、食品等优势产业集群',
    ]);
  });

  it('labels a base by its programme and its theme in the reader’s language', () => {
    const { of } = bases([id('江津'), id('泸州')]);
    const c = comparePlaces([id('江津')], data, 'en');
    const labels = c.places[0]!.items.filter((it) => it.kind === 'programme').map((it) => it.label);
    expect(of(0).length).toBe(labels.length);
    expect(labels.every((l) => /^[^：]+: /.test(l))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { search } from '../../src/state/search.ts';
import { TRADE_WORDS } from '../../src/data/industries.ts';
import { createResolver } from '../../src/import/resolve.ts';
import { loadData } from '../helpers.ts';

const data = loadData();

describe('search over the plan’s spatial frame', () => {
  it('finds 渝东北 as its 一区两群 group, to filter by', () => {
    const hit = search('渝东北', data, 'zh')[0];
    expect(hit).toMatchObject({ type: 'group', id: 'northeast' });
  });

  it('finds both 城镇群 groups', () => {
    const ids = search('城镇群', data, 'zh')
      .filter((h) => h.type === 'group')
      .map((h) => h.id)
      .sort();
    expect(ids).toEqual(['northeast', 'southeast']);
  });

  it('finds 一区两群 itself, shown on its layer', () => {
    expect(search('一区两群', data, 'zh')[0]).toMatchObject({
      type: 'outline',
      id: 'groups',
      layer: 'regions',
    });
  });

  it('finds a belt by a place in its name, with the belt’s places to outline', () => {
    const belt = data.belts[0]!;
    const hit = search('鱼复', data, 'zh').find((h) => h.type === 'outline');
    expect(hit).toMatchObject({ id: belt.id, layer: 'regions' });
    expect(hit?.type === 'outline' && hit.members).toEqual(belt.members.map((m) => m.place));
  });

  it('finds a 川渝 framework and a base programme, in English too', () => {
    const f = data.frameworks[0]!;
    expect(search(f.name, data, 'zh')[0]).toMatchObject({
      type: 'outline',
      id: f.id,
      layer: 'coop',
    });
    const p = data.programmes[0]!;
    expect(
      search(p.en.slice(0, 12), data, 'en').some((h) => h.type === 'programme' && h.id === p.id),
    ).toBe(true);
  });
});

describe('the search shares the import’s resolvers', () => {
  const resolver = createResolver(data);
  const liquor = data.layout.find((r) => r.id === '酒的制造')!;
  it.each(['白酒', 'baijiu', 'liquor', 'Liquor'])(
    '%s finds 酒的制造 first, with its places',
    (q) => {
      const hit = search(q, data, 'zh', 12, resolver)[0];
      expect(hit).toMatchObject({ type: 'industry', id: '酒的制造' });
      expect(liquor.places.length).toBeGreaterThanOrEqual(4);
      for (const p of liquor.places) {
        const name = data.places.find((x) => x.id === p)!.name;
        expect(hit!.detail).toContain(name);
      }
    },
  );

  it('every trade word the import knows for a layout row finds that row', () => {
    for (const [word, w] of Object.entries(TRADE_WORDS))
      for (const row of w.rows ?? [])
        expect(
          search(word, data, 'zh', 50, resolver).some((h) => h.type === 'industry' && h.id === row),
          `${word} → ${row}`,
        ).toBe(true);
  });

  it('finds a place from an address, as the import does', () => {
    expect(search('重庆市永川区凤凰湖工业园', data, 'zh', 12, resolver)[0]).toMatchObject({
      type: 'place',
      id: '500118',
    });
  });

  it('without the resolver (still loading), names are matched as written: 白酒 is not a row name', () => {
    expect(search('白酒', data, 'zh').some((h) => h.id === '酒的制造')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { search } from '../../src/state/search.ts';
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

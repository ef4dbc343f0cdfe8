import { describe, expect, it } from 'vitest';
import {
  categoryGroups,
  countsByPlace,
  matchingPlaces,
  placeFacts,
} from '../../src/state/selectors.ts';
import { INITIAL_VIEW } from '../../src/state/store.ts';
import { loadData } from '../helpers.ts';

const data = loadData();
const view = (o: Partial<typeof INITIAL_VIEW>) => ({ ...INITIAL_VIEW, ...o });
const codes = (o: Partial<typeof INITIAL_VIEW>) =>
  matchingPlaces(view(o), data)
    .map((m) => m.place.id)
    .sort();

describe('matchingPlaces', () => {
  it('lights up exactly the districts the table lists for one sub-industry', () => {
    for (const row of data.layout)
      expect(codes({ industries: [row.id] }), row.id).toEqual([...row.places].sort());
  });

  it('takes the union of several sub-industries, counting each place', () => {
    const m = matchingPlaces(view({ industries: ['眼镜制造', '照明器具制造'] }), data);
    expect(m.map((x) => x.place.short).sort()).toEqual(['万州', '奉节', '潼南', '荣昌'].sort());
    expect(m.every((x) => x.count === 1)).toBe(true);
  });

  it('with no filter, shows every place the table names, most-listed first', () => {
    const m = matchingPlaces(view({}), data);
    const all = new Set(data.layout.flatMap((r) => r.places));
    expect(m).toHaveLength(all.size);
    expect(m[0]!.place.short).toBe('涪陵');
    expect(m[0]!.count).toBe(10);
  });

  it('narrows by programme and by group', () => {
    expect(codes({ programmes: ['two-plus-n'] })).toEqual(['500113', '500116']);
    const se = codes({ groups: ['southeast'] });
    expect(se).toEqual(['500114', '500156', '500240', '500241', '500242', '500243']);
    expect(codes({ industries: ['精制茶加工'], groups: ['southeast'] })).toEqual([
      '500114',
      '500156',
    ]);
  });

  it('keeps 万盛 as a zone with its own code', () => {
    expect(codes({ industries: ['精制茶加工'] })).toContain('zone-wansheng');
  });
});

describe('categoryGroups and counts', () => {
  it("groups the rows by the table's 门类 with the number of places each names", () => {
    const g = categoryGroups(data.layout);
    expect(g).toHaveLength(14);
    expect(g.find((x) => x.category === '化学纤维制造业')?.rows.map((r) => r.id)).toEqual([
      '化学纤维制造业',
      '塑料制品业',
    ]);
    expect(g.find((x) => x.category === '电气机械和器材制造业')?.placeCount).toBe(4);
  });

  it('counts rows per place', () => {
    expect(countsByPlace(data.layout).get('500116')).toBe(
      data.layout.filter((r) => r.places.includes('500116')).length,
    );
  });
});

describe('placeFacts', () => {
  it('collects what is planned in 江津 with sources', () => {
    const f = placeFacts('500116', data)!;
    expect(f.rows.map((r) => r.id)).toContain('酒的制造');
    expect(f.bases.map((b) => b.programme)).toEqual(
      expect.arrayContaining(['feature-base', 'chuanyu-coop', 'two-plus-n', 'national-demo']),
    );
    expect(f.group?.name).toBe('主城新区');
    expect(f.belts[0]).toMatchObject({ partial: true, text: '江津' });
  });

  it('finds the Chongqing districts cooperating with 泸州', () => {
    const f = placeFacts('510500', data)!;
    expect(f.cooperation.map((c) => c.record.places)).toEqual([['500116', '500118']]);
  });

  it("finds 内江's role through its county 隆昌 too", () => {
    expect(placeFacts('511083', data)!.cooperation[0]?.side).toBe('partner');
    expect(placeFacts('511000', data)!.cooperation).toHaveLength(1);
  });
});

import area from '@turf/area';
import { describe, expect, it } from 'vitest';
import { buildAtlas, buildingAtlas, extent } from '../../src/geo/atlas.ts';
import { loadData, loadTopology } from '../helpers.ts';

const data = loadData();
const atlas = buildAtlas(loadTopology(), data);

describe('buildAtlas', () => {
  it('joins the 38 units and an anchor for every place', () => {
    expect(atlas.units).toHaveLength(38);
    for (const p of data.places) expect(atlas.anchor(p.id)).not.toEqual([0, 0]);
  });

  it('decodes a unit a step at start-up, its extent with it: the same atlas as in one go', () => {
    const work = buildingAtlas(loadTopology(), data);
    let pauses = 0;
    let step = work.next();
    for (; !step.done; step = work.next()) pauses++;
    expect(pauses).toBe(38);
    const stepped = step.value;
    expect(stepped.bounds).toEqual(extent(stepped.units));
    expect(stepped.bounds).toEqual(atlas.bounds);
    expect(stepped.units.map((u) => u.geometry)).toEqual(atlas.units.map((u) => u.geometry));
  });

  it('outlines each 一区两群 group as one union of its members', () => {
    const total = atlas.groups.reduce((a, g) => a + area(g.geometry), 0) / 1e6;
    expect(total).toBeGreaterThan(80000);
    expect(total).toBeLessThan(85000);
    const central = atlas.groups.find((g) => g.id === 'central')!;
    expect(central.geometry.coordinates).toHaveLength(1); // contiguous: one polygon
  });

  it('keeps partial belt members apart from the whole ones', () => {
    const belt = atlas.belts.find((b) => b.id === 'belt-liangjiang')!;
    expect(belt.partial.map((f) => f.properties.id)).toEqual(['500231']);
    expect(belt.zones).toEqual(['zone-liangjiang']);
    expect(area(belt.whole) / 1e6).toBeGreaterThan(4000); // 长寿 + 涪陵
  });

  it('outlines the 川渝 frameworks across the provincial border', () => {
    expect(atlas.frameworks.map((f) => f.id)).toEqual(['chuanyu-tongchou', 'chuannan-yuxi', 'mingyueshan']);
    for (const f of atlas.frameworks) expect(area(f.geometry)).toBeGreaterThan(0);
  });

  it('has the 长江, 嘉陵江 and 乌江, each named in both languages and with a course to draw', () => {
    expect(atlas.rivers.map((r) => [r.properties.id, r.properties.name, r.properties.en])).toEqual([
      ['chang-jiang', '长江', 'Yangtze'],
      ['jialing-jiang', '嘉陵江', 'Jialing River'],
      ['wu-jiang', '乌江', 'Wu River'],
    ]);
    for (const r of atlas.rivers) expect(r.geometry.coordinates.flat().length).toBeGreaterThan(100);
  });

  it('fails clearly when a place has no geometry', () => {
    const broken = { ...data, places: [...data.places, { ...data.places[0]!, id: '999999', name: '无名' }] };
    expect(() => buildAtlas(loadTopology(), broken)).toThrow('place 999999 无名 has no geometry');
  });
});

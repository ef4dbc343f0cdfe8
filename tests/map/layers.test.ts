import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels } from '../../src/map/label-placement.ts';
import { BASE_DROP, BASE_SPACING, coopArcs, placeBases } from '../../src/map/marks.ts';
import { memoLast } from '../../src/map/layers/memo.ts';
import { industryColour, industryColours, NEUTRAL_FILL } from '../../src/map/style.ts';
import { loadData } from '../helpers.ts';

const data = loadData();

describe('placeLabels', () => {
  it('keeps the higher-priority label where two collide, and both where they do not', () => {
    const kept = placeLabels([
      { id: 'small', x: 100, y: 100, width: 40, height: 14, priority: 1 },
      { id: 'big', x: 110, y: 104, width: 40, height: 14, priority: 9 },
      { id: 'far', x: 400, y: 100, width: 40, height: 14, priority: 0 },
    ]);
    expect([...kept].sort()).toEqual(['big', 'far']);
  });

  it('measures CJK wider than Latin', () => {
    expect(labelWidth('江津', 13)).toBe(26);
    expect(labelWidth('Jiangjin', 10)).toBeCloseTo(48);
  });
});

describe('placeBases', () => {
  it('spreads several bases of one district in a row under its label, none stacked', () => {
    const jiangjin = data.bases.filter((b) => b.place === '500116');
    const placed = placeBases(jiangjin, () => [106, 29]);
    const offsets = placed.map((p) => p.offset[0]);
    expect(new Set(offsets).size).toBe(jiangjin.length);
    expect(Math.max(...offsets) - Math.min(...offsets)).toBe((jiangjin.length - 1) * BASE_SPACING);
    expect(placed.every((p) => p.offset[1] === BASE_DROP)).toBe(true);
  });
});

describe('coopArcs', () => {
  it('links each Chongqing district of an entry to each partner, inferred ones marked', () => {
    const arcs = coopArcs(data.cooperation);
    expect(
      arcs
        .filter((a) => a.to === '510500')
        .map((a) => a.from)
        .sort(),
    ).toEqual(['500116', '500118']);
    expect(arcs.filter((a) => a.inferred)).toHaveLength(8); // 梁平, 垫江 × 4 明月山 counties
  });
});

describe('industry colours', () => {
  it('gives 0 the neutral fill and each count its own class, darker for more', () => {
    expect(industryColour(0, 10)).toEqual(NEUTRAL_FILL);
    expect(industryColours(10)).toHaveLength(9);
    const lum = (c: number[]) => c[0]! + c[1]! + c[2]!;
    expect(lum(industryColour(1, 5))).toBeGreaterThan(lum(industryColour(5, 5)));
  });
});

describe('memoLast', () => {
  it('returns the same object until an input changes', () => {
    let calls = 0;
    const f = memoLast((a: number, b: string) => ({ v: `${a}${b}`, n: ++calls }));
    const x = f(1, 'a');
    expect(f(1, 'a')).toBe(x);
    expect(f(2, 'a')).not.toBe(x);
    expect(calls).toBe(2);
  });
});

describe('the brand layer', () => {
  it('puts one label per place, 荣昌 with both of its brands', async () => {
    const { buildBrandLayer } = await import('../../src/map/layers/brands.ts');
    const { brandLabels, brandText } = await import('../../src/map/marks.ts');
    const { buildAtlas } = await import('../../src/geo/atlas.ts');
    const { layerContext } = await import('../../src/map/layers/context.ts');
    const { INITIAL_VIEW } = await import('../../src/state/store.ts');
    const { loadTopology } = await import('../helpers.ts');
    const labels = brandLabels(data);
    expect(new Set(labels.map((l) => l.place)).size).toBe(labels.length);
    const rc = labels.find((l) => l.place === '500153')!;
    expect(brandText(rc, 'zh').split('\n').sort()).toEqual(['荣昌夏布', '荣昌生猪'].sort());
    const atlas = buildAtlas(loadTopology(), data);
    const on = { ...INITIAL_VIEW, layers: [...INITIAL_VIEW.layers, 'brands' as const] };
    const layer = buildBrandLayer(on, layerContext(on, data, atlas));
    expect(layer.id).toBe('brand-labels');
    expect(layer.props.data).toBe(labels);
  });
});

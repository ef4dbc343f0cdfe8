import { describe, expect, it } from 'vitest';
import { labelWidth, placeLabels } from '../../src/map/label-placement.ts';
import { BASE_DROP, BASE_SPACING, coopArcs, placeBases } from '../../src/map/marks.ts';
import { memoLast } from '../../src/map/layers/memo.ts';
import {
  choroplethClasses,
  GROUP_COLOURS,
  industryColour,
  LINES,
  PROGRAMME_COLOURS,
  MAX_CLASSES,
  NEUTRAL_FILL,
} from '../../src/map/style.ts';
import { deltaE, VISIONS } from './colour-vision.ts';
import { PROGRAMME_SHAPES } from '../../src/map/layers/icons.ts';
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
  it('gives 0 the neutral fill and every count a class, darker for more', () => {
    expect(industryColour(0, 10)).toEqual(NEUTRAL_FILL);
    const lum = (c: number[]) => c[0]! + c[1]! + c[2]!;
    expect(lum(industryColour(1, 5))).toBeGreaterThan(lum(industryColour(5, 5)));
  });

  it('covers 1…max with at most seven classes, each a run of counts, no gaps or overlaps', () => {
    for (let max = 1; max <= 40; max++) {
      const classes = choroplethClasses(max);
      expect(classes.length).toBe(Math.min(max, MAX_CLASSES));
      expect(classes[0]!.from).toBe(1);
      expect(classes.at(-1)!.to).toBe(max);
      classes.forEach((c, i) => {
        expect(c.to).toBeGreaterThanOrEqual(c.from);
        if (i) expect(c.from).toBe(classes[i - 1]!.to + 1);
      });
    }
  });

  it('never gives two classes shown together the same colour (the twin seen at max 10)', () => {
    for (let max = 1; max <= 40; max++) {
      const colours = choroplethClasses(max).map((c) => c.colour);
      expect(new Set(colours).size, `max ${max}`).toBe(colours.length);
    }
  });

  it('keeps neighbouring classes, and class 1 from "not listed", apart for every common vision', () => {
    const neutral = `rgb(${NEUTRAL_FILL.slice(0, 3).join(',')})`;
    const worst: Record<string, number> = {};
    for (let max = 1; max <= 12; max++) {
      const colours = [neutral, ...choroplethClasses(max).map((c) => c.colour)];
      for (const v of VISIONS)
        for (let i = 1; i < colours.length; i++) {
          const d = deltaE(colours[i - 1]!, colours[i]!, v);
          worst[v] = Math.min(worst[v] ?? Infinity, d);
        }
    }
    // ΔE*ab ≈ 2.3 is a just-noticeable difference; 8 reads at a glance on a projector.
    for (const v of VISIONS) expect(worst[v], v).toBeGreaterThan(8);
  });
});

describe('categories shown together', () => {
  it('give the 一区两群 groups and the belts four plus one colours (中心城区 was the belts’ vermillion)', () => {
    const groups = (['central', 'new-area', 'northeast', 'southeast'] as const).map((g) =>
      GROUP_COLOURS(g),
    );
    const all = [...groups, LINES.belt.colour];
    expect(new Set(all.map((c) => c.toLowerCase())).size).toBe(all.length);
    for (const v of VISIONS)
      for (let i = 0; i < all.length; i++)
        for (let j = i + 1; j < all.length; j++)
          expect(deltaE(all[i]!, all[j]!, v), `${all[i]} ${all[j]} ${v}`).toBeGreaterThan(10);
  });

  it('give each base programme its own colour and its own shape, none of them the zones’ diamond', () => {
    const colours = Object.values(PROGRAMME_COLOURS);
    expect(new Set(colours).size).toBe(colours.length);
    const shapes = Object.values(PROGRAMME_SHAPES);
    expect(new Set(shapes).size).toBe(shapes.length);
    expect(shapes).not.toContain('diamond');
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

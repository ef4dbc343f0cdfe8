// @vitest-environment jsdom
/**
 * The layer registry: every layer drawn by both renderers, the legend listing only what is drawn
 * and explaining everything drawn, and one subject at a time.
 */
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/geo/atlas.ts';
import { layerContext } from '../../src/map/layers/context.ts';
import { LAYER_SPECS, legendModel, UNEXPLAINED } from '../../src/map/layers/registry.ts';
import { MAP_LAYERS, type MapLayerId } from '../../src/map/layers/types.ts';
import { LIVE_LAYERS } from '../../src/map/live-layers.ts';
import { SVG_LAYERS } from '../../src/map/svg/layers.ts';
import { INITIAL_VIEW, type ViewState } from '../../src/state/store.ts';
import { loadData, loadTopology } from '../helpers.ts';

const data = loadData();
const atlas = buildAtlas(loadTopology(), data);

const ALL_ON: ViewState = {
  ...INITIAL_VIEW,
  layers: ['industry', 'bases', 'coop', 'regions', 'brands'],
  projects: {
    name: 'sample',
    total: 3,
    byPlace: { '500116': { planned: 2, supported: 0, elsewhere: 1, priority: 0, none: 0 } },
  },
};
const LIQUOR: ViewState = { ...ALL_ON, industries: ['酒的制造'] };
const STATES: [string, ViewState][] = [
  ['first view', INITIAL_VIEW],
  ['every layer on', ALL_ON],
  ['酒的制造', LIQUOR],
  ['two industries', { ...ALL_ON, industries: ['酒的制造', '眼镜制造'] }],
  ['a programme', { ...ALL_ON, programmes: ['eco-fusion'] }],
  ['English', { ...LIQUOR, lang: 'en' }],
];

describe('the registry', () => {
  it('gives every layer a spec, an SVG drawing and a live drawing', () => {
    for (const id of MAP_LAYERS) {
      expect(LAYER_SPECS[id]?.id, id).toBe(id);
      const svg = SVG_LAYERS[id];
      expect(svg, `${id} has no SVG drawing`).toBeDefined();
      expect(svg.space === 'ground' ? typeof svg.mount : typeof svg.draw).toBe('function');
      const live = LIVE_LAYERS[id];
      expect(live, `${id} has no live drawing`).toBeDefined();
      expect(live.engine === 'deck' ? typeof live.build : typeof live.add).toBe('function');
    }
    // Nothing registered that the drawing order does not know.
    const known = new Set<string>(MAP_LAYERS);
    for (const table of [LAYER_SPECS, SVG_LAYERS, LIVE_LAYERS])
      for (const id of Object.keys(table)) expect(known.has(id), id).toBe(true);
  });

  it.each(STATES)('lists in the legend exactly the layers drawn (%s)', (_name, state) => {
    const ctx = layerContext(state, data, atlas);
    const model = legendModel(state, ctx);
    const listed = new Set(model.flatMap((s) => [s.layer, ...mergedLayers(s.heading, state)]));
    for (const section of model) {
      expect(LAYER_SPECS[section.layer].drawn(state, ctx), section.layer).toBe(true);
      expect(section.entries.length + (section.note ? 1 : 0)).toBeGreaterThan(0);
      for (const e of section.entries) expect(e.label.trim(), section.layer).not.toBe('');
    }
    for (const id of MAP_LAYERS) {
      const spec = LAYER_SPECS[id];
      if (!spec.drawn(state, ctx)) continue;
      if (spec.legend === null) expect(UNEXPLAINED[id], `${id} is drawn, unexplained`).toBeTruthy();
      else expect(listed.has(id), `${id} is drawn but not in the legend`).toBe(true);
    }
  });

  it('draws a deck layer for every deck-drawn layer that is on (the live map matches the SVG map)', () => {
    const ctx = layerContext(ALL_ON, data, atlas);
    const names = {
      places: new Map(),
      features: [
        {
          position: [106.5, 29.5] as [number, number],
          text: '长江',
          angle: 10,
          size: 12,
          kind: 'river' as const,
        },
      ],
    };
    for (const id of MAP_LAYERS) {
      const live = LIVE_LAYERS[id];
      if (live.engine !== 'deck' || !LAYER_SPECS[id].drawn(ALL_ON, ctx)) continue;
      const layers = live.build(ALL_ON, ctx, names).filter((l) => l !== null);
      expect(layers.length, `${id} draws nothing on the live map`).toBeGreaterThan(0);
      for (const l of layers) expect(l.props.data, `${id}/${l.id}`).toBeDefined();
    }
  });
});

/** Sections merged under one heading carry their first layer's id; the others by heading. */
function mergedLayers(heading: string, state: ViewState): MapLayerId[] {
  const ctx = layerContext(state, data, atlas);
  return MAP_LAYERS.filter((id) => {
    const spec = LAYER_SPECS[id];
    return spec.legend && spec.drawn(state, ctx) && spec.legend(state, ctx).heading === heading;
  });
}

describe('one subject at a time', () => {
  it('with 酒的制造 chosen, draws only the bases, brands and 川渝 entries about liquor', () => {
    const ctx = layerContext(LIQUOR, data, atlas);
    expect(ctx.bases.map((b) => b.theme)).toEqual(['清香型白酒建设重庆酒城']);
    expect(ctx.brands).toEqual([]);
    expect(ctx.cooperation).toEqual([]);
    expect(ctx.omitted.bases).toBe(data.bases.length - 1);
  });

  it('names the subject in the legend in plain words, and says what it leaves out', () => {
    const model = legendModel(LIQUOR, layerContext(LIQUOR, data, atlas));
    const industry = model.find((s) => s.layer === 'choropleth')!;
    expect(industry.heading).toBe('酒的制造 · 规划布局');
    expect(industry.entries.map((e) => e.label)).toEqual(['规划布局在此', '未列入']);
    expect(industry.note).toMatch(
      /^只显示与酒的制造有关的内容；35 个特色基地、21 个区域品牌和\s?7 项川渝合作与之无关/,
    );
    // No jargon, and nothing about cooperation: no entry about liquor has a partner.
    expect(JSON.stringify(model)).not.toContain('所列小类数');
    expect(model.some((s) => s.layer === 'partners' || s.layer === 'arcs')).toBe(false);
    // The bases section lists only the programme that has a liquor base.
    expect(model.find((s) => s.layer === 'bases')!.entries).toHaveLength(1);
  });

  it('with nothing chosen, draws everything and leaves nothing out', () => {
    const ctx = layerContext(ALL_ON, data, atlas);
    expect(ctx.bases).toHaveLength(data.bases.length);
    expect(ctx.cooperation).toHaveLength(data.cooperation.length);
    expect(legendModel(ALL_ON, ctx).some((s) => s.note)).toBe(false);
  });

  it('explains both partner shades and both kinds of arc', () => {
    const labels = legendModel(ALL_ON, layerContext(ALL_ON, data, atlas)).flatMap((s) =>
      s.entries.map((e) => e.label),
    );
    for (const l of [
      '四川合作方（市）',
      '四川合作方（区县）',
      '合作（规划点名的合作方）',
      '合作（按地理推定的合作方）',
    ])
      expect(labels).toContain(l);
    expect(labels).toContain('圈中数字：该地项目数');
    expect(labels).toEqual(expect.arrayContaining(['长江', '嘉陵江', '乌江']));
  });
});

// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderDistrictPanel } from '../../src/panels/district-panel.ts';
import { renderLegend } from '../../src/panels/legend.ts';
import { renderIndustryDetail } from '../../src/panels/industry-detail.ts';
import { renderTargets } from '../../src/targets/view.ts';
import { renderCatalogueResults } from '../../src/catalogue/view.ts';
import { catalogueEntries, filterCatalogue } from '../../src/catalogue/catalogue.ts';
import { search } from '../../src/state/search.ts';
import { rowAlignment, sectorTargets } from '../../src/state/alignment.ts';
import { createAppStore } from '../../src/state/store.ts';
import { buildAtlas } from '../../src/geo/atlas.ts';
import { loadData, loadTopology } from '../helpers.ts';

HTMLCanvasElement.prototype.getContext = (() => null) as never;

const data = loadData();
const QIANJIANG = '500114';
const texts = (el: ParentNode, sel: string) =>
  [...el.querySelectorAll(sel)].map((e) => e.textContent ?? '');

describe('the district profile', () => {
  const ctx = { data, openSeed: vi.fn(), focusPlace: vi.fn() };
  const panel = (district: string, lang: 'zh' | 'en' = 'zh') =>
    renderDistrictPanel(createAppStore({ district, lang }).getState(), ctx) as HTMLElement;

  it('opens 黔江’s own plan: its 2+3+3 pillars, actions, goals and lead departments', () => {
    const el = panel(QIANJIANG);
    const plan = data.plans[0]!;
    expect(el.querySelector('[data-testid="panel-plan"]')).not.toBeNull();
    expect(texts(el, '[data-testid="pillar-members"]')).toEqual(
      plan.pillars.map((p) => p.members.join('、')),
    );
    expect(el.querySelectorAll('[data-testid="plan-action"]')).toHaveLength(plan.actions.length);
    const tobacco = el.querySelector('[data-action="（二）1"]')!;
    expect(tobacco.closest('[data-pillar]')!.getAttribute('data-pillar')).toBe('3a');
    expect(tobacco.querySelector('[data-testid="plan-lead"]')!.textContent).toBe(
      '区经济信息委、正阳工业园区管委会',
    );
    expect(texts(tobacco, '.goal-items li')).toEqual([
      '卷烟及配套产业产值达到120亿元',
      '电解铝—铝精深加工—铝应用—再生铝全产业链投产项目达到10个',
      '年产值达到60亿元以上',
    ]);
    // Every goal and department clause cites 004.
    for (const c of tobacco.querySelectorAll('[data-testid="citation"]'))
      expect(c.getAttribute('data-doc')).toBe('004');
    // Safeguards serve all three pillars: listed once, on their own.
    expect(
      el.querySelectorAll('[data-testid="plan-general"] [data-testid="plan-action"]'),
    ).toHaveLength(4);
  });

  it('gives 黔江 its brands from 004 and every district what the plans say, without a plan section', () => {
    const el = panel(QIANJIANG);
    expect(texts(el, '[data-testid="panel-brand"] strong')).toEqual(
      expect.arrayContaining(['黔江鸡杂', '武陵黑猪']),
    );
    const fengjie = panel('500236');
    expect(fengjie.querySelector('[data-testid="panel-plan"]')).toBeNull();
    expect(fengjie.querySelector('[data-testid="panel-industries"]')).not.toBeNull();
    expect(texts(fengjie, '[data-testid="panel-brand"] strong')).toContain('奉节眼镜');
  });

  it('lines each sub-industry up with the city target, 专栏11 and the national priorities', () => {
    const el = panel('500153'); // 荣昌
    const eyewear = el.querySelector('[data-testid="alignment"][data-industry="眼镜制造"]')!;
    const summary = eyewear.querySelector('summary')!.textContent!;
    expect(summary).toContain('轻工行业 1590 → 2400 亿元');
    expect(summary).toContain('专栏11 其他新兴消费品');
    const n = data.priorities.filter((p) => p.rows.includes('眼镜制造')).length;
    expect(summary).toContain(`国家重点方向 ${n} 条`);
    expect(eyewear.querySelectorAll('[data-testid="priority"]')).toHaveLength(n);
    const cited = [...eyewear.querySelectorAll('[data-testid="citation"]')].map((c) =>
      c.getAttribute('data-doc'),
    );
    expect(new Set(cited)).toEqual(new Set(['000', '002', '003']));
  });

  it('attaches 专栏17’s direction to a 川渝 cooperation entry', () => {
    const el = panel('500153');
    const dir = el.querySelector('[data-testid="panel-coop"] [data-testid="coop-direction"]')!;
    expect(dir.textContent).toContain('培育特色消费品产业集群');
    expect(dir.querySelector('[data-testid="citation"]')!.getAttribute('data-doc')).toBe('002');
  });

  it('says so when a row has no national sector (纺织业)', () => {
    expect(rowAlignment('纺织业', data).priorities).toEqual([]);
    const el = panel(QIANJIANG); // 黔江 is listed for 纺织业
    const textile = el.querySelector('[data-testid="alignment"][data-industry="纺织业"]')!;
    expect(textile.textContent).toContain('未列出与此小类对应的行业');
    expect(textile.querySelector('summary')!.textContent).toContain('纺织行业 185 → 300');
  });
});

describe('sector targets beside the legend', () => {
  const atlas = buildAtlas(loadTopology(), data);

  it('shows the 000 output target of each sector the selection touches, and only then', () => {
    const state = createAppStore({ industries: ['酒的制造', '纺织业'] }).getState();
    const el = renderLegend(state, data, atlas, vi.fn()) as HTMLElement;
    const items = [...el.querySelectorAll('[data-testid="legend-targets"] li')];
    expect(items.map((i) => i.getAttribute('data-target'))).toEqual(['000-2', '000-3']);
    expect(items[0]!.textContent).toContain('食品行业 1546 → 2300');
    const none = renderLegend(createAppStore({}).getState(), data, atlas) as HTMLElement;
    expect(none.querySelector('[data-testid="legend-targets"]')).toBeNull();
    expect(sectorTargets(['家具制造业'], data).map((x) => x.sector.id)).toEqual(['light']);
  });

  it('lists 专栏17’s directions with the 川渝 layer', () => {
    const el = renderLegend(createAppStore({}).getState(), data, atlas) as HTMLElement;
    const dirs = el.querySelectorAll('[data-testid="legend-directions"] li');
    expect(dirs).toHaveLength(7);
    expect(
      el.querySelectorAll('[data-testid="legend-directions"] li[data-linked="true"]'),
    ).toHaveLength(1);
  });
});

describe('a sub-industry’s detail', () => {
  it('shows the city target and the 专栏11 field with the national priorities', () => {
    const el = renderIndustryDetail(
      { industries: ['家具制造业'], lang: 'zh' },
      data,
      vi.fn(),
    ) as HTMLElement;
    expect(el.querySelector('[data-testid="detail-target"] summary')!.textContent).toContain(
      '轻工行业',
    );
    expect(el.querySelector('[data-testid="detail-field"]')).toBeNull(); // 专栏11 names no furniture
    expect(texts(el, '[data-testid="priority"] strong').every((s) => s.startsWith('家具'))).toBe(
      true,
    );
  });
});

describe('the Targets view', () => {
  it('lists 黔江’s 2025 goals with the figures of its plan', () => {
    const el = renderTargets(data, 'zh', vi.fn()) as HTMLElement;
    const section = el.querySelector('[data-testid="plan-goals"]')!;
    expect(section.querySelector('h3')!.textContent).toBe('黔江区 2025 年目标');
    const figures = texts(section, '[data-testid="goal-figure"]');
    expect(figures).toHaveLength(30);
    expect(figures).toEqual(
      expect.arrayContaining(['6 亿元以上', '120 亿元', '15%以上', '183 亿元']),
    );
    for (const goal of section.querySelectorAll('[data-testid="plan-goal"]'))
      expect(goal.querySelector('blockquote')!.textContent).toContain('2025年');
  });

  it('links each consumer-goods sector target to its sub-industries on the map', () => {
    const show = vi.fn();
    const el = renderTargets(data, 'zh', vi.fn(), show) as HTMLElement;
    (
      el.querySelector('[data-sector="textile"] [data-testid="sector-show"]') as HTMLElement
    ).click();
    expect(show).toHaveBeenCalledWith(['纺织业', '纺织服装、服饰业', '化学纤维制造业']);
  });
});

describe('the catalogue', () => {
  const entries = catalogueEntries(data);

  it('holds every 002 field, 专栏17 direction and 003 priority', () => {
    expect(entries).toHaveLength(
      data.sectors.length + data.directions.length + data.priorities.length,
    );
  });

  it('ranks a title match first and needs every term of the query', () => {
    expect(filterCatalogue(entries, '家具', data)[0]!.title).toBe('家具');
    const both = filterCatalogue(entries, '机器人 服务', data);
    expect(both.length).toBeGreaterThan(0);
    for (const e of both) expect(`${e.title}${e.text}`).toMatch(/机器人/);
    expect(filterCatalogue(entries, '', data)).toHaveLength(entries.length);
    expect(filterCatalogue(entries, 'zzzz', data)).toEqual([]);
  });

  it('finds entries in English through the sub-industries they cover', () => {
    const hits = filterCatalogue(entries, 'furniture', data);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.rows).toContain('家具制造业');
  });

  it('renders the hits with their sources, and says so when nothing matches', () => {
    const store = createAppStore({ mode: 'catalogue' });
    const el = document.createElement('div');
    el.append(renderCatalogueResults({ query: '白酒', lang: 'zh' }, data, store, vi.fn()));
    const first = el.querySelector('[data-testid="catalogue-entry"]')!;
    expect(first.querySelector('blockquote')!.textContent).toContain('白酒');
    (
      el.querySelector('[data-testid="entry-row"][data-industry="酒的制造"]') as HTMLElement
    ).click();
    expect(store.getState()).toMatchObject({ industries: ['酒的制造'], mode: 'map' });
    const empty = document.createElement('div');
    empty.append(renderCatalogueResults({ query: 'zzzz', lang: 'zh' }, data, store, vi.fn()));
    expect(empty.querySelector('[data-testid="catalogue-empty"]')).not.toBeNull();
  });
});

describe('search over brands and the catalogue', () => {
  it('finds a brand and takes you to its place', () => {
    const hit = search('夏布', data, 'zh').find((h) => h.type === 'brand');
    expect(hit).toMatchObject({ label: '荣昌夏布', place: '500153' });
  });

  it('finds a catalogue field, and a sub-industry still comes before a brand of the same name', () => {
    expect(search('机器人', data, 'zh').some((h) => h.type === 'catalogue')).toBe(true);
    expect(search('眼镜', data, 'zh')[0]).toMatchObject({ type: 'industry', id: '眼镜制造' });
  });
});

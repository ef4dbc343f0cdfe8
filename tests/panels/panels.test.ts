// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderDistrictPanel } from '../../src/panels/district-panel.ts';
import { renderMatchingList } from '../../src/panels/matching-list.ts';
import { renderFilters } from '../../src/panels/filters.ts';
import { tooltipFor } from '../../src/panels/tooltip.ts';
import { createAppStore, INITIAL_VIEW } from '../../src/state/store.ts';
import { buildAtlas } from '../../src/geo/atlas.ts';
import { layerContext } from '../../src/map/layers/context.ts';
import { loadData, loadTopology } from '../helpers.ts';

// jsdom has no canvas: the symbol drawers get a null context and draw nothing.
HTMLCanvasElement.prototype.getContext = (() => null) as never;

const data = loadData();

describe('district panel', () => {
  const ctx = { data, openSeed: vi.fn(), focusPlace: vi.fn() };

  it('lists every sub-industry the table gives 荣昌, each with its verbatim source', () => {
    const el = renderDistrictPanel({ district: '500153', lang: 'zh' }, ctx) as HTMLElement;
    const rows = [...el.querySelectorAll('[data-testid="panel-industry"]')].map((e) =>
      e.getAttribute('data-industry'),
    );
    expect(rows.sort()).toEqual(
      data.layout
        .filter((r) => r.places.includes('500153'))
        .map((r) => r.id)
        .sort(),
    );
    const eyewear = el.querySelector('[data-industry="眼镜制造"] [data-testid="citation"]')!;
    expect(eyewear.querySelector('blockquote')!.textContent).toBe('眼镜制造 | 荣昌、奉节');
    expect(eyewear.textContent).toContain('第 254 行');
  });

  it('opens the cited sentence in the full seed', () => {
    const el = renderDistrictPanel({ district: '500153', lang: 'zh' }, ctx) as HTMLElement;
    (el.querySelector('[data-testid="read-in-seed"]') as HTMLButtonElement).click();
    expect(ctx.openSeed).toHaveBeenCalledWith(
      expect.objectContaining({ doc: expect.any(String), quote: expect.any(String) }),
    );
  });

  it('says a functional zone is not a county, and where it lies', () => {
    const el = renderDistrictPanel({ district: 'zone-wansheng', lang: 'zh' }, ctx) as HTMLElement;
    expect(el.querySelector('[data-testid="zone-note"]')!.textContent).toBe(
      '功能区，不是区县，位于綦江区',
    );
  });

  it('marks partial belt membership (垫江西南部)', () => {
    const el = renderDistrictPanel({ district: '500231', lang: 'en' }, ctx) as HTMLElement;
    expect(el.querySelector('[data-testid="panel-belts"] [data-partial="true"]')).not.toBeNull();
  });

  it('renders nothing with no selection', () => {
    expect(renderDistrictPanel({ district: null, lang: 'zh' }, ctx).childNodes).toHaveLength(0);
  });
});

describe('matching list and filters', () => {
  it('has one item per place with its code, and says 万盛 is a zone in 綦江区', () => {
    const store = createAppStore({ industries: ['精制茶加工'] });
    const el = renderMatchingList(store.getState(), data, () => undefined) as HTMLElement;
    const items = [...el.querySelectorAll('[data-testid="matching-districts"] > li')];
    expect(items.map((i) => i.getAttribute('data-code')).sort()).toEqual(
      [...data.layout.find((r) => r.id === '精制茶加工')!.places].sort(),
    );
    expect(el.querySelector('li[data-code="zone-wansheng"]')!.textContent).toContain('位于綦江区');
  });

  it('shows each 小类 with the number of districts it names, and toggles the store', () => {
    const store = createAppStore();
    const el = renderFilters(store.getState(), data) as HTMLElement;
    const glasses = el.querySelector('[data-industry="眼镜制造"]') as HTMLInputElement;
    expect(glasses.closest('label')!.textContent).toContain('2 个区县');
    glasses.checked = true;
    glasses.dispatchEvent(new Event('change'));
    expect(store.getState().industries).toEqual(['眼镜制造']);
  });

  it('sets a category checkbox half-checked when only some of its rows are picked', () => {
    const store = createAppStore({ industries: ['谷物磨制'] });
    const el = renderFilters(store.getState(), data) as HTMLElement;
    const cat = el.querySelector('[data-category="农副食品加工业"]') as HTMLInputElement;
    expect(cat.indeterminate).toBe(true);
  });
});

describe('tooltip', () => {
  it('names the district and how many selected sub-industries list it', () => {
    const atlas = buildAtlas(loadTopology(), data);
    const state = { ...INITIAL_VIEW, industries: ['眼镜制造'] };
    const ctx = layerContext(state, data, atlas);
    const fengjie = atlas.units.find((u) => u.properties.id === '500236');
    const tip = tooltipFor(
      { layer: { id: 'district-fill' } as never, object: fengjie },
      state,
      ctx,
    );
    expect(tip).toEqual({ title: '奉节县', lines: ['1 个所选小类', '渝东北三峡库区城镇群'] });
  });
});

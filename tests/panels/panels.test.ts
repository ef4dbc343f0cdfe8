// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderDistrictPanel } from '../../src/panels/district-panel.ts';
import {
  LIST_PAGE,
  mountMatchingList,
  renderMatchingList,
} from '../../src/panels/matching-list.ts';
import { mountFilters, renderFilters } from '../../src/panels/filters.ts';
import { tooltipFor } from '../../src/map/tooltip.ts';
import { renderIndustryDetail } from '../../src/panels/industry-detail.ts';
import { createAppStore, INITIAL_VIEW } from '../../src/state/store.ts';
import { buildAtlas } from '../../src/geo/atlas.ts';
import { categoryGroups } from '../../src/state/selectors.ts';
import { layerContext } from '../../src/map/layers/context.ts';
import { loadData, loadTopology } from '../helpers.ts';
import { decodeView } from '../../src/state/url.ts';
import { LIST_PARAMS, listChangedBy } from '../../src/lib/list-params.ts';

// jsdom has no canvas: the symbol drawers get a null context and draw nothing.
HTMLCanvasElement.prototype.getContext = (() => null) as never;

const data = loadData();

describe('district panel', () => {
  const ctx = { data, openSeed: vi.fn(), focusPlace: vi.fn() };

  it('lists every sub-industry the table gives 荣昌, each with its verbatim source', () => {
    const el = renderDistrictPanel(
      createAppStore({ district: '500153' }).getState(),
      ctx,
    ) as HTMLElement;
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
    const el = renderDistrictPanel(
      createAppStore({ district: '500153' }).getState(),
      ctx,
    ) as HTMLElement;
    (el.querySelector('[data-testid="read-in-seed"]') as HTMLButtonElement).click();
    expect(ctx.openSeed).toHaveBeenCalledWith(
      expect.objectContaining({ doc: expect.any(String), quote: expect.any(String) }),
    );
  });

  it('says a functional zone is not a county, and where it lies', () => {
    const el = renderDistrictPanel(
      createAppStore({ district: 'zone-wansheng' }).getState(),
      ctx,
    ) as HTMLElement;
    expect(el.querySelector('[data-testid="zone-note"]')!.textContent).toBe(
      '功能区，不是区县，位于綦江区',
    );
  });

  it('marks partial belt membership (垫江西南部)', () => {
    const el = renderDistrictPanel(
      createAppStore({ district: '500231', lang: 'en' }).getState(),
      ctx,
    ) as HTMLElement;
    expect(el.querySelector('[data-testid="panel-belts"] [data-partial="true"]')).not.toBeNull();
  });

  it('renders nothing with no selection', () => {
    expect(renderDistrictPanel(createAppStore().getState(), ctx).childNodes).toHaveLength(0);
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

describe('brands in the district panel', () => {
  it('lists the regional brands of 荣昌, each with the sentence that names it', () => {
    const ctx = { data, openSeed: vi.fn(), focusPlace: vi.fn() };
    const el = renderDistrictPanel(createAppStore({ district: '500153' }).getState(), ctx as never);
    const items = [...(el as HTMLElement).querySelectorAll('[data-testid="panel-brand"]')];
    expect(items.map((i) => i.querySelector('strong')!.textContent).sort()).toEqual(
      ['荣昌夏布', '荣昌生猪'].sort(),
    );
    for (const i of items) expect(i.querySelector('[data-testid="citation"]')).not.toBeNull();
  });
});

describe('industry detail', () => {
  it('shows the national priorities for 眼镜制造, and says when none match (纺织业)', () => {
    const el = renderIndustryDetail(
      { industries: ['眼镜制造', '纺织业'], lang: 'zh' },
      data,
      vi.fn(),
    ) as HTMLElement;
    const eyewear = el.querySelector('[data-industry="眼镜制造"]')!;
    expect(eyewear.querySelectorAll('[data-testid="priority"]').length).toBeGreaterThan(0);
    expect(eyewear.textContent).toContain('眼镜钟表');
    const textiles = el.querySelector('[data-industry="纺织业"]')!;
    expect(textiles.querySelector('[data-testid="no-priorities"]')).not.toBeNull();
  });
});

describe('panels on a store change', () => {
  it('builds the industry tree a few 门类 a task, each for the state of its moment', async () => {
    const store = createAppStore();
    const el = document.createElement('div');
    document.body.append(el);
    const stop = mountFilters(el, store, data);
    const shown = () =>
      [
        ...el.querySelectorAll(
          '[data-testid="industry-filter"] ul.tree > li.category > label input',
        ),
      ].map((i) => i.getAttribute('data-category') ?? i.getAttribute('data-industry'));
    const all = categoryGroups(data.layout).map((g) =>
      g.rows.length === 1 && g.rows[0]?.subcategory === null ? g.rows[0].id : g.category,
    );
    // At first a few, and the rest of the panel whole (its other fieldsets, the clear button).
    expect(shown().length).toBeGreaterThan(0);
    expect(shown().length).toBeLessThan(all.length);
    expect(el.querySelector('[data-testid="clear-filters"]')).not.toBeNull();
    expect(el.querySelector('[data-industry="眼镜制造"]')).toBeNull();
    // A filter chosen meanwhile (a link, a search) shows on the 门类 that come after.
    store.getState().setIndustries(['眼镜制造']);
    await new Promise((r) => setTimeout(r, 50));
    expect(shown()).toEqual(all);
    expect(el.querySelector<HTMLInputElement>('[data-industry="眼镜制造"]')!.checked).toBe(true);
    expect(
      el.querySelector<HTMLInputElement>('[data-category="电气机械和器材制造业"]')!.indeterminate,
    ).toBe(true);
    stop();
    el.remove();
  });

  it('puts the later 门类 in together, checked as the state is when they go in', async () => {
    const store = createAppStore();
    const el = document.createElement('div');
    document.body.append(el);
    const stop = mountFilters(el, store, data);
    const tree = () =>
      el.querySelectorAll('[data-testid="industry-filter"] ul.tree > li.category').length;
    const first = tree();
    // A task later the next 门类 is built, off the page: the tree (and the page) as it was.
    await new Promise((r) => setTimeout(r, 0));
    expect(tree()).toBe(first);
    // A row of that 门类, chosen after it was built and before it went in, is ticked in it.
    const row = categoryGroups(data.layout)[first]!.rows[0]!.id;
    store.getState().setIndustries([row]);
    await vi.waitFor(() => expect(tree()).toBe(categoryGroups(data.layout).length));
    expect(el.querySelector<HTMLInputElement>(`[data-industry="${row}"]`)!.checked).toBe(true);
    stop();
    el.remove();
  });

  it('updates the filter checkboxes in place, keeping the focused one', async () => {
    const store = createAppStore();
    const el = document.createElement('div');
    document.body.append(el);
    mountFilters(el, store, data);
    // The whole tree (a few 门类 a task, above).
    await new Promise((r) => setTimeout(r, 50));
    const glasses = el.querySelector<HTMLInputElement>('[data-industry="眼镜制造"]')!;
    glasses.focus();
    store.getState().setIndustries(['眼镜制造', '谷物磨制']);
    // The same element, now checked, still focused; the category of 谷物磨制 is half-checked.
    expect(el.querySelector('[data-industry="眼镜制造"]')).toBe(glasses);
    expect(glasses.checked).toBe(true);
    expect(document.activeElement).toBe(glasses);
    const cat = el.querySelector<HTMLInputElement>('[data-category="农副食品加工业"]')!;
    expect(cat.indeterminate).toBe(true);
    expect(el.querySelector<HTMLButtonElement>('[data-testid="clear-filters"]')!.disabled).toBe(
      false,
    );
    store.getState().clearFilters();
    expect(glasses.checked).toBe(false);
    expect(cat.indeterminate).toBe(false);
    // A new language rebuilds the labels, a frame after the map's.
    store.getState().setLang('en');
    expect(el.querySelector('[data-industry="眼镜制造"]')!.closest('label')!.textContent).toMatch(
      /眼镜/,
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(el.querySelector('[data-industry="眼镜制造"]')!.closest('label')!.textContent).toMatch(
      /[A-Za-z]/,
    );
    el.remove();
  });

  it('draws a long list a page at a time, and "show more" adds the next page', async () => {
    // A synthetic table naming 300 places, as at provincial or national scale.
    const places = Array.from({ length: 300 }, (_, i) => ({
      ...data.places[0]!,
      id: `p${i}`,
      name: `地方${i}`,
      parent: undefined,
      kind: 'district' as const,
    }));
    const big = {
      ...data,
      places,
      layout: [{ ...data.layout[0]!, id: 'x', places: places.map((p) => p.id) }],
    };
    const store = createAppStore({ industries: ['x'] });
    const el = document.createElement('div');
    mountMatchingList(el, store, big, () => undefined);
    const count = () => el.querySelectorAll('[data-testid="matching-districts"] > li').length;
    expect(count()).toBe(LIST_PAGE);
    expect(el.querySelector('[data-testid="matching-count"]')!.textContent).toContain('300');
    el.querySelector<HTMLButtonElement>('[data-testid="matching-more"]')!.click();
    expect(count()).toBe(Math.min(300, 2 * LIST_PAGE));
    el.querySelector<HTMLButtonElement>('[data-testid="matching-more"]')!.click();
    expect(count()).toBe(300);
    expect(el.querySelector('[data-testid="matching-more"]')).toBeNull();
    // A new filter starts from the first page again.
    store.getState().setIndustries([]);
    store.getState().setIndustries(['x']);
    // The list follows the map a frame later.
    await new Promise((r) => setTimeout(r, 100));
    expect(count()).toBe(LIST_PAGE);
  });
});

describe('tooltip', () => {
  it('names the district and how many selected sub-industries list it', () => {
    const atlas = buildAtlas(loadTopology(), data);
    const state = { ...INITIAL_VIEW, industries: ['眼镜制造'] };
    const ctx = layerContext(state, data, atlas);
    const tip = tooltipFor({ kind: 'place', id: '500236' }, state, ctx);
    expect(tip).toEqual({ title: '奉节县', lines: ['1 个所选小类', '渝东北三峡库区城镇群'] });
    // A Sichuan partner says which kind of place it is.
    expect(tooltipFor({ kind: 'place', id: '510500' }, state, ctx)?.lines).toEqual([
      '四川省地级市',
    ]);
  });
});

describe('the build-time list and a link (listChangedBy)', () => {
  // One link per parameter the app reads, each with a value it takes (decodeView reports none wrong).
  const links: Record<string, string> = {
    industry: '眼镜制造',
    programme: 'chuanyu-coop',
    group: 'northeast',
    district: '500102',
    lang: 'en',
    layers: 'industry,bases',
    view: '106.55,29.56,9',
    mode: 'table',
    renderer: 'svg',
    q: '白酒',
  };
  const listFor = (search: string) =>
    (
      renderMatchingList(
        { ...INITIAL_VIEW, ...decodeView(search, data).view },
        data,
        () => undefined,
      ) as HTMLElement
    ).outerHTML;
  const plain = listFor('');

  it.each(Object.entries(links))(
    '?%s= changes the list exactly when it is a list parameter',
    (k, v) => {
      const search = `?${k}=${encodeURIComponent(v)}`;
      expect(decodeView(search, data).problems).toEqual([]);
      const changed = listFor(search) !== plain;
      expect(changed).toBe((LIST_PARAMS as readonly string[]).includes(k));
      expect(listChangedBy(search)).toBe(changed);
    },
  );

  it('covers every list parameter', () => {
    for (const p of LIST_PARAMS) expect(Object.keys(links)).toContain(p);
  });
});

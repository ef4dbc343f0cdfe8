// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { mountLiteMap } from '../../src/map/lite-map.ts';
import { buildAtlas } from '../../src/geo/atlas.ts';
import { createAppStore } from '../../src/state/store.ts';
import { loadData, loadTopology } from '../helpers.ts';

const data = loadData();
const topo = loadTopology();
const atlas = buildAtlas(topo, data);
const NONE = 'rgb(233,236,239)';

describe('the light map (phones)', () => {
  it('colours exactly the districts the selected sub-industry lists, and follows the filter', () => {
    const store = createAppStore({ industries: ['眼镜制造'] });
    const host = document.createElement('div');
    mountLiteMap(host, store, data, atlas, vi.fn());
    const fill = (code: string) =>
      host.querySelector(`path[data-code="${code}"]`)!.getAttribute('fill');
    const units = data.places.filter(
      (p) => p.province === 'chongqing' && p.kind !== 'functional-zone',
    );
    expect(host.querySelectorAll('path[data-code]')).toHaveLength(units.length);
    const lit = units.filter((p) => fill(p.id) !== NONE).map((p) => p.id);
    expect(lit.sort()).toEqual(['500153', '500236']);
    store.getState().setIndustries(['纺织业']);
    const textile = data.layout.find((r) => r.id === '纺织业')!.places;
    expect(
      units
        .filter((p) => fill(p.id) !== NONE)
        .map((p) => p.id)
        .sort(),
    ).toEqual([...textile].sort());
  });

  it('opens a district on a tap, and hands over to the live map when asked', () => {
    const store = createAppStore({});
    const host = document.createElement('div');
    const start = vi.fn();
    const unmount = mountLiteMap(host, store, data, atlas, start);
    host
      .querySelector<SVGPathElement>('path[data-code="500114"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(store.getState().district).toBe('500114');
    const button = host.querySelector<HTMLButtonElement>('[data-testid="lite-start"]')!;
    expect(button.textContent).toContain('可缩放地图');
    button.click();
    expect(start).toHaveBeenCalledTimes(1);
    unmount();
    expect(host.querySelector('svg')).toBeNull();
  });
});

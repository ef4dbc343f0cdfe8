import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, type LinkView } from '../../src/state/url.ts';
import { DEFAULT_LAYERS, INITIAL_VIEW, LAYER_IDS, VIEW_MODES } from '../../src/state/store.ts';
import { loadData, rng } from '../helpers.ts';

const data = loadData();
const base: LinkView = { ...INITIAL_VIEW };

function pick<T>(r: () => number, list: readonly T[]): T[] {
  return list.filter(() => r() < 0.3);
}

describe('URL codec', () => {
  it('links a briefing chapter by tour and step (from 1), and nothing else', () => {
    const v: LinkView = { ...base, industries: ['眼镜制造'], tour: { id: 'briefing', step: 2 } };
    expect(encodeView(v, data)).toBe('tour=briefing&step=3');
    expect(decodeView('?tour=briefing&step=3', data)).toEqual({
      view: { tour: { id: 'briefing', step: 2 } },
      problems: [],
    });
    expect(decodeView('?tour=briefing', data).view.tour).toEqual({ id: 'briefing', step: 0 });
  });

  it('reports a malformed tour or step by name', () => {
    expect(decodeView('?tour=briefing&step=0', data).problems).toEqual([
      { param: 'step', value: '0', reason: 'malformed' },
    ]);
    expect(decodeView('?tour=<script>', data).problems[0]).toMatchObject({ param: 'tour' });
    expect(decodeView('?step=2', data).problems[0]).toMatchObject({ param: 'step' });
  });

  it('leaves the default view out of the link', () => {
    expect(encodeView(base, data)).toBe('');
  });

  it('round-trips random views exactly', () => {
    const r = rng(7);
    for (let i = 0; i < 300; i++) {
      const v: LinkView = {
        industries: pick(
          r,
          data.layout.map((x) => x.id),
        ),
        programmes: pick(
          r,
          data.programmes.map((p) => p.id),
        ),
        groups: pick(r, ['central', 'new-area', 'northeast', 'southeast'] as const),
        district: r() < 0.5 ? data.places[Math.floor(r() * data.places.length)]!.id : null,
        layers: pick(r, LAYER_IDS),
        lang: r() < 0.5 ? 'zh' : 'en',
        camera: r() < 0.5 ? { lng: 106.5123, lat: 29.5321, zoom: 7.25 } : null,
        tour: null,
        mode: VIEW_MODES[Math.floor(r() * VIEW_MODES.length)]!,
        compare: pick(r, ['500153', '500236', '511000', '500114', '500101']).slice(0, 4),
        embed: r() < 0.2,
        query:
          r() < 0.3 ? (['白酒', 'robot 机器人', '50% & a=b'] as const)[Math.floor(r() * 3)]! : '',
        renderer: (['svg', 'webgl', null] as const)[Math.floor(r() * 3)]!,
      };
      const { view, problems } = decodeView(encodeView(v, data), data);
      expect(problems).toEqual([]);
      const back = { ...base, ...view };
      expect(new Set(back.industries)).toEqual(new Set(v.industries));
      expect(back.programmes).toEqual(v.programmes);
      expect(back.groups).toEqual(v.groups);
      expect(back.district).toBe(v.district);
      expect(new Set(back.layers)).toEqual(new Set(v.layers));
      expect(back.lang).toBe(v.lang);
      expect(back.camera).toEqual(v.camera);
      expect(back.mode).toBe(v.mode);
      expect(back.compare).toEqual(v.compare);
      expect(back.embed).toBe(v.embed);
      expect(back.query).toBe(v.query);
      expect(back.renderer ?? null).toBe(v.renderer);
    }
  });

  it('reads a forced renderer and names a bad one', () => {
    expect(decodeView('?renderer=svg', data).view.renderer).toBe('svg');
    expect(decodeView('?renderer=webgl', data).view.renderer).toBe('webgl');
    expect(decodeView('?renderer=canvas', data).problems).toEqual([
      { param: 'renderer', value: 'canvas', reason: 'unknown-value' },
    ]);
  });

  it('carries the catalogue query, and reports one too long to be a search', () => {
    expect(decodeView('?mode=catalogue&q=%E7%99%BD%E9%85%92', data).view).toMatchObject({
      mode: 'catalogue',
      query: '白酒',
    });
    const { view, problems } = decodeView(`?q=${'x'.repeat(101)}`, data);
    expect(view.query).toBeUndefined();
    expect(problems).toEqual([{ param: 'q', value: `${'x'.repeat(20)}…`, reason: 'malformed' }]);
  });

  it('reports an unknown compare place or more than four, keeping the first four', () => {
    const { view, problems } = decodeView(
      '?compare=500153,999999,500236,500114,500101,500102',
      data,
    );
    expect(view.compare).toEqual(['500153', '500236', '500114', '500101']);
    expect(problems).toEqual([
      { param: 'compare', value: '999999', reason: 'unknown-value' },
      { param: 'compare', value: '500102', reason: 'malformed' },
    ]);
  });

  it('writes a whole 门类 by its name and reads it back as all its rows', () => {
    const rows = data.layout.filter((r) => r.category === '农副食品加工业').map((r) => r.id);
    expect(encodeView({ ...base, industries: rows }, data)).toBe(
      'industry=' + encodeURIComponent('农副食品加工业'),
    );
    expect(decodeView('industry=农副食品加工业', data).view.industries).toEqual(rows);
  });

  it('reads 化学纤维制造业 as its own row, not the 门类 with 塑料制品业', () => {
    expect(decodeView('industry=化学纤维制造业', data).view.industries).toEqual(['化学纤维制造业']);
  });

  it('names each bad parameter and keeps the rest of the view', () => {
    const { view, problems } = decodeView(
      'industry=眼镜制造,火箭&district=123&foo=1&view=abc&lang=fr&layers=bases,x',
      data,
    );
    expect(view.industries).toEqual(['眼镜制造']);
    expect(view.layers).toEqual(['bases']);
    expect(problems).toEqual([
      { param: 'foo', value: '1', reason: 'unknown-parameter' },
      { param: 'industry', value: '火箭', reason: 'unknown-value' },
      { param: 'district', value: '123', reason: 'unknown-value' },
      { param: 'layers', value: 'x', reason: 'unknown-value' },
      { param: 'lang', value: 'fr', reason: 'unknown-value' },
      { param: 'view', value: 'abc', reason: 'malformed' },
    ]);
  });

  it('keeps "no layers" distinct from the default', () => {
    expect(encodeView({ ...base, layers: [] }, data)).toBe('layers=none');
    expect(decodeView('layers=none', data).view.layers).toEqual([]);
    expect(DEFAULT_LAYERS).toContain('industry');
  });
});

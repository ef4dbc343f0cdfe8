/**
 * Property-based tests (fast-check) of the link codec: decode ∘ encode is the identity on every
 * view the app can make, and hostile input never throws, never floods the page with notices and
 * never lets a value escape its isolation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, type LinkView } from '../../src/state/url.ts';
import { linkNotices, MAX_NOTICES, VALUE_CHARS } from '../../src/state/link-notices.ts';
import { INITIAL_VIEW, LAYER_IDS, VIEW_MODES } from '../../src/state/store.ts';
import { loadData } from '../helpers.ts';

const data = loadData();

const view: fc.Arbitrary<LinkView> = fc.record({
  industries: fc.subarray(data.layout.map((r) => r.id)),
  programmes: fc.subarray(data.programmes.map((p) => p.id)),
  groups: fc.subarray(['central', 'new-area', 'northeast', 'southeast'] as const),
  district: fc.option(fc.constantFrom(...data.places.map((p) => p.id)), { nil: null }),
  layers: fc.subarray([...LAYER_IDS]),
  lang: fc.constantFrom('zh', 'en'),
  camera: fc.option(
    fc.record({
      lng: fc.integer({ min: -1_800_000, max: 1_800_000 }).map((v) => v / 10_000),
      lat: fc.integer({ min: -850_000, max: 850_000 }).map((v) => v / 10_000),
      zoom: fc.integer({ min: 0, max: 2200 }).map((v) => v / 100),
    }),
    { nil: null },
  ),
  tour: fc.constant(null),
  mode: fc.constantFrom(...VIEW_MODES),
  compare: fc.uniqueArray(fc.constantFrom(...data.places.map((p) => p.id)), { maxLength: 4 }),
  embed: fc.boolean(),
  query: fc.constantFrom('', '眼镜', 'eyewear'),
  renderer: fc.constantFrom(null, 'svg', 'webgl'),
}) as fc.Arbitrary<LinkView>;

describe('link codec, by property', () => {
  it('decodes what it encodes, with no problems', () => {
    fc.assert(
      fc.property(view, (v) => {
        const { view: back, problems } = decodeView(`?${encodeView(v, data)}`, data);
        expect(problems).toEqual([]);
        const full = { ...INITIAL_VIEW, ...back };
        for (const k of ['programmes', 'groups', 'layers', 'compare'] as const)
          expect([...full[k]].sort()).toEqual([...v[k]].sort());
        expect([...full.industries].sort()).toEqual([...v.industries].sort());
        expect([
          full.district,
          full.lang,
          full.mode,
          full.embed,
          full.query,
          full.renderer,
        ]).toEqual([v.district, v.lang, v.mode, v.embed, v.query, v.renderer]);
        if (v.camera) {
          expect(full.camera!.lng).toBeCloseTo(v.camera.lng, 3);
          expect(full.camera!.lat).toBeCloseTo(v.camera.lat, 3);
          expect(full.camera!.zoom).toBeCloseTo(v.camera.zoom, 1);
        } else expect(full.camera).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  const hostile = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc
      .array(
        fc.tuple(
          fc.constantFrom('industry', 'view', 'district', 'lang', 'mode', 'x', 'compare', 'layers'),
          fc.oneof(
            fc.string({ unit: 'binary' }),
            fc.constant('\u202e<b>evil</b>'),
            fc.constant(',,'),
          ),
        ),
        { maxLength: 60 },
      )
      .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
  );

  it('never throws on hostile input; notices are capped, short and bidi-isolated', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('zh', 'en'), (search, lang) => {
        const { problems } = decodeView(`?${search}`, data);
        const notices = linkNotices(problems, lang);
        expect(notices.length).toBeLessThanOrEqual(MAX_NOTICES);
        for (const n of notices) {
          expect(n.text.length).toBeLessThan(400);
          // Each isolate opened is closed, and nothing inside overrides direction.
          expect((n.text.match(/\u2068/g) ?? []).length).toBe(
            (n.text.match(/\u2069/g) ?? []).length,
          );
          expect(n.text).not.toMatch(/[\u202a-\u202e]/);
          for (const m of n.text.matchAll(/\u2068([^\u2069]*)\u2069/g))
            expect([...m[1]!].length).toBeLessThanOrEqual(VALUE_CHARS + 1);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('strict numbers and repeated parameters', () => {
  it.each(['view=,,', 'view=106.5,29.5,', 'view=0x10,29,7', 'view=1e2,29,7', 'view=106,29,7,1'])(
    '%s is malformed, not a camera at 0°, 0°',
    (q) => {
      const { view: v, problems } = decodeView(`?${q}`, data);
      expect(v.camera).toBeUndefined();
      expect(problems.map((p) => p.reason)).toEqual(['malformed']);
    },
  );

  it('says a parameter came twice, and uses the first value', () => {
    const { view: v, problems } = decodeView('?lang=en&lang=zh', data);
    expect(v.lang).toBe('en');
    expect(problems).toEqual([{ param: 'lang', value: 'zh', reason: 'repeated' }]);
  });

  it('groups a thousand unknown values into one notice naming three of them', () => {
    const q = `?industry=${Array.from({ length: 1000 }, (_, i) => `a${i}`).join(',')}`;
    const notices = linkNotices(decodeView(q, data).problems, 'en');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toBe(
      'The link parameter "\u2068industry\u2069" has 1,000 values that are not recognised, ignored: \u2068a0\u2069, \u2068a1\u2069, \u2068a2\u2069 …',
    );
  });
});

import { readFileSync } from 'node:fs';
import { css, LINES, NEUTRAL_FILL, PARTNER_CSS, PROVINCE_FILL } from '../../src/map/style.ts';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../src/geo/atlas.ts';
import { unitFills } from '../../src/map/base-layers.ts';
import { layerContext } from '../../src/map/layers/context.ts';
import { INITIAL_VIEW } from '../../src/state/store.ts';
import {
  firstPaintMatchingList,
  firstPaintSvg,
  linePath,
} from '../../src/pipeline/first-paint-svg.ts';
import { matchingPlaces } from '../../src/state/selectors.ts';
import { loadData, loadTopology } from '../helpers.ts';

const data = loadData();
const atlas = buildAtlas(loadTopology(), data);
const neutral = css(NEUTRAL_FILL);

describe('unitFills', () => {
  it('colours exactly the districts a sub-industry names and leaves the rest neutral', () => {
    const state = { ...INITIAL_VIEW, industries: ['眼镜制造'] };
    const fills = unitFills(state, layerContext(state, data, atlas));
    expect(fills.size).toBe(38);
    const coloured = [...fills]
      .filter(([, c]) => c !== neutral)
      .map(([id]) => id)
      .sort();
    expect(coloured).toEqual(['500153', '500236']);
  });

  it('leaves every district neutral when the industry layer is off', () => {
    const state = { ...INITIAL_VIEW, layers: ['bases' as const] };
    const fills = unitFills(state, layerContext(state, data, atlas));
    expect(new Set(fills.values())).toEqual(new Set([neutral]));
  });
});

describe('firstPaintSvg', () => {
  it('draws the 38 districts, the most-listed darkest, the unlisted neutral', () => {
    const svg = firstPaintSvg(loadTopology(), data);
    expect(svg.match(/<path [^>]*data-code=/g)).toHaveLength(38);
    // The partners its arcs reach and the river, as the map draws them (drawn first after the
    // districts when the map takes over: FIRST_PAINT_LAYERS).
    expect(svg).toContain(`fill="${PARTNER_CSS}"`);
    expect(svg).toContain(`stroke="${LINES.river.colour}"`);
    expect(svg).toContain(`fill="${neutral}"`); // 渝中区 and others the table does not name
    expect(svg.length).toBeLessThan(60_000);
  });

  it('lies on the neighbouring provinces’ fill, as the map round Chongqing does (no colour flips when the map takes over)', () => {
    const css = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8');
    const rule = /\n\.first-paint \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(/\bbackground:\s*([^;]+);/.exec(rule)?.[1]?.trim()).toBe(PROVINCE_FILL);
  });
});

describe('firstPaintMatchingList', () => {
  it('is the app’s list of the default view, every place in the selectors’ order, as markup', () => {
    const html = firstPaintMatchingList(data);
    const codes = [...html.matchAll(/<li data-code="([^"]+)"/g)].map((m) => m[1]);
    const expected = matchingPlaces(INITIAL_VIEW, data).map((m) => m.place.id);
    expect(expected.length).toBeGreaterThan(30);
    expect(codes).toEqual(expected);
    expect(html).toContain('data-key="place:500102"');
    expect(html).toMatch(/^<section class="matching"[^>]*><h2 id="matching-title">符合条件的区县 /);
    // Node's globals are as they were (the render borrowed jsdom's document).
    expect('document' in globalThis || 'Node' in globalThis).toBe(false);
  });
});

describe('linePath (the picture’s path data)', () => {
  /** The absolute points of an `M x y l dx dy …` path (the picture's one form). */
  const points = (d: string): [number, number][] => {
    const n = (d.match(/-?\d+/g) ?? []).map(Number);
    const out: [number, number][] = [[n[0]!, n[1]!]];
    for (let i = 2; i < n.length; i += 2) {
      const [x, y] = out[out.length - 1]!;
      out.push([x + n[i]!, y + n[i + 1]!]);
    }
    return out;
  };

  it('holds the rounded points, each once, in steps that never drift', () => {
    const ring: [number, number][] = [
      [10.4, 20.6],
      [15.5, 18.49],
      [15.6, 18.4],
      [-3.5, 40.2],
      [1000.49, -7.51],
      [10.4, 20.6],
    ];
    const d = linePath(ring, true);
    expect(d).toMatch(/^M10 21l[-\d ]+z$/);
    expect(points(d)).toEqual([
      [10, 21],
      [16, 18],
      [-3, 40],
      [1000, -8],
      [10, 21],
    ]);
    expect(linePath([[1, 1]], false)).toBe('');
  });

  it('writes every district of the picture so (no absolute L left)', () => {
    const svg = firstPaintSvg(loadTopology(), data);
    const ds = [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]!);
    expect(ds.length).toBeGreaterThan(38);
    for (const d of ds) expect(d).toMatch(/^(M-?\d+[ -]-?\d+l[-\d ]*z?)+$/);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { feature, merge } from 'topojson-client';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  clipLine,
  closeRing,
  decodeEchartsMap,
  decodeRing,
  RIVER_CLIP,
  RIVERS,
  type RiverId,
} from '../../src/pipeline/build-geo.ts';
import { createHash } from 'node:crypto';
import { featureTexts } from '../../scripts/lib/geojson-text.ts';
import { CHONGQING_UNITS, PLACES, placeById } from '../../src/pipeline/gazetteer.ts';
import { ROOT } from '../../scripts/lib/seeds.ts';

const topo = JSON.parse(
  readFileSync(join(ROOT, 'geo', 'boundaries.topo.json'), 'utf8'),
) as Topology;
type Props = { id: string; name: string; label: [number, number] };
const polys = (name: string): Feature<Polygon | MultiPolygon, Props>[] =>
  (
    feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection<
      Polygon | MultiPolygon,
      Props
    >
  ).features;
const chongqing = polys('chongqing');
const allPolys = [...chongqing, ...polys('sichuanCities'), ...polys('sichuanCounties')];
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const excerpt = (id: RiverId) =>
  readFileSync(
    join(ROOT, 'geo', 'sources', `ne_10m_rivers_lake_centerlines.${id}.geojson`),
    'utf8',
  );
const SHARED = join(
  ROOT,
  '..',
  'shared',
  'natural-earth',
  'ne_10m_rivers_lake_centerlines.cq-region.geojson',
);
const zones = (
  feature(topo, topo.objects['zones'] as GeometryCollection) as FeatureCollection<Point, Props>
).features;

/** echarts' encoding, written out to test the decoder against known coordinates. */
function encodeRing(ring: Position[], scale: number): { text: string; offset: [number, number] } {
  const q = ring.map(([x = 0, y = 0]) => [Math.round(x * scale), Math.round(y * scale)] as const);
  const offset: [number, number] = [q[0]![0], q[0]![1]];
  let [px, py] = offset;
  let text = '';
  for (const [x, y] of q) {
    const zz = (v: number): number => (v << 1) ^ (v >> 31);
    text += String.fromCharCode(zz(x - px) + 64, zz(y - py) + 64);
    [px, py] = [x, y];
  }
  return { text, offset };
}

describe('decoding echarts map data', () => {
  it('decodes the compact encoding back to coordinates', () => {
    const ring: Position[] = [
      [106.5, 29.5],
      [106.6, 29.5],
      [106.6, 29.6],
      [106.5, 29.5],
    ];
    const { text, offset } = encodeRing(ring, 1024);
    const out = decodeRing(text, offset, 1024);
    out.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(ring[i]![0]!, 2);
      expect(p[1]).toBeCloseTo(ring[i]![1]!, 2);
    });
  });

  it('closes open rings and drops degenerate ones', () => {
    expect(
      closeRing([
        [0, 0],
        [1, 0],
        [1, 1],
      ]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ]);
    const fc = decodeEchartsMap({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'x' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 1],
              ],
            ],
          },
        },
      ],
    });
    expect((fc.features[0]!.geometry as Polygon).coordinates).toEqual([]);
  });
});

describe('geo/boundaries.topo.json', () => {
  it('has the 38 Chongqing units under their current GB/T 2260 codes', () => {
    expect(chongqing.map((f) => f.properties.id).sort()).toEqual(
      CHONGQING_UNITS.map((p) => p.id).sort(),
    );
    expect(chongqing.find((f) => f.properties.id === '500155')?.properties).toMatchObject({
      name: '梁平区',
      sourceName: '梁平县',
    });
  });

  it('has geometry for every place in the gazetteer', () => {
    const ids = new Set([...allPolys, ...zones].map((f) => f.properties.id));
    for (const p of PLACES) expect(ids.has(p.id), `${p.id} ${p.name}`).toBe(true);
  });

  it('has closed rings of at least four positions, all in WGS-84 range near Chongqing', () => {
    for (const f of allPolys) {
      const rings =
        f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      for (const r of rings) {
        expect(r.length).toBeGreaterThanOrEqual(4);
        expect(r[0]).toEqual(r[r.length - 1]);
        for (const [x = 0, y = 0] of r) {
          expect(x).toBeGreaterThan(97);
          expect(x).toBeLessThan(111);
          expect(y).toBeGreaterThan(26);
          expect(y).toBeLessThan(34);
        }
      }
    }
  });

  it('covers Chongqing without overlaps or gaps beyond 0.1%', () => {
    const sum = chongqing.reduce((a, f) => a + area(f), 0);
    const union = merge(
      topo,
      (topo.objects['chongqing'] as GeometryCollection).geometries as never,
    );
    const unionArea = area(union);
    expect((sum - unionArea) / unionArea).toBeLessThan(0.001);
    // Gaps between neighbours would show as holes in the union.
    const holes = union.coordinates.flatMap((poly) => poly.slice(1));
    const holeArea = holes.reduce((a, r) => a + area({ type: 'Polygon', coordinates: [r] }), 0);
    expect(holeArea / unionArea).toBeLessThan(0.001);
    // Chongqing is about 82,400 km².
    expect(unionArea / 1e6).toBeGreaterThan(80000);
    expect(unionArea / 1e6).toBeLessThan(85000);
  });

  it('puts every label point inside its polygon', () => {
    for (const f of allPolys)
      expect(booleanPointInPolygon(f.properties.label, f), f.properties.name).toBe(true);
  });

  it('places each functional zone inside its parent or a district it spans', () => {
    for (const z of zones) {
      const place = placeById(z.properties.id)!;
      const hosts = [place.parent, ...(place.spans ?? [])].filter(Boolean);
      const inside = chongqing.filter(
        (f) => hosts.includes(f.properties.id) && booleanPointInPolygon(z.geometry.coordinates, f),
      );
      expect(inside.length, place.name).toBeGreaterThan(0);
    }
  });
});

describe('rivers and seats', () => {
  it('clips a polyline to a box, cutting where it crosses, splitting where it leaves and returns', () => {
    const parts = clipLine(
      [
        [-1, 0.5],
        [0.5, 0.5],
        [0.5, 2],
        [0.8, 2],
        [0.8, 0.2],
      ],
      [0, 0, 1, 1],
    );
    expect(parts).toEqual([
      [
        [0, 0.5],
        [0.5, 0.5],
        [0.5, 1],
      ],
      [
        [0.8, 1],
        [0.8, 0.2],
      ],
    ]);
  });

  const rivers = (
    feature(topo, topo.objects['rivers'] as GeometryCollection) as FeatureCollection<
      MultiLineString,
      { id: RiverId; name: string; en: string; sourceName: string }
    >
  ).features;
  const river = (id: RiverId) => rivers.find((f) => f.properties.id === id)!;
  const unit = (id: string) => chongqing.find((f) => f.properties.id === id)!;
  /** Kilometres between two lng/lat points (equirectangular: plenty at these distances). */
  const km = ([ax = 0, ay = 0]: Position, [bx = 0, by = 0]: Position) =>
    Math.hypot((bx - ax) * Math.cos((((ay + by) / 2) * Math.PI) / 180), by - ay) * 111.2;
  /** Points every quarter segment along a river, so a short pass through a unit is seen. */
  const samples = (f: Feature<MultiLineString>): Position[] =>
    f.geometry.coordinates.flatMap((line) =>
      line.flatMap((a, i) => {
        const [ax = 0, ay = 0] = a;
        const [bx = ax, by = ay] = line[i + 1] ?? a;
        return [0, 0.25, 0.5, 0.75].map((t) => [ax + t * (bx - ax), ay + t * (by - ay)]);
      }),
    );
  const crosses = (f: Feature<MultiLineString>, id: string) =>
    samples(f).some((p) => booleanPointInPolygon(p, unit(id)));
  /** Length in km of a river's course inside Chongqing (sample points in any of the 38 units). */
  const lengthInChongqing = (f: Feature<MultiLineString>) =>
    f.geometry.coordinates
      .flatMap((line) => line.slice(1).map((b, i) => [line[i]!, b] as const))
      .filter(([a, b]) =>
        chongqing.some((u) => booleanPointInPolygon([(a[0]! + b[0]!) / 2, (a[1]! + b[1]!) / 2], u)),
      )
      .reduce((sum, [a, b]) => sum + km(a, b), 0);
  /** The ends of a river's parts (its mouth among them). */
  const ends = (f: Feature<MultiLineString>) =>
    f.geometry.coordinates.flatMap((line) => [line[0]!, line[line.length - 1]!]);
  /** Kilometres from `p` to the nearest point of any of `lines` (equirectangular about `p`). */
  const kmToLines = (p: Position, lines: Position[][]) => {
    const [px = 0, py = 0] = p;
    const k = Math.cos((py * Math.PI) / 180);
    let best = Infinity;
    for (const line of lines)
      for (let i = 1; i < line.length; i++) {
        const [ax = 0, ay = 0] = line[i - 1]!;
        const [bx = 0, by = 0] = line[i]!;
        const [dx, dy] = [(bx - ax) * k, by - ay];
        const t = Math.max(
          0,
          Math.min(1, ((px - ax) * k * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)),
        );
        best = Math.min(best, Math.hypot((px - ax) * k - t * dx, py - ay - t * dy) * 111.2);
      }
    return best;
  };
  const kmToUnit = (p: Position, id: string) => {
    const u = unit(id);
    if (booleanPointInPolygon(p, u)) return 0;
    const polys = u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates;
    return kmToLines(p, polys.flat());
  };
  /** The end of a river's parts that meets the 长江 (within 1 km): its mouth. */
  const mouthOf = (f: Feature<MultiLineString>) =>
    ends(f).filter((p) => kmToLines(p, river('chang-jiang').geometry.coordinates) < 1);

  it('has 长江, 嘉陵江 and 乌江 from Natural Earth 1:10m, named in both languages', () => {
    expect(rivers.map((f) => f.properties)).toEqual(
      RIVERS.map((r) => ({ id: r.id, name: r.name, en: r.en, sourceName: r.source })),
    );
    expect(rivers.map((f) => [f.properties.name, f.properties.sourceName])).toEqual([
      ['长江', 'Chang Jiang'],
      ['嘉陵江', 'Jialing'],
      ['乌江', 'Wu'],
    ]);
    for (const f of rivers) expect(f.properties.en).toMatch(/^[A-Z][a-z]+( River)?$/);
  });

  it('keeps every river inside the clip box', () => {
    const [w, s, e, n] = RIVER_CLIP;
    for (const f of rivers)
      for (const [x = 0, y = 0] of f.geometry.coordinates.flat()) {
        expect(x).toBeGreaterThanOrEqual(w - 1e-3);
        expect(x).toBeLessThanOrEqual(e + 1e-3);
        expect(y).toBeGreaterThanOrEqual(s - 1e-3);
        expect(y).toBeLessThanOrEqual(n + 1e-3);
      }
  });

  it('runs the 长江 across Chongqing from 江津 through 渝中 and 涪陵 to 巫山', () => {
    for (const id of ['500116', '500103', '500102', '500101', '500237'])
      expect(crosses(river('chang-jiang'), id), placeById(id)?.name).toBe(true);
    // About 690 km of the 长江 lie in Chongqing.
    expect(lengthInChongqing(river('chang-jiang'))).toBeGreaterThan(550);
  });

  it('ends the 嘉陵江 at the 长江 off 渝中’s tip (朝天门), after 合川 and 北碚', () => {
    const jl = river('jialing-jiang');
    for (const id of ['500117', '500109']) expect(crosses(jl, id), placeById(id)?.name).toBe(true);
    const mouth = mouthOf(jl);
    expect(mouth).toHaveLength(1);
    // 1:10m is ≈ 1 km off at best: the mouth falls in the river between 渝中, 江北 and 南岸 (in
    // 南岸's polygon, 1.2 km from 渝中's), so "at 渝中" means within 2 km of it.
    expect(kmToUnit(mouth[0]!, '500103'), '渝中区').toBeLessThan(2);
    // About 150 km of its course lie in Chongqing; the rest upstream, in Sichuan and beyond.
    expect(lengthInChongqing(jl)).toBeGreaterThan(100);
  });

  it('ends the 乌江 at the 长江 in 涪陵, after 彭水 and 武隆', () => {
    const wu = river('wu-jiang');
    for (const id of ['500243', '500156']) expect(crosses(wu, id), placeById(id)?.name).toBe(true);
    const mouth = mouthOf(wu);
    expect(mouth).toHaveLength(1);
    expect(kmToUnit(mouth[0]!, '500102'), '涪陵区').toBe(0);
    // About 220 km of its course lie in Chongqing; upstream it comes from Guizhou.
    expect(lengthInChongqing(wu)).toBeGreaterThan(150);
  });

  it('keeps each river excerpt byte for byte as pinned (sha-256 in scripts/build-geo.ts)', () => {
    const script = readFileSync(join(ROOT, 'scripts', 'build-geo.ts'), 'utf8');
    for (const r of RIVERS) expect(script).toContain(sha256(excerpt(r.id)));
  });

  it.skipIf(!existsSync(SHARED))(
    'has each excerpt verbatim as a feature of ../shared/natural-earth (when present)',
    () => {
      const shared = readFileSync(SHARED, 'utf8');
      // source: ../shared/natural-earth/SOURCE.md, "This subset: sha256 …".
      expect(sha256(shared)).toBe(
        '639e6d0d39f57563aed5e38a10a9cedf89ecf2eadd9640a986e2efed0e2d602d',
      );
      const features = featureTexts(shared);
      for (const r of RIVERS) expect(features).toContain(excerpt(r.id));
    },
  );

  it('reads a feature collection’s features as their exact text', () => {
    // A name with brackets, an escaped backslash and an escaped quote; numbers as written.
    const text = String.raw`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"n":"a]}\\\",{","r":7.0},"geometry":null} ,
{"x":[1.50,{}]}]}`;
    expect(featureTexts(text)).toEqual([
      String.raw`{"type":"Feature","properties":{"n":"a]}\\\",{","r":7.0},"geometry":null}`,
      '{"x":[1.50,{}]}',
    ]);
  });

  it('puts each unit’s seat (echarts cp) inside its unit, for all 38', () => {
    const seated = chongqing.filter((f) => (f.properties as { seat?: Position }).seat);
    expect(seated).toHaveLength(38);
    for (const f of seated)
      expect(
        booleanPointInPolygon((f.properties as unknown as { seat: Position }).seat, f),
        f.properties.name,
      ).toBe(true);
  });
});

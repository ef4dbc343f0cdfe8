import { readFileSync } from 'node:fs';
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
} from '../../src/pipeline/build-geo.ts';
import { createHash } from 'node:crypto';
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

  it('has the 长江 from Natural Earth crossing Chongqing from 江津 to 巫山, inside the clip box', () => {
    const rivers = feature(topo, topo.objects['rivers'] as GeometryCollection) as FeatureCollection<
      MultiLineString,
      { id: string; name: string; sourceName: string }
    >;
    const cj = rivers.features.find((f) => f.properties.id === 'chang-jiang')!;
    expect(cj.properties).toMatchObject({ name: '长江', sourceName: 'Chang Jiang (Yangtze)' });
    const pts = cj.geometry.coordinates.flat();
    const [w, s, e, n] = RIVER_CLIP;
    for (const [x = 0, y = 0] of pts) {
      expect(x).toBeGreaterThanOrEqual(w - 1e-3);
      expect(x).toBeLessThanOrEqual(e + 1e-3);
      expect(y).toBeGreaterThanOrEqual(s - 1e-3);
      expect(y).toBeLessThanOrEqual(n + 1e-3);
    }
    // It runs through the districts on the river: a vertex within each of these.
    for (const id of ['500116', '500102', '500101', '500237']) {
      const unit = chongqing.find((f) => f.properties.id === id)!;
      const crossed = cj.geometry.coordinates.some((line) =>
        line.some((_, i) => {
          const [ax = 0, ay = 0] = line[i] ?? [];
          const [bx = 0, by = 0] = line[i + 1] ?? line[i] ?? [];
          return [0, 0.25, 0.5, 0.75].some((t) =>
            booleanPointInPolygon([ax + t * (bx - ax), ay + t * (by - ay)], unit),
          );
        }),
      );
      expect(crossed, placeById(id)?.name).toBe(true);
    }
  });

  it('keeps the river excerpt byte for byte as pinned (sha-256 in scripts/build-geo.ts)', () => {
    const text = readFileSync(
      join(ROOT, 'geo', 'sources', 'ne_50m_rivers_lake_centerlines.chang-jiang.geojson'),
      'utf8',
    );
    const script = readFileSync(join(ROOT, 'scripts', 'build-geo.ts'), 'utf8');
    expect(script).toContain(createHash('sha256').update(text).digest('hex'));
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

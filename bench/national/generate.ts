/**
 * Synthetic data at national scale, in the app's own data/ and geo/ shapes, so the benchmark
 * loads it through the same pipeline and layers: ~2,900 county cells (a grid over China's
 * extent), 200 sub-industries, 10,000 bases, 500 cooperation links. Deterministic (seeded PRNG).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { DataFiles, PlaceRecord } from '../../src/data/types.ts';

export const NATIONAL_SIZE = {
  counties: 2900,
  partners: 100,
  industries: 200,
  bases: 10_000,
  links: 500,
} as const;

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GROUPS = ['central', 'new-area', 'northeast', 'southeast'] as const;
const PROGRAMMES = [
  'feature-base',
  'eco-fusion',
  'chuanyu-coop',
  'two-plus-n',
  'national-demo',
] as const;

const collection = (features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

/** Writes data/*.json and geo/boundaries.topo.json for the synthetic nation under `dir`. */
export function generateNational(dir: string): {
  places: number;
  layout: number;
  bases: number;
  links: number;
} {
  const r = rng(20261122);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const cols = 60;
  const total = NATIONAL_SIZE.counties + NATIONAL_SIZE.partners;
  const rows = Math.ceil(total / cols);
  const [w, s, e, n] = [75, 20, 133, 50];
  const dx = (e - w) / cols;
  const dy = (n - s) / rows;
  const cells: Feature<Polygon, { id: string; name: string; label: [number, number] }>[] = [];
  const places: PlaceRecord[] = [];
  for (let i = 0; i < total; i++) {
    const c = i % cols;
    const rr = Math.floor(i / cols);
    const x0 = w + c * dx;
    const y0 = s + rr * dy;
    const id = String(100000 + i);
    const partner = i >= NATIONAL_SIZE.counties;
    const name = `${partner ? '伙伴' : '县'}${i}`;
    cells.push({
      type: 'Feature',
      properties: { id, name, label: [x0 + dx / 2, y0 + dy / 2] },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [x0, y0],
            [x0 + dx, y0],
            [x0 + dx, y0 + dy],
            [x0, y0 + dy],
            [x0, y0],
          ],
        ],
      },
    });
    places.push({
      id,
      name,
      short: name,
      aliases: [],
      en: `${partner ? 'Partner' : 'County'} ${i}`,
      kind: partner ? 'sc-city' : 'county',
      province: partner ? 'sichuan' : 'chongqing',
      ...(partner ? {} : { group: GROUPS[(c < cols / 2 ? 0 : 1) + (rr < rows / 2 ? 0 : 2)] }),
      pinyin: `xian${i}`,
      pinyinInitials: 'x',
    } as PlaceRecord);
  }
  const counties = places.filter((p) => p.province === 'chongqing');
  const partners = places.filter((p) => p.province === 'sichuan');
  const src = (i: number) => ({ doc: '000' as const, quote: `synthetic ${i}`, line: 1 });
  const layout = Array.from({ length: NATIONAL_SIZE.industries }, (_, i) => {
    const k = 10 + Math.floor(r() * 50);
    const ids = [...new Set(Array.from({ length: k }, () => pick(counties).id))];
    return {
      id: `小类${i}`,
      category: `门类${Math.floor(i / 10)}`,
      categoryEn: `Division ${Math.floor(i / 10)}`,
      categoryInherited: i % 10 !== 0,
      subcategory: `小类${i}`,
      name: `小类${i}`,
      nameEn: `Sub-industry ${i}`,
      categoryGb: 'C00',
      gb: String(100 + i),
      gbDivision: 'C00',
      gbDivisionName: '合成',
      places: ids,
      placeNames: ids,
      source: src(i),
    };
  });
  const bases = Array.from({ length: NATIONAL_SIZE.bases }, (_, i) => {
    const place = pick(counties).id;
    return {
      id: `base${i}`,
      programme: pick(PROGRAMMES),
      place,
      placeName: place,
      theme: `主题${i}`,
      themeEn: `Theme ${i}`,
      partners: [],
      inferredPartners: [],
      framework: null,
      source: src(i),
    };
  });
  const cooperation = Array.from({ length: NATIONAL_SIZE.links }, (_, i) => ({
    id: `coop${i}`,
    places: [pick(counties).id],
    partners: [pick(partners).id],
    inferredPartners: [],
    theme: `合作${i}`,
    themeEn: `Link ${i}`,
    framework: null,
    source: src(i),
  }));
  const data: DataFiles = {
    places,
    layout: layout as DataFiles['layout'],
    programmes: PROGRAMMES.map((id) => ({ id, name: id, en: id, source: src(0) })),
    bases: bases as DataFiles['bases'],
    cooperation: cooperation as DataFiles['cooperation'],
    frameworks: [
      {
        id: 'chuanyu-tongchou',
        name: 'F1',
        en: 'F1',
        kind: 'chuanyu',
        members: [counties[0]!.id, partners[0]!.id],
        membersFrom: 'outside',
        note: '',
        source: src(0),
      },
    ],
    groups: GROUPS.map((g) => ({
      id: g,
      name: g,
      en: g,
      members: counties.filter((p) => p.group === g).map((p) => p.id),
      membersFrom: 'outside',
      note: '',
      source: src(0),
    })),
    belts: [
      {
        id: 'belt-a',
        name: 'A',
        en: 'A',
        members: counties
          .slice(0, 12)
          .map((p, i) => ({ place: p.id, text: p.name, partial: i % 3 === 0 })),
        source: src(0),
      },
    ],
    targets: [],
    // Brands and national priorities are panel text, not drawn: the city's scale of them is kept.
    brands: [],
    priorities: [],
    sectors: [],
    directions: [],
    consumerSectors: [],
    plans: [],
  };
  const topo = topology(
    {
      chongqing: collection(cells.slice(0, NATIONAL_SIZE.counties)),
      sichuanCities: collection(cells.slice(NATIONAL_SIZE.counties)),
      sichuanCounties: collection([]),
      provinces: collection([]),
      zones: collection([]),
    },
    1e5,
  );
  mkdirSync(join(dir, 'data'), { recursive: true });
  mkdirSync(join(dir, 'geo'), { recursive: true });
  for (const [k, v] of Object.entries(data))
    writeFileSync(join(dir, 'data', `${k}.json`), JSON.stringify(v));
  writeFileSync(join(dir, 'geo', 'boundaries.topo.json'), JSON.stringify(topo));
  return {
    places: places.length,
    layout: layout.length,
    bases: bases.length,
    links: cooperation.length,
  };
}

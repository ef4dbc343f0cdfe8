/**
 * The first paint: an SVG of the 38 districts in the default choropleth's colours, made at build
 * time and inlined into index.html, so the map is on screen before any JavaScript or WebGL runs.
 * The live map replaces it once its first frame is drawn.
 */
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { DataFiles } from './build-data.ts';
import { industryColour } from '../map/style.ts';

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

/** The districts projected (web mercator) into a viewBox 1000 wide, as SVG path data. */
export function projectDistricts(topo: Topology): {
  height: number;
  shapes: { id: string; d: string }[];
  project: (p: Position) => [number, number];
} {
  const fc = feature(topo, topo.objects['chongqing'] as GeometryCollection) as FeatureCollection<
    Polygon | MultiPolygon,
    { id: string }
  >;
  const projected = fc.features.map((f) => ({
    id: f.properties.id,
    rings: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
      .flat()
      .map((r) => r.map(mercator)),
  }));
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const f of projected)
    for (const r of f.rings)
      for (const [x, y] of r) {
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
  const scale = 1000 / (x1 - x0);
  const project = (p: Position): [number, number] => {
    const [x, y] = mercator(p);
    return [(x - x0) * scale, (y - y0) * scale];
  };
  const shapes = projected.map((f) => ({
    id: f.id,
    d: f.rings
      .map((r) =>
        thin(
          r.map(([x, y]) => [(x - x0) * scale, (y - y0) * scale]),
          3,
        ),
      )
      .map((r) => 'M' + r.map(([x, y]) => `${Math.round(x)} ${Math.round(y)}`).join('L') + 'Z')
      .join(''),
  }));
  return { height: Math.round((y1 - y0) * scale), shapes, project };
}

/** The SVG markup (viewBox width 1000). */
export function firstPaintSvg(topo: Topology, data: DataFiles): string {
  const counts = new Map<string, number>();
  for (const r of data.layout) for (const p of r.places) counts.set(p, (counts.get(p) ?? 0) + 1);
  const max = Math.max(...counts.values());
  const { height, shapes } = projectDistricts(topo);
  const paths = shapes.map((f) => {
    const [r, g, b] = industryColour(counts.get(f.id) ?? 0, max);
    return `<path d="${f.d}" fill="rgb(${r},${g},${b})"/>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 ${height}" preserveAspectRatio="xMidYMid meet" ` +
    `><g stroke="#fff" stroke-width="0.8">${paths.join('')}</g></svg>`
  );
}

/**
 * The SVG as an <img>: an image is what browsers take as the page's largest contentful paint (an
 * inline <svg> is not), so the first view counts as painted as soon as the districts are. The
 * text alternative is empty: the live map and the matching list say what it shows.
 */
export function firstPaintImg(svg: string): string {
  const uri = svg.replace(/[<>#%"]/g, (c) => encodeURIComponent(c));
  return `<img class="first-paint" alt="" decoding="sync" src="data:image/svg+xml,${uri}">`;
}

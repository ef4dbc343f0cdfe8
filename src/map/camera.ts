/**
 * Web-mercator camera maths shared by both renderers, in maplibre's terms (512-px world at zoom 0),
 * so a camera read from one renderer frames the same ground in the other: the SVG map hands over
 * to the live map without a jump.
 */
import type { Bounds, Camera, FitOptions, LngLat, Padding } from '../types/camera.ts';

export type { Bounds, FitOptions, LngLat, Padding };

/** The whole city is never framed closer than this (src/map/home.ts has the padding). */
export const MAX_HOME_ZOOM = 9;

/** maplibre's world size at zoom 0, in CSS pixels. */
export const TILE_SIZE = 512;
export const MIN_ZOOM = 4;
export const MAX_ZOOM = 12;
// source: maplibre-gl's web mercator; latitudes beyond ±85.051129° are off the square world.
const MAX_LAT = 85.051129;

/** World coordinates at zoom 0 (0…512, y down) of a lng/lat. */
export function toWorld([lng, lat]: LngLat): [number, number] {
  return [worldX(lng), worldY(lat)];
}

/** toWorld's x alone (for loops over many points: no array per point). */
export function worldX(lng: number): number {
  return ((lng + 180) / 360) * TILE_SIZE;
}

/** toWorld's y alone. */
export function worldY(lat: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * TILE_SIZE;
}

/** The lng/lat of world coordinates at zoom 0. */
export function fromWorld([x, y]: [number, number]): LngLat {
  const lng = (x / TILE_SIZE) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / TILE_SIZE;
  return [lng, (180 / Math.PI) * Math.atan(Math.sinh(n))];
}

export function paddingOf(p: FitOptions['padding']): Padding {
  if (typeof p === 'object') return p;
  const v = p ?? 0;
  return { top: v, right: v, bottom: v, left: v };
}

/** The camera that fits `bounds` into a `width`×`height` viewport (as maplibre's fitBounds). */
export function fitCamera(
  bounds: Bounds,
  width: number,
  height: number,
  opts: Pick<FitOptions, 'padding' | 'maxZoom'> = {},
): Camera {
  const pad = paddingOf(opts.padding);
  const [x0, y1] = toWorld(bounds[0]);
  const [x1, y0] = toWorld(bounds[1]);
  const w = Math.max(1, width - pad.left - pad.right);
  const h = Math.max(1, height - pad.top - pad.bottom);
  const scale = Math.min(w / Math.max(1e-9, x1 - x0), h / Math.max(1e-9, y1 - y0));
  const zoom = clampZoom(Math.min(Math.log2(scale), opts.maxZoom ?? MAX_ZOOM));
  const k = 2 ** zoom;
  // The padding moves the centre: the box sits in the middle of what the padding leaves free.
  const cx = (x0 + x1) / 2 - (pad.left - pad.right) / 2 / k;
  const cy = (y0 + y1) / 2 - (pad.top - pad.bottom) / 2 / k;
  const [lng, lat] = fromWorld([cx, cy]);
  return { lng, lat, zoom };
}

export function clampZoom(z: number): number {
  return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
}

/** Screen position (px from the viewport's top left) of a lng/lat under `cam`. */
export function project(cam: Camera, width: number, height: number, p: LngLat): [number, number] {
  const k = 2 ** cam.zoom;
  const [cx, cy] = toWorld([cam.lng, cam.lat]);
  const [x, y] = toWorld(p);
  return [(x - cx) * k + width / 2, (y - cy) * k + height / 2];
}

/** The camera after zooming by `delta` about the screen point (px, py). */
export function zoomAbout(
  cam: Camera,
  width: number,
  height: number,
  delta: number,
  px = width / 2,
  py = height / 2,
): Camera {
  const zoom = clampZoom(cam.zoom + delta);
  const [cx, cy] = toWorld([cam.lng, cam.lat]);
  const k0 = 2 ** cam.zoom;
  const k1 = 2 ** zoom;
  // The world point under the cursor stays under it.
  const wx = cx + (px - width / 2) / k0;
  const wy = cy + (py - height / 2) / k0;
  const [lng, lat] = fromWorld([wx - (px - width / 2) / k1, wy - (py - height / 2) / k1]);
  return { lng, lat, zoom };
}

/** The camera moved by (dx, dy) screen pixels (content follows the pointer). */
export function panBy(cam: Camera, dx: number, dy: number): Camera {
  const k = 2 ** cam.zoom;
  const [cx, cy] = toWorld([cam.lng, cam.lat]);
  const [lng, lat] = fromWorld([cx - dx / k, cy - dy / k]);
  return { lng, lat, zoom: cam.zoom };
}

/** A point on the way from `a` to `b` (t in 0…1), moving in world space and in zoom together. */
export function interpolate(a: Camera, b: Camera, t: number): Camera {
  const [ax, ay] = toWorld([a.lng, a.lat]);
  const [bx, by] = toWorld([b.lng, b.lat]);
  const zoom = a.zoom + (b.zoom - a.zoom) * t;
  // Centre speed follows the zoom's scale so the ground does not slide faster than it shrinks.
  const ka = 2 ** a.zoom;
  const kb = 2 ** b.zoom;
  const k = 2 ** zoom;
  const s = ka === kb ? t : (1 / ka - 1 / k) / (1 / ka - 1 / kb);
  const [lng, lat] = fromWorld([ax + (bx - ax) * s, ay + (by - ay) * s]);
  return { lng, lat, zoom };
}

/** Ground metres per CSS pixel at `lat` and `zoom` (for the scale bar). */
export function metresPerPixel(lat: number, zoom: number): number {
  // source: WGS-84 equatorial circumference 40,075,016.686 m.
  return (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (TILE_SIZE * 2 ** zoom);
}

/** The lng/lat bounds a `width`×`height` viewport shows under `cam`. */
export function visibleBounds(cam: Camera, width: number, height: number): Bounds {
  const k = 2 ** cam.zoom;
  const [cx, cy] = toWorld([cam.lng, cam.lat]);
  const [w, n] = fromWorld([cx - width / 2 / k, cy - height / 2 / k]);
  const [e, s] = fromWorld([cx + width / 2 / k, cy + height / 2 / k]);
  return [
    [w, s],
    [e, n],
  ];
}

/** True when `inner` lies within `outer`. */
export function contains(outer: Bounds, inner: Bounds): boolean {
  return (
    inner[0][0] >= outer[0][0] &&
    inner[0][1] >= outer[0][1] &&
    inner[1][0] <= outer[1][0] &&
    inner[1][1] <= outer[1][1]
  );
}

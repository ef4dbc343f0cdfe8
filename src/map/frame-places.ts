/** Framing a set of places on whichever renderer is on screen. */
import { extent, type Atlas } from '../geo/atlas.ts';
import { contains, fitCamera, MIN_ZOOM, project, visibleBounds, type Bounds } from './camera.ts';
import { framingPadding, homeFraming } from './home.ts';
import type { MapController } from './map-controller.ts';

/** The bounds of places: their shapes, or a zone's point; null when none is on the map. */
export function placesBounds(ids: readonly string[], atlas: Atlas): Bounds | null {
  const shapes = ids.map((id) => atlas.shape(id)).filter((s) => s !== undefined);
  let [[w, s], [e, n]] = shapes.length
    ? extent(shapes)
    : [
        [Infinity, Infinity],
        [-Infinity, -Infinity],
      ];
  for (const id of ids) {
    if (atlas.shape(id) || !atlas.places.has(id)) continue;
    const [x, y] = atlas.anchor(id);
    [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  }
  return Number.isFinite(w)
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}

/**
 * The closest a framed match gets: one district at this zoom still shows the districts round it
 * (a close-up to the last level left a word in a huge shape).
 */
export const CLOSE_UP_ZOOM = 8.5;

/**
 * Frames `ids` (the whole city when empty), clear of the legend dock over the map's left — unless
 * they are framed already (in view, and the zoom within a third of a level of the one that frames
 * them): a filter that leaves places all over the view does not move the map.
 */
export function framePlaces(map: MapController, atlas: Atlas, ids: readonly string[]): void {
  const found = ids.length ? placesBounds(ids, atlas) : null;
  const bounds = found ?? atlas.home;
  const host = document.getElementById('map');
  // The whole city is framed as the first view is (the build-time picture's framing); a match
  // with room round it, clear of the dock, and never so close that its neighbours leave the frame.
  const opts = !host
    ? { padding: 40, maxZoom: CLOSE_UP_ZOOM }
    : found
      ? { padding: framingPadding(host, 48), maxZoom: CLOSE_UP_ZOOM }
      : homeFraming(host);
  const view = map.view();
  const w = host?.clientWidth ?? 0;
  const h = host?.clientHeight ?? 0;
  if (w && h) {
    const now = view.camera();
    const target = fitCamera(bounds, w, h, opts);
    // Clearing always goes home (unless there): the whole city has one framing.
    const framed = found
      ? contains(visibleBounds(now, w, h), bounds) && Math.abs(target.zoom - now.zoom) < 0.35
      : Math.abs(target.zoom - now.zoom) < 0.02 &&
        Math.hypot(
          ...project(now, w, h, [target.lng, target.lat]).map((v, i) => v - [w, h][i]! / 2),
        ) < 4;
    // Places wider than the widest view (both at the least zoom): moving would frame no better.
    const widest = target.zoom <= MIN_ZOOM + 0.01 && now.zoom <= MIN_ZOOM + 0.01;
    if (framed || widest) return;
  }
  view.fitBounds(bounds, { ...opts, duration: 700 });
}

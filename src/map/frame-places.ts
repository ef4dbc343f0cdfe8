/** Framing a set of places on whichever renderer is on screen. */
import { extent, type Atlas } from '../geo/atlas.ts';
import {
  contains,
  fitCamera,
  HOME_FRAMING,
  MIN_ZOOM,
  project,
  visibleBounds,
  type Bounds,
} from './camera.ts';
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
 * Frames `ids` (the whole city when empty), clear of the legend dock over the map's left — unless
 * they are framed already (in view, and the zoom within a third of a level of the one that frames
 * them): a filter that leaves places all over the view does not move the map.
 */
export function framePlaces(map: MapController, atlas: Atlas, ids: readonly string[]): void {
  const found = ids.length ? placesBounds(ids, atlas) : null;
  const bounds = found ?? atlas.bounds;
  const dock = document.getElementById('legend-dock');
  const host = document.getElementById('map');
  const dockWidth = dock && dock.offsetParent !== null ? dock.offsetWidth + 20 : 0;
  const left = host && dockWidth < host.clientWidth * 0.45 ? Math.max(40, dockWidth) : 40;
  // The whole city is framed as the first view is (the build-time picture's framing).
  const opts = found
    ? { padding: { top: 40, right: 60, bottom: 40, left }, maxZoom: 8.5 }
    : HOME_FRAMING;
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

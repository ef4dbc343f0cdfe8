/** Framing a set of places on whichever renderer is on screen. */
import { extent, type Atlas } from '../geo/atlas.ts';
import { contains, fitCamera, MIN_ZOOM, project, visibleBounds, type Bounds } from './camera.ts';
import { framingPadding, homeFraming } from './home.ts';
import type { AppStore, Camera, CameraMove } from '../state/store.ts';

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
 * Asks the map to frame `ids` (the whole city when empty), clear of the legend dock — unless they
 * are framed already (see `CameraMove['unless']`). The whole city is framed as the first view is
 * (the build-time picture's framing); a match with room round it, and never so close that its
 * neighbours leave the frame.
 */
export function framePlaces(store: AppStore, atlas: Atlas, ids: readonly string[]): void {
  const found = ids.length ? placesBounds(ids, atlas) : null;
  const host = document.getElementById('map');
  const opts = !host
    ? { padding: 40, maxZoom: CLOSE_UP_ZOOM }
    : found
      ? { padding: framingPadding(host, 48), maxZoom: CLOSE_UP_ZOOM }
      : homeFraming(host);
  store.getState().moveCamera({
    kind: 'fit',
    bounds: found ?? atlas.home,
    padding: opts.padding,
    maxZoom: opts.maxZoom,
    duration: 700,
    unless: found ? 'framed' : 'home',
  });
}

/**
 * Opens a place: selects it and frames it (a place with no shape, such as a zone, is centred at
 * no less than the close-up zoom).
 */
export function focusPlace(store: AppStore, atlas: Atlas, id: string): void {
  store.getState().selectDistrict(id);
  if (atlas.shape(id)) {
    framePlaces(store, atlas, [id]);
    return;
  }
  const [lng, lat] = atlas.anchor(id);
  const zoom = store.getState().camera?.zoom ?? CLOSE_UP_ZOOM;
  store.getState().moveCamera({
    kind: 'jump',
    camera: { lng, lat, zoom: Math.max(zoom, CLOSE_UP_ZOOM) },
    duration: 800,
  });
}

/**
 * Whether a fit would leave the camera about where it is (`move.unless`), for a `w`×`h` map now
 * at `now`: then the map stays put.
 */
export function framedAlready(
  move: Extract<CameraMove, { kind: 'fit' }>,
  now: Camera,
  w: number,
  h: number,
): boolean {
  if (!move.unless || !w || !h) return false;
  const target = fitCamera(move.bounds, w, h, move);
  const framed =
    move.unless === 'framed'
      ? contains(visibleBounds(now, w, h), move.bounds) && Math.abs(target.zoom - now.zoom) < 0.35
      : Math.abs(target.zoom - now.zoom) < 0.02 &&
        Math.hypot(
          ...project(now, w, h, [target.lng, target.lat]).map((v, i) => v - [w, h][i]! / 2),
        ) < 4;
  // Places wider than the widest view (both at the least zoom): moving would frame no better.
  const widest = target.zoom <= MIN_ZOOM + 0.01 && now.zoom <= MIN_ZOOM + 0.01;
  return framed || widest;
}

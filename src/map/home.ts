/**
 * How views are framed around the legend dock. The room the dock takes is set once, in CSS
 * (`--dock-left` / `--dock-bottom` on `.map-wrap`, by screen size; `--dock-right` is the zoom
 * buttons' room), and read here: the build-time picture's padding uses the same properties, so the
 * first paint, the SVG map and the live map frame the whole city alike and nothing jumps when one
 * replaces the other.
 */
import { MAX_HOME_ZOOM, type FitOptions, type Padding } from './camera.ts';

/**
 * The dock's room as the CSS gives it, read once per state of what it depends on: the window's
 * size (the media queries) and the page's classes and mode (presenting, embedded, another view).
 * Reading the computed style on every framing (each filter change frames the places it leaves)
 * forced the page's style inside the click (≈ 4 ms a change).
 */
const rooms = new WeakMap<Element, { key: string; room: [number, number, number] }>();
function dockRoom(host: Element): [number, number, number] {
  const doc = host.ownerDocument;
  const view = doc.defaultView;
  const key = [
    view?.innerWidth,
    view?.innerHeight,
    doc.documentElement.className,
    doc.body.className,
    doc.body.dataset['mode'],
  ].join('|');
  const hit = rooms.get(host);
  if (hit?.key === key) return hit.room;
  const style = getComputedStyle(host);
  const px = (name: string) => parseFloat(style.getPropertyValue(name)) || 0;
  const room: [number, number, number] = [
    px('--dock-right'),
    px('--dock-bottom'),
    px('--dock-left'),
  ];
  rooms.set(host, { key, room });
  return room;
}

/** `base` px on every side, plus the dock's room on its side and the zoom buttons' on theirs. */
export function framingPadding(host: Element, base: number): Padding {
  const [right, bottom, left] = dockRoom(host);
  return { top: base, right: base + right, bottom: base + bottom, left: base + left };
}

/** The whole-city framing for the map in `host` (24 px round, as `.first-paint` in styles.css). */
export function homeFraming(host: Element): Required<Pick<FitOptions, 'padding' | 'maxZoom'>> {
  return { padding: framingPadding(host, 24), maxZoom: MAX_HOME_ZOOM };
}

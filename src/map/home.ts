/**
 * How views are framed around the legend dock. The room the dock takes is set once, in CSS
 * (`--dock-left` / `--dock-bottom` on `.map-wrap`, by screen size; `--dock-right` is the zoom
 * buttons' room), and read here: the build-time picture's padding uses the same properties, so the
 * first paint, the SVG map and the live map frame the whole city alike and nothing jumps when one
 * replaces the other.
 */
import { MAX_HOME_ZOOM, type FitOptions, type Padding } from './camera.ts';

/** `base` px on every side, plus the dock's room on its side and the zoom buttons' on theirs. */
export function framingPadding(host: Element, base: number): Padding {
  const style = getComputedStyle(host);
  const px = (name: string) => parseFloat(style.getPropertyValue(name)) || 0;
  return {
    top: base,
    right: base + px('--dock-right'),
    bottom: base + px('--dock-bottom'),
    left: base + px('--dock-left'),
  };
}

/** The whole-city framing for the map in `host` (24 px round, as `.first-paint` in styles.css). */
export function homeFraming(host: Element): Required<Pick<FitOptions, 'padding' | 'maxZoom'>> {
  return { padding: framingPadding(host, 24), maxZoom: MAX_HOME_ZOOM };
}

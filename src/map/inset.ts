/**
 * The 主城 inset (主城区放大图): at city scale the nine 中心城区 districts are a few dozen pixels
 * across and their names cannot sit on them, so — as Chinese city maps do — a framed box in a free
 * corner shows them enlarged, with 两江新区 and 重庆高新区: the same SVG map (same style, same
 * clicks and tooltips) at a fixed view of the core, and its frame marked on the main map. It shows
 * while the core is too small on screen to name its districts and hides when the user zooms in;
 * phones zoom instead (no inset at 600 px or less).
 */
import type { DataFiles } from '../data/types.ts';
import { CORE_GROUP, type Atlas } from '../geo/atlas.ts';
import type { AppStore, Camera, Lang } from '../state/store.ts';
import { fitCamera, fromWorld, project, toWorld, type Bounds, type LngLat } from './camera.ts';
import { homeFraming } from './home.ts';
import { mountSvgMap } from './svg-map.ts';

/** The core's width on screen (px) under which its districts cannot be named in place. */
export const INSET_CORE_PX = 260;
/** Views this wide or narrower are phones: they zoom instead of showing an inset. */
export const INSET_PHONE_PX = 600;
/** The stacked (phone and tablet) layout's widest viewport: styles.css `@media (max-width: 900px)`. */
const STACKED_PX = 900;
/**
 * The narrowest map that has room for the box beside the legend (a 1024-px window leaves the map
 * 344 px, and the box would push the legend to a sliver).
 */
const MIN_MAP_PX = 560;
/** Margin round the core in the inset, as a share of its extent (names at its edge fit). */
const PAD_SHARE = 0.04;
/** The inset map's width over its height (styles.css, `.core-inset-map`'s aspect-ratio). */
export const INSET_ASPECT = 6 / 5;

/** The inset's title; the names inside are the data's (the map's own labels). */
export const INSET_TITLE: Record<Lang, string> = {
  zh: '主城区放大图',
  en: 'Central Chongqing (enlarged)',
};

/** The places the inset is for: the 中心城区 group's districts and functional zones (places.json). */
export function insetPlaces(atlas: Atlas): string[] {
  return [...atlas.places.values()].filter((p) => p.group === CORE_GROUP).map((p) => p.id);
}

/**
 * The inset's ground: the core districts' extent taken out to the group's zone points, with a
 * margin of 4 % each side, in the inset's shape (6:5). Null where the data has no core group.
 */
export function coreInsetBounds(atlas: Atlas): Bounds | null {
  const core = atlas.core;
  if (!core) return null;
  let [[w, s], [e, n]] = core.bounds;
  for (const id of insetPlaces(atlas)) {
    if (atlas.shape(id)) continue;
    const [x, y] = atlas.anchor(id);
    [w, e, s, n] = [Math.min(w, x), Math.max(e, x), Math.min(s, y), Math.max(n, y)];
  }
  const [dx, dy] = [(e - w) * PAD_SHARE, (n - s) * PAD_SHARE];
  // Widened (or heightened) about its centre to the inset's shape, in web-mercator units: the
  // frame on the main map is then exactly the ground the inset shows.
  const [x0, y1] = toWorld([w - dx, s - dy]);
  const [x1, y0] = toWorld([e + dx, n + dy]);
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const half = Math.max((x1 - x0) / 2, ((y1 - y0) / 2) * INSET_ASPECT);
  const halfY = half / INSET_ASPECT;
  return [fromWorld([cx - half, cy + halfY]), fromWorld([cx + half, cy - halfY])];
}

/** The inset's frame as a closed lng/lat ring (west-south first), for the main map to draw. */
export function insetFrameRing(atlas: Atlas): LngLat[] | null {
  const b = coreInsetBounds(atlas);
  if (!b) return null;
  const [[w, s], [e, n]] = b;
  return [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ];
}

/**
 * Whether the view needs the inset: not a phone (wider than 600 px), and the core narrower on
 * screen than 260 px (too small to name its districts in place).
 */
export function insetWanted(
  camera: Camera,
  view: { width: number; height: number },
  atlas: Atlas,
): boolean {
  const b = coreInsetBounds(atlas);
  if (!b || view.width <= INSET_PHONE_PX) return false;
  const px = (toWorld(b[1])[0] - toWorld(b[0])[0]) * 2 ** camera.zoom;
  return px < INSET_CORE_PX;
}

/** The frame's box on screen (px from the view's top left) under `camera`. */
export function frameBox(
  camera: Camera,
  view: { width: number; height: number },
  bounds: Bounds,
): { x: number; y: number; width: number; height: number } {
  const [x0, y1] = project(camera, view.width, view.height, bounds[0]);
  const [x1, y0] = project(camera, view.width, view.height, bounds[1]);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The camera that shows the inset's ground in a `width`×`height` box. */
export function insetCamera(bounds: Bounds, width: number, height: number): Camera {
  return fitCamera(bounds, width, height);
}

/**
 * Mounts the inset in `wrap` (the map's `.map-wrap`) for the main map in `mapEl` (#map): a framed
 * box with its title and a fixed SVG map of the core, and the frame on the main map. Its map is
 * made the first time it is wanted (not at start-up), and shown and hidden as the app's camera
 * moves. The frame hides while the main map moves (it is placed for the camera at rest). Not in
 * the stacked phone and tablet layout: there the box would show the core hardly larger than the
 * map does, over its western districts.
 */
/**
 * What the inset leaves out: symbols (bases, the user's projects) and brand lines, which the main
 * map beside it shows; in a box a quarter of the map's size they left no room for the names the
 * inset is there for (大渡口, the two zones).
 */
export const INSET_OMITS = ['bases', 'badges', 'brands'] as const;

export function mountInset(
  wrap: HTMLElement,
  mapEl: HTMLElement,
  store: AppStore,
  data: DataFiles,
  atlas: Atlas,
): { destroy(): void } {
  const bounds = coreInsetBounds(atlas);
  if (!bounds) return { destroy: () => undefined };
  const box = document.createElement('section');
  box.className = 'core-inset';
  box.dataset['testid'] = 'core-inset';
  // Names on the main map keep clear of it (label placement's covers).
  box.dataset['coversMap'] = '';
  box.hidden = true;
  const title = document.createElement('h2');
  title.className = 'core-inset-title';
  // For screen readers: the names the picture shows (the map itself is hidden from them — it has
  // nothing for the keyboard; search and the list of districts reach the same places).
  const names = document.createElement('p');
  names.className = 'visually-hidden';
  const body = document.createElement('div');
  body.className = 'core-inset-map';
  const tooltip = document.createElement('div');
  tooltip.className = 'tooltip';
  tooltip.hidden = true;
  tooltip.setAttribute('role', 'status');
  body.append(tooltip);
  box.append(title, names, body);
  const frame = document.createElement('div');
  frame.className = 'core-inset-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.hidden = true;
  wrap.append(frame, box);

  const text = () => {
    const lang = store.getState().lang;
    title.textContent = INSET_TITLE[lang];
    box.setAttribute('aria-label', INSET_TITLE[lang]);
    names.textContent = insetPlaces(atlas)
      .map((id) => atlas.places.get(id))
      .map((p) => (p ? (lang === 'en' ? p.en : p.short) : ''))
      .join(lang === 'en' ? ', ' : '、');
  };
  text();

  let view: ReturnType<typeof mountSvgMap> | null = null;
  const size = () => ({ width: body.clientWidth, height: body.clientHeight });
  const fit = () => {
    const { width, height } = size();
    if (view && width && height) view.jumpTo(insetCamera(bounds, width, height));
  };
  const camera = (): Camera =>
    store.getState().camera ??
    fitCamera(atlas.home, mapEl.clientWidth, mapEl.clientHeight, homeFraming(mapEl));

  // Phones and tablets (the stacked layout, styles.css) zoom by touch: the map there is too
  // small to spare a box that would show the core larger than the map itself does.
  const stacked = matchMedia(`(max-width: ${STACKED_PX}px)`);
  const sync = () => {
    const mapSize = { width: mapEl.clientWidth, height: mapEl.clientHeight };
    const cam = camera();
    const viewport = { width: innerWidth, height: innerHeight };
    const on = !stacked.matches && mapSize.width >= MIN_MAP_PX && insetWanted(cam, viewport, atlas);
    box.hidden = !on;
    frame.hidden = !on;
    if (!on) {
      tooltip.hidden = true;
      return;
    }
    const f = frameBox(cam, mapSize, bounds);
    Object.assign(frame.style, {
      left: `${f.x}px`,
      top: `${f.y}px`,
      width: `${f.width}px`,
      height: `${f.height}px`,
    });
    // Made when first shown (its box has a size only then), at the camera that frames the core.
    if (!view) {
      const { width, height } = size();
      view = mountSvgMap(body, store, data, atlas, tooltip, {
        detached: true,
        fixed: true,
        omit: INSET_OMITS,
        names: insetPlaces(atlas),
        camera: insetCamera(bounds, width || 260, height || 220),
      });
      view.element.setAttribute('aria-hidden', 'true');
      // Not the main map's test id: the page has one map of that name.
      view.element.dataset['testid'] = 'core-inset-svg';
    }
  };
  sync();

  // The box's size is set by the layout (styles.css): a new size frames the core afresh.
  const resize = new ResizeObserver(() => {
    sync();
    fit();
  });
  resize.observe(body);
  resize.observe(mapEl);
  const unsubscribe = [
    store.subscribe((s) => s.camera, sync),
    store.subscribe((s) => s.lang, text),
  ];
  stacked.addEventListener('change', sync);
  return {
    destroy: () => {
      resize.disconnect();
      stacked.removeEventListener('change', sync);
      unsubscribe.forEach((u) => u());
      view?.destroy();
      box.remove();
      frame.remove();
    },
  };
}

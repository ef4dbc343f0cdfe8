/**
 * The SVG map: every registered layer (./layers/registry.ts) drawn by the browser's own vector
 * renderer, with pan, zoom, hover and click. It is on screen from the first paint (it takes the
 * build-time picture's framing) and stays the renderer where WebGL is software or missing: there a
 * filter change is a few attribute writes and a pan is one transform, where the live map pays tens
 * of ms a frame and seconds of shader compiles (README, Rendering).
 *
 * This module composes: the panes and layers (each layer's drawing in its folder, listed in
 * ./svg/layers.ts), the camera and its flights (below), input (./svg/input.ts) and picking
 * (./svg/pick.ts). Geometry is projected once into web-mercator units and moved by one transform;
 * screen layers (symbols, names) are laid out in pixels when the camera settles.
 */
import type { DataFiles } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import { t } from '../i18n/index.ts';
import { renderTooltip, tooltipFor } from '../panels/tooltip.ts';
import type { AppStore, Camera, ViewState } from '../state/store.ts';
import {
  fitCamera,
  interpolate,
  project,
  toWorld,
  zoomAbout,
  type Bounds,
  type FitOptions,
} from './camera.ts';
import { placeOf } from './hit.ts';
import { homeFraming } from './home.ts';
import { warmLabelRanks } from './label-placement.ts';
import { layerContext, type LayerContext } from './layers/context.ts';
import { coversKey, coversOf } from './layers/labels/covers.ts';
import { MAP_LAYERS, type MapLayerId } from './layers/types.ts';
import type { MapView } from './map-view.ts';
import type { PlacedBase } from './marks.ts';
import { BACKGROUND } from './style.ts';
import { bindInput } from './svg/input.ts';
import { SVG_LAYERS } from './svg/layers.ts';
import { pickAt } from './svg/pick.ts';
import { el, NS, U, type GroundDrawing, type Pane, type SvgScene } from './svg/scene.ts';

export interface SvgMapOptions {
  /** The camera to start at; else the districts framed as the first paint frames them. */
  camera?: Camera | null;
  /** Called after each frame the map draws (for the benchmark's latency figures). */
  onFrame?: () => void;
  /** A map of its own (a paper handout's): it never writes the app's camera. */
  detached?: boolean;
  /**
   * A fixed view (the 主城 inset): hover and click only — no drag, wheel, double-click or keys —
   * and no tab stop, as it has nothing for the keyboard to do.
   */
  fixed?: boolean;
  /**
   * Screen layers this map leaves out: the 主城 inset names the central districts and draws no
   * symbols over them (the main map beside it shows the bases and the user's projects).
   */
  omit?: readonly MapLayerId[];
  /** Only these places are named (the 主城 inset names its own; the main map beside it the rest). */
  names?: readonly string[];
}

type SvgLayerEl = { svg: SVGSVGElement; geo: SVGGElement };

/** The three stacked panes, each composited on its own (styles.css). */
function makePanes(root: HTMLElement, width: number, height: number): Record<Pane, SvgLayerEl> {
  const pane = (name: string): SvgLayerEl => {
    // Sized in pixels, not 100%: a percentage-sized <svg> is laid out again — and all its text
    // re-rastered — whenever anything on the page is (≈ 200 ms a filter change at national scale).
    const svg = el('svg', { class: `svg-layer svg-${name}`, width, height });
    const geo = el('g', { class: 'geo' });
    svg.append(geo);
    root.append(svg);
    return { svg, geo };
  };
  // A recolour of the districts re-rasters 38 polygons, not the names, arcs and outlines over them.
  const panes = { under: pane('under'), mid: pane('mid'), over: pane('over') };
  panes.under.svg.insertBefore(
    el('rect', { x: -1e5, y: -1e5, width: 2e5, height: 2e5, fill: BACKGROUND }),
    panes.under.geo,
  );
  return panes;
}

function makeRoot(): HTMLElement {
  const root = document.createElement('div');
  root.className = 'svg-map';
  root.dataset['testid'] = 'svg-map';
  root.tabIndex = 0;
  root.setAttribute('role', 'application');
  root.setAttribute('aria-roledescription', 'map');
  return root;
}

/** Mounts the SVG map in `host` (the #map element) and returns it as a MapView. */
export function mountSvgMap(
  host: HTMLElement,
  store: AppStore,
  data: DataFiles,
  atlas: Atlas,
  tooltip: HTMLElement,
  opts: SvgMapOptions = {},
): MapView & { element: HTMLElement } {
  const origin = toWorld([
    (atlas.bounds[0][0] + atlas.bounds[1][0]) / 2,
    (atlas.bounds[0][1] + atlas.bounds[1][1]) / 2,
  ]);
  let width = host.clientWidth || 800;
  let height = host.clientHeight || 600;
  const home = () => fitCamera(atlas.home, width, height, homeFraming(host));
  let cam: Camera = opts.camera ?? home();
  /** The camera the SVG content is transformed for (a flight moves the panes from it by CSS). */
  let drawnCam: Camera = cam;
  let inFlight = false;

  const root = makeRoot();
  const panes = makePanes(root, width, height);
  const marks = el('g', { class: 'marks' });
  panes.over.svg.append(marks);

  // —— Layers ——
  const laterSteps: (() => void)[] = [];
  const scene: SvgScene = {
    atlas,
    data,
    origin,
    group: (pane, cls, attrs = {}) => {
      const g = el('g', { class: cls, ...attrs });
      panes[pane].geo.append(g);
      return g;
    },
    later: (step) => laterSteps.push(step),
    arcs: new WeakMap(),
  };
  const names = opts.names ? new Set(opts.names) : undefined;
  const ground: GroundDrawing[] = [];
  const screenLayers: { id: MapLayerId; g: SVGGElement; key: string }[] = [];
  for (const id of MAP_LAYERS) {
    const layer = SVG_LAYERS[id];
    if (layer.space === 'ground') ground.push(layer.mount(scene));
    else if (!opts.omit?.includes(id)) {
      const g = el('g', { 'data-layer': id });
      marks.append(g);
      screenLayers.push({ id, g, key: '' });
    }
  }
  host.append(root);

  // —— State → picture ——
  let ctx: LayerContext = layerContext(store.getState(), data, atlas);
  let placedBases: (PlacedBase & { x: number; y: number })[] = [];
  /** Brings the picture in line with the state; `withMarks: false` leaves symbols and names. */
  const syncState = (withMarks = true) => {
    const s = store.getState();
    ctx = layerContext(s, data, atlas);
    for (const g of ground) g.sync(s, ctx);
    if (withMarks) layoutMarks(s);
    else frame();
  };

  // —— Screen layers: laid out for the camera the panes are drawn for ——
  let marksCam: Camera = cam;
  /**
   * Lays out the screen layers whose marks changed: what each depends on (its key), the camera and
   * the view's size. A filter that only recolours redraws three zone diamonds, not the names.
   */
  function layoutMarks(s: ViewState = store.getState(), only?: readonly MapLayerId[]): void {
    if (marksCam !== drawnCam) for (const l of screenLayers) l.key = '';
    marksCam = drawnCam;
    marks.removeAttribute('transform');
    // What covers the map (the briefing's card) is part of the frame: names keep clear of it.
    const covers = coversOf(host);
    const camKey = `${drawnCam.lng}|${drawnCam.lat}|${drawnCam.zoom}|${width}|${height}|${coversKey(covers)}`;
    const screen = (p: [number, number]) => project(drawnCam, width, height, p);
    for (const l of screenLayers) {
      if (only && !only.includes(l.id)) continue;
      const layer = SVG_LAYERS[l.id];
      if (layer.space !== 'screen') continue;
      const key = `${camKey}|${layer.key(s, ctx)}`;
      if (key === l.key) continue;
      l.key = key;
      const f = { screen, width, height, placedBases: [], covers, names };
      l.g.replaceChildren(...layer.draw(s, ctx, f));
      if (l.id === 'bases') placedBases = f.placedBases;
    }
    frame();
  }

  // —— Camera ——
  /**
   * A flight: the three panes — each its own compositing layer — move by a CSS transform from
   * `drawnCam`, so a frame is compositing only, at any number of shapes. When it lands,
   * `applyCamera` draws the true picture. Edges a zoom-out uncovers stay background until then.
   */
  const applyFlight = () => {
    const k = 2 ** cam.zoom;
    const [cx, cy] = toWorld([cam.lng, cam.lat]);
    const [dx, dy] = toWorld([drawnCam.lng, drawnCam.lat]);
    const sc = 2 ** (cam.zoom - drawnCam.zoom);
    const tx = width / 2 + (dx - cx) * k - (sc * width) / 2;
    const ty = height / 2 + (dy - cy) * k - (sc * height) / 2;
    for (const p of Object.values(panes))
      p.svg.style.transform = `matrix(${sc}, 0, 0, ${sc}, ${tx}, ${ty})`;
    // A resize mid-flight draws the picture (applyCamera, which ends `inFlight`) while the flight
    // goes on: say so again, or its landing leaves this transform on (the map stuck scaled).
    inFlight = true;
    frame();
  };
  const applyCamera = () => {
    drawnCam = cam;
    if (inFlight) {
      inFlight = false;
      for (const p of Object.values(panes)) p.svg.style.transform = '';
    }
    const k = 2 ** cam.zoom;
    const [cx, cy] = toWorld([cam.lng, cam.lat]);
    const a = k / U;
    const m = `matrix(${a} 0 0 ${a} ${(origin[0] - cx) * k + width / 2} ${(origin[1] - cy) * k + height / 2})`;
    for (const p of Object.values(panes)) p.geo.setAttribute('transform', m);
    // While the camera moves, the screen marks (laid out for `marksCam`) follow the ground by one
    // transform, and are laid out again at their true size when it settles (laying them out every
    // frame cost each frame of a flight ≈ 10–20 ms under software raster).
    const s = 2 ** (cam.zoom - marksCam.zoom);
    const [mx, my] = toWorld([marksCam.lng, marksCam.lat]);
    const tx = width / 2 + (mx - cx) * k;
    const ty = height / 2 + (my - cy) * k;
    marks.setAttribute(
      'transform',
      s === 1
        ? `translate(${tx - width / 2} ${ty - height / 2})`
        : `translate(${tx} ${ty}) scale(${s}) translate(${-width / 2} ${-height / 2})`,
    );
    frame();
  };
  let frameQueued = false;
  const frame = () => {
    if (frameQueued || !opts.onFrame) return;
    frameQueued = true;
    requestAnimationFrame(() => {
      frameQueued = false;
      opts.onFrame?.();
    });
  };

  let anim = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const settle = () => {
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    host.dataset['moving'] = 'true';
    settleTimer = setTimeout(() => {
      settleTimer = undefined;
      delete host.dataset['moving'];
      // Laid out again for where the camera came to rest (symbols off screen were left out).
      if (cam.zoom !== marksCam.zoom || cam.lng !== marksCam.lng || cam.lat !== marksCam.lat)
        layoutMarks();
      if (!opts.detached) store.getState().setCamera({ ...cam });
    }, 120);
  };
  const setCam = (next: Camera) => {
    cam = next;
    applyCamera();
    settle();
  };
  const reduced = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
  const jumpTo = (target: Camera, duration = 0) => {
    cancelAnimationFrame(anim);
    if (duration <= 0 || reduced()) {
      setCam(target);
      return;
    }
    const from = cam;
    const t0 = performance.now();
    // While a flight is under way the page says so (#map[data-moving]); `settle` clears it.
    host.dataset['moving'] = 'true';
    // A flight that interrupts a flight goes on moving by CSS from where the panes are drawn.
    if (!inFlight && cam !== drawnCam) applyCamera();
    inFlight = true;
    const step = (now: number) => {
      const u = Math.min(1, (now - t0) / duration);
      const e = u < 0.5 ? 2 * u * u : 1 - (-2 * u + 2) ** 2 / 2; // ease in-out
      cam = interpolate(from, target, e);
      if (u < 1) {
        applyFlight();
        anim = requestAnimationFrame(step);
      } else {
        applyCamera();
        settle();
      }
    };
    anim = requestAnimationFrame(step);
  };

  // —— Input and picking ——
  const pick = (client: [number, number], local: [number, number]) =>
    pickAt(root, placedBases, scene.arcs, client, local);
  if (opts.fixed) root.removeAttribute('tabindex');
  const unbind = bindInput(root, Boolean(opts.fixed), {
    camera: () => cam,
    size: () => ({ width, height }),
    home,
    set: (c) => setCam(c),
    fly: (c, ms) => jumpTo(c, ms),
    stop: () => cancelAnimationFrame(anim),
    click: (client, local) => store.getState().selectDistrict(placeOf(pick(client, local))),
    hover: (client, local) => {
      const hit = pick(client, local);
      renderTooltip(tooltip, hit ? tooltipFor(hit, store.getState(), ctx) : null, ...local);
      root.style.cursor = placeOf(hit) ? 'pointer' : '';
    },
    leave: () => (tooltip.hidden = true),
  });
  const label = () => root.setAttribute('aria-label', t(store.getState().lang, 'svgMapLabel'));
  label();

  const measure = () => {
    const w = host.clientWidth;
    const h = host.clientHeight;
    if (!w || !h || (w === width && h === height)) return;
    width = w;
    height = h;
    for (const p of Object.values(panes)) {
      p.svg.setAttribute('width', String(w));
      p.svg.setAttribute('height', String(h));
    }
    applyCamera();
    layoutMarks();
  };
  const resize = new ResizeObserver(measure);
  resize.observe(host);

  const unsubscribe = store.subscribe(
    (s) =>
      [
        s.industries,
        s.programmes,
        s.groups,
        s.layers,
        s.district,
        s.highlight,
        s.lang,
        // The user's list: its badges redraw when it is loaded, fixed or cleared.
        s.projects,
      ] as const,
    () => {
      syncState();
      label();
    },
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );

  applyCamera();
  syncState(false);
  // Then, a task each: the names' ranks (their shapes decode on first use), the symbols, the names,
  // then the context (provinces, Sichuan, outlines, arcs) in steps. The districts paint (and answer
  // clicks) first, and no task is long on a phone.
  const steps: (() => void)[] = [
    () => warmLabelRanks(store.getState(), ctx),
    () => layoutMarks(store.getState(), ['seats', 'zones', 'bases', 'badges']),
    () => layoutMarks(),
    ...laterSteps.splice(0),
    () => syncState(),
  ];
  let stepTimer = setTimeout(function next() {
    steps.shift()?.();
    if (steps.length) stepTimer = setTimeout(next, 0);
  }, 0);
  const finishSteps = () => {
    clearTimeout(stepTimer);
    while (steps.length) steps.shift()?.();
  };

  return {
    kind: 'svg',
    element: root,
    camera: () => ({ ...cam }),
    jumpTo,
    fitBounds: (b: Bounds, o: FitOptions = {}) => {
      measure();
      jumpTo(fitCamera(b, width, height, o), o.duration ?? 0);
    },
    resize: measure,
    zoomBy: (delta) => jumpTo(zoomAbout(cam, width, height, delta), 250),
    snapshot: async (scale) => {
      finishSteps();
      layoutMarks();
      return snapshotOf(Object.values(panes), width, height, scale);
    },
    destroy: () => {
      cancelAnimationFrame(anim);
      clearTimeout(stepTimer);
      if (settleTimer !== undefined) clearTimeout(settleTimer);
      resize.disconnect();
      unbind();
      unsubscribe();
      root.remove();
      tooltip.hidden = true;
    },
  };
}

/** The panes as one picture, in their order, at `scale`× (for PNG, print and handouts). */
async function snapshotOf(
  panes: readonly SvgLayerEl[],
  width: number,
  height: number,
  scale: number,
): Promise<HTMLCanvasElement> {
  const copy = el('svg', {
    xmlns: NS,
    width: Math.round(width * scale),
    height: Math.round(height * scale),
    viewBox: `0 0 ${width} ${height}`,
  });
  for (const p of panes) for (const c of p.svg.childNodes) copy.append(c.cloneNode(true));
  const url = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }),
  );
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const out = document.createElement('canvas');
    out.width = Math.round(width * scale);
    out.height = Math.round(height * scale);
    out.getContext('2d')?.drawImage(img, 0, 0, out.width, out.height);
    return out;
  } finally {
    URL.revokeObjectURL(url);
  }
}

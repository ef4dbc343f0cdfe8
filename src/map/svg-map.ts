/**
 * The SVG map: every registered layer (./layers/registry.ts) drawn by the browser's own vector
 * renderer, with pan, zoom, hover and click. It is on screen from the first paint (it takes the
 * build-time picture's framing) and stays the renderer where WebGL is software or missing: there a
 * filter change is a few attribute writes and a pan is one transform, where the live map pays tens
 * of ms a frame and seconds of shader compiles (docs/rendering.md).
 *
 * This module composes: the panes and layers (each layer's drawing in its folder, listed in
 * ./svg/layers.ts), the camera and its flights (below), input (./svg/input.ts) and picking
 * (./svg/pick.ts). Geometry is projected once into web-mercator units and moved by one transform;
 * screen layers (symbols, names) are laid out in pixels when the camera settles.
 */
import type { DataFiles } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import { t } from '../i18n/index.ts';
import { inSlices, type Slices, type Step } from '../lib/slices.ts';
import { renderTooltip, tooltipFor } from './tooltip.ts';
import type { AppStore, Camera, ViewState } from '../state/store.ts';
import { fitCamera, project, toWorld, zoomAbout, type Bounds, type FitOptions } from './camera.ts';
import { placeOf, type MapHit } from './hit.ts';
import { homeFraming } from './home.ts';
import { labelPlacerFor } from './label-client.ts';
import { labelGeometrySteps } from './label-geometry.ts';
import { labelWarmSteps } from './label-placement.ts';
import { layerContext, type LayerContext } from './layers/context.ts';
import { coversKey, watchCovers } from './layers/labels/covers.ts';
import { FIRST_PAINT_LAYERS, MAP_LAYERS, type MapLayerId } from './layers/types.ts';
import type { MapView } from './map-view.ts';
import type { PlacedBase } from './marks.ts';
import { BACKGROUND, PROVINCE_FILL } from './style.ts';
import { bindInput, type InputTarget } from './svg/input.ts';
import { cameraMotion, type Motion } from './svg/motion.ts';
import { makeUnitPathAhead } from './layers/choropleth/svg.ts';
import { SVG_LAYERS } from './svg/layers.ts';
import { slicedLayout } from './svg/sliced-layout.ts';
import { pickAt } from './svg/pick.ts';
import { el, NS, type GroundDrawing, type Pane, type SvgScene } from './svg/scene.ts';

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
function makePanes(
  root: HTMLElement,
  width: number,
  height: number,
): { panes: Record<Pane, SvgLayerEl>; backdrop: SVGRectElement } {
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
  // Until the context is drawn (mountLayers), what lies round Chongqing is the provinces' fill,
  // as round the build-time picture: the picture gives way to a map that looks the same, and the
  // provinces' borders then come in over it. After, the background beyond them.
  const backdrop = el('rect', { x: -1e5, y: -1e5, width: 2e5, height: 2e5, fill: PROVINCE_FILL });
  panes.under.svg.insertBefore(backdrop, panes.under.geo);
  return { panes, backdrop };
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
): SvgMapView {
  const origin = originOf(atlas);
  let width = host.clientWidth || 800;
  let height = host.clientHeight || 600;
  const size = () => ({ width, height });
  const home = () => fitCamera(atlas.home, width, height, homeFraming(host));
  // Framed before the map is put in the page: the framing reads the window's size, which after
  // the append made the browser lay out the new map inside the mount (≈ 9 ms of its task at 4×).
  const start = opts.camera ?? home();

  const root = makeRoot();
  const { panes, backdrop } = makePanes(root, width, height);
  const marks = el('g', { class: 'marks' });
  panes.over.svg.append(marks);

  // —— Layers ——
  const { scene, firstSteps, laterSteps, ground, screenLayers } = mountLayers(
    panes,
    backdrop,
    marks,
    atlas,
    data,
    origin,
    opts.omit,
  );
  const names = opts.names ? new Set(opts.names) : undefined;
  // The names of a map people use are placed in the label worker (label-client.ts); a detached
  // map's (a handout, the 主城 inset, a briefing chapter's or the siting view's picture), which
  // is drawn whole at once, on the page.
  const placer = opts.detached ? undefined : labelPlacerFor(atlas);
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
  /**
   * Lays out the screen layers whose marks changed: what each depends on (its key), the camera and
   * the view's size. A filter that only recolours redraws three zone diamonds, not the names.
   */
  function layoutMarks(s: ViewState = store.getState(), only?: readonly MapLayerId[]): void {
    const drawnCam = motion.drawn();
    if (motion.marks() !== drawnCam) for (const l of screenLayers) l.key = '';
    motion.setMarks(drawnCam);
    marks.removeAttribute('transform');
    // What covers the map (the briefing's card) is part of the frame: names keep clear of it.
    const covers = coverWatch.boxes();
    const camKey = `${drawnCam.lng}|${drawnCam.lat}|${drawnCam.zoom}|${width}|${height}|${coversKey(covers)}`;
    const screen = (p: [number, number]) => project(drawnCam, width, height, p);
    for (const l of screenLayers) {
      if (only && !only.includes(l.id)) continue;
      const layer = SVG_LAYERS[l.id];
      if (layer.space !== 'screen') continue;
      const still = Boolean(opts.detached);
      const key = `${camKey}|${layer.key(s, ctx, still)}`;
      if (key === l.key) continue;
      const f = { screen, width, height, placedBases: [], covers, names, still, placer };
      // A layout in slices keeps the last picture meanwhile: only when that was laid out for
      // this camera (or there is none yet); a name left where the camera used to put it would
      // sit on the wrong place.
      if (layer.drawing && (!l.g.firstChild || l.key.startsWith(`${camKey}|`)))
        later.start(l, key, layer.drawing(s, ctx, f));
      else {
        if (later.layer() === l) later.cancel();
        // At once: placed on the page (a worker's answer would come too late for this).
        l.g.replaceChildren(...layer.draw(s, ctx, { ...f, placer: undefined }));
      }
      l.key = key;
      if (l.id === 'bases') placedBases = f.placedBases;
    }
    frame();
  }

  // —— Camera (./svg/motion.ts) ——
  const frame = frameNotifier(opts.onFrame);
  const later = slicedLayout(host, frame);
  // What covers the map (the briefing's card, the inset), read again only when it may have moved.
  const coverWatch = watchCovers(host, () => layoutMarks());
  const motion = cameraMotion({
    panes: Object.values(panes),
    marks,
    host,
    origin,
    size,
    start,
    frame,
    settled: (cam) => {
      // Laid out again for where the camera came to rest (symbols off screen were left out).
      const m = motion.marks();
      if (cam.zoom !== m.zoom || cam.lng !== m.lng || cam.lat !== m.lat) layoutMarks();
      if (!opts.detached) store.getState().setCamera({ ...cam });
    },
  });
  const jumpTo = motion.jumpTo;

  // —— Input and picking ——
  const pick = (client: [number, number], local: [number, number]) =>
    pickAt(root, placedBases, scene.arcs, client, local);
  if (opts.fixed) root.removeAttribute('tabindex');
  const unbind = bindInput(root, Boolean(opts.fixed), {
    camera: () => motion.camera(),
    size,
    home,
    set: (c) => motion.set(c),
    fly: (c, ms) => jumpTo(c, ms),
    stop: () => motion.stop(),
    ...pointerTarget(root, store, tooltip, pick, () => ctx),
  });
  const label = () => root.setAttribute('aria-label', t(store.getState().lang, 'svgMapLabel'));
  label();

  const measure = () => {
    const w = host.clientWidth;
    const h = host.clientHeight;
    if (!w || !h || (w === width && h === height)) return;
    width = w;
    height = h;
    for (const p of Object.values(panes))
      for (const [k, v] of [
        ['width', w],
        ['height', h],
      ] as const)
        p.svg.setAttribute(k, String(v));
    motion.apply();
    layoutMarks();
  };
  const resize = new ResizeObserver(measure);
  resize.observe(host);

  const unsubscribe = followStore(store, () => {
    syncState();
    label();
  });

  motion.apply();
  syncState(false);
  // Then, in slices of a few ms (src/lib/slices.ts): what the picture showed besides the districts
  // (partners, rivers), the names' ranks (their shapes decode on first use), the symbols, the
  // names, then the context (provinces, Sichuan, outlines, arcs). The districts paint (and answer
  // clicks) first, and no task is long on a phone.
  // What the build-time picture showed is on the page (or never will be: taken down first).
  let resolveShown!: () => void;
  const shown = new Promise<void>((r) => (resolveShown = r));
  const steps = inSlices([
    ...firstSteps,
    () => resolveShown(),
    ...labelWarmSteps(store.getState, () => ctx, placer),
    () => layoutMarks(store.getState(), ['seats', 'zones', 'bases', 'badges']),
    () => layoutMarks(),
    ...laterSteps,
    () => syncState(),
  ]);

  // Every layer drawn: the steps above run, then the names' layout they started.
  const complete = steps.done.then(() => later.idle());
  // With the worker placing the first names, the page's own label geometry (for names placed at
  // once: after a camera move, in a snapshot, or if the worker fails) is made afterwards, when
  // the browser is idle, in slices — not left for the first move to make in one task. Its
  // costliest part, the points searched for room in each unit, the worker sends when it has made
  // them (on a phone ≈ 450 ms at 4× of the page's work after the first paint, searched again).
  let warm: Slices | null = null;
  let destroyed = false;
  if (placer)
    void Promise.all([complete, placer.warmed]).then(() =>
      whenIdle(() => {
        if (!destroyed) warm = inSlices(labelGeometrySteps(atlas));
      }),
    );

  const view = viewOf(root, motion, size, measure, {
    complete,
    snapshot: async (scale) => {
      steps.finish();
      layoutMarks();
      later.finish();
      return snapshotOf(Object.values(panes), width, height, scale);
    },
    destroy: () => {
      destroyed = true;
      resolveShown();
      warm?.cancel();
      motion.destroy();
      steps.cancel();
      later.stop();
      coverWatch.stop();
      resize.disconnect();
      unbind();
      unsubscribe();
      root.remove();
      tooltip.hidden = true;
    },
  });
  return { ...view, shown };
}

/**
 * The SVG map, and when the layers the build-time picture showed besides the districts (the
 * partners, the rivers: `FIRST_PAINT_LAYERS`) are on the page — the picture gives way then
 * (map-controller.ts), not before: the map would lose its rivers for a few frames.
 */
export type SvgMapView = MapView & { element: HTMLElement; shown: Promise<void> };

/** The SVG map as a MapView: the camera moves every renderer answers, through its motion. */
function viewOf(
  root: HTMLElement,
  motion: Motion,
  size: () => { width: number; height: number },
  measure: () => void,
  own: Pick<MapView, 'snapshot' | 'destroy' | 'complete'>,
): MapView & { element: HTMLElement } {
  return {
    kind: 'svg',
    element: root,
    camera: () => ({ ...motion.camera() }),
    jumpTo: motion.jumpTo,
    fitBounds: (b: Bounds, o: FitOptions = {}) => {
      measure();
      const { width, height } = size();
      motion.jumpTo(fitCamera(b, width, height, o), o.duration ?? 0);
    },
    resize: measure,
    zoomBy: (delta) => {
      const { width, height } = size();
      motion.jumpTo(zoomAbout(motion.camera(), width, height, delta), 250);
    },
    ...own,
  };
}

/**
 * What the map's mount would do first, done in slices of their own ahead of it (start-up), so
 * that the task which puts the map on screen is not a long one on a phone's CPU (4× throttled,
 * `bench/probes/tasks.ts`: one task of 100–180 ms before, 2026-12-05): the districts' paths (their
 * data written and read by the browser), a district a unit, then the page's style and layout that the home framing reads (≈ 25 ms, the
 * first since the picture) and the filter's derived values (≈ 20). Each later read in the mount
 * finds them done (home.ts and layers/context.ts remember them).
 */
export function prepareSvgMap(
  host: HTMLElement,
  store: AppStore,
  data: DataFiles,
  atlas: Atlas,
): Step[] {
  const origin = originOf(atlas);
  return [
    function* paths() {
      for (const u of atlas.units) {
        makeUnitPathAhead(u, origin);
        yield;
      }
    },
    () => void host.clientWidth,
    () => homeFraming(host),
    () => layerContext(store.getState(), data, atlas),
  ];
}

/** The map-unit origin: the middle of the atlas's extent. */
function originOf(atlas: Atlas): [number, number] {
  return toWorld([
    (atlas.bounds[0][0] + atlas.bounds[1][0]) / 2,
    (atlas.bounds[0][1] + atlas.bounds[1][1]) / 2,
  ]);
}

/** What a click, a hover and leaving do: select the place under it, its tooltip, none. */
function pointerTarget(
  root: HTMLElement,
  store: AppStore,
  tooltip: HTMLElement,
  pick: (client: [number, number], local: [number, number]) => MapHit | null,
  ctx: () => LayerContext,
): Pick<InputTarget, 'click' | 'hover' | 'leave'> {
  return {
    click: (client, local) => store.getState().selectDistrict(placeOf(pick(client, local))),
    hover: (client, local) => {
      const hit = pick(client, local);
      renderTooltip(tooltip, hit ? tooltipFor(hit, store.getState(), ctx()) : null, ...local);
      root.style.cursor = placeOf(hit) ? 'pointer' : '';
    },
    leave: () => (tooltip.hidden = true),
  };
}

/** Follows what the picture depends on in the store (one shallow comparison). */
function followStore(store: AppStore, onChange: () => void): () => void {
  return store.subscribe(
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
    onChange,
    { equalityFn: (a, b) => a.every((x, i) => x === b[i]) },
  );
}

/** Each registered layer's SVG drawing mounted: ground layers in their panes, screen layers' groups. */
function mountLayers(
  panes: Record<Pane, SvgLayerEl>,
  backdrop: SVGRectElement,
  marks: SVGGElement,
  atlas: Atlas,
  data: DataFiles,
  origin: [number, number],
  omit: readonly MapLayerId[] = [],
) {
  // Each ground layer that draws after the first paint (`later`) draws off the page: its groups
  // wait in their places (a comment stands in each) and go in with the others of its batch after
  // the batch's last step — the layers the picture showed, then the rest. Each step that added to
  // a pane on the page made the browser restyle, lay out and repaint it (≈ 20 frames of the map at
  // start-up, Sichuan alone 16); put in together, the browser's rendering work after the first
  // paint on a phone's CPU fell from ≈ 365 to ≈ 195 ms (4×, bench/probes/tasks.ts, three loads of
  // each build interleaved, 2026-12-05).
  type Batch = { groups: [Comment, SVGGElement][]; steps: Step[] };
  let mounting: Batch = { groups: [], steps: [] };
  let mounted = false;
  const first: Batch[] = [];
  const rest: Batch[] = [];
  const scene: SvgScene = {
    atlas,
    data,
    origin,
    group: (pane, cls, attrs = {}) => {
      const g = el('g', { class: cls, ...attrs });
      if (mounted) {
        panes[pane].geo.append(g);
        return g;
      }
      const spot = document.createComment(cls);
      panes[pane].geo.append(spot);
      mounting.groups.push([spot, g]);
      return g;
    },
    later: (step) => mounting.steps.push(step),
    arcs: new WeakMap(),
  };
  const ground: GroundDrawing[] = [];
  const screenLayers: { id: MapLayerId; g: SVGGElement; key: string }[] = [];
  for (const id of MAP_LAYERS) {
    const layer = SVG_LAYERS[id];
    if (layer.space === 'ground') {
      mounting = { groups: [], steps: [] };
      ground.push(layer.mount(scene));
      if (mounting.steps.length) (FIRST_PAINT_LAYERS.includes(id) ? first : rest).push(mounting);
      else for (const [spot, g] of mounting.groups) spot.replaceWith(g);
    } else if (!omit.includes(id)) {
      const g = el('g', { 'data-layer': id });
      marks.append(g);
      screenLayers.push({ id, g, key: '' });
    }
  }
  mounted = true;
  /** The layers' steps, then all their groups put in together (one restyle and repaint). */
  const stepsOf = (batches: Batch[], after = () => {}) => [
    ...batches.flatMap((b) => b.steps),
    () => {
      for (const b of batches) for (const [spot, g] of b.groups) spot.replaceWith(g);
      after();
    },
  ];
  // What the build-time picture showed besides the districts (the partners, the rivers) first,
  // before the names: it is back on screen soon after the picture gives way.
  const firstSteps = stepsOf(first);
  // Until the rest of the context is in, the map lies on the provinces' fill (as the picture does).
  const laterSteps = stepsOf(rest, () => backdrop.setAttribute('fill', BACKGROUND));
  return { scene, firstSteps, laterSteps, ground, screenLayers };
}

/** Calls `onFrame` once after the next frame however many changes ask (the bench's latency). */
function frameNotifier(onFrame?: () => void): () => void {
  let queued = false;
  return () => {
    if (queued || !onFrame) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      onFrame();
    });
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

/** Calls `fn` when the browser is idle (within 2 s), or soon where it cannot say. */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
}

/**
 * The map: maplibre on the embedded offline style (or an online basemap when one is configured and
 * reachable), deck.gl layers on top through MapLibreOverlay, one camera for both.
 */
import { homeFraming } from './home.ts';
import { Map as MapLibreMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { PickingInfo } from '@deck.gl/core';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import './maplibre-min.css';
import type { FeatureCollection } from 'geojson';
import type { Atlas } from '../geo/atlas.ts';
import { embeddedStyle } from './style.ts';
import { addBaseLayers } from './base-layers.ts';
import type { DataFiles } from '../data/types.ts';

setWorkerUrl(workerUrl);

/** How long an online basemap may take before the embedded style is used. */
export const BASEMAP_TIMEOUT_MS = 4000;

export interface MapHandle {
  map: MapLibreMap;
  overlay: MapLibreOverlay;
  /** Resolves once the first frame with our layers is drawn. */
  ready: Promise<void>;
  /**
   * A copy of deck.gl's canvas taken right after its next frame (its drawing buffer is not kept
   * between frames, so it must be read then): for exported images and prints.
   */
  nextOverlayFrame(): Promise<HTMLCanvasElement>;
}

export interface MapOptions {
  container: HTMLElement;
  atlas: Atlas;
  data: DataFiles;
  /** A style URL for an online basemap (WGS-84 web-mercator tiles); empty for the embedded one. */
  basemapUrl: string;
  /** The online basemap could not be used, and why; `origin` is the style's host. */
  onBasemapFailed: (why: BasemapFailure, origin: string) => void;
  onHover: (info: PickingInfo) => void;
  onClick: (info: PickingInfo) => void;
  /** Called after every frame deck.gl draws. */
  onAfterRender?: () => void;
}

/** True where the browser can give us a WebGL context at all. */
export function hasWebGL(): boolean {
  try {
    const c = document.createElement('canvas');
    return Boolean(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

function collection(features: FeatureCollection['features']): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

/** Why an online basemap could not be used. */
export type BasemapFailure = 'policy' | 'unreachable';

/**
 * The online style, or why not: the page's Content-Security-Policy refused the request (a
 * `securitypolicyviolation` for its URL — the host is missing from connect-src), or the network
 * did not answer in time or answered with an error. Both look the same to `fetch`.
 */
async function onlineStyle(
  url: string,
): Promise<{ style: StyleSpecification } | { failure: BasemapFailure }> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), BASEMAP_TIMEOUT_MS);
  let blocked = false;
  const onViolation = (e: SecurityPolicyViolationEvent) => {
    if (e.blockedURI && url.startsWith(e.blockedURI.replace(/\/$/, ''))) blocked = true;
  };
  document.addEventListener('securitypolicyviolation', onViolation);
  try {
    const res = await fetch(url, { signal: ctl.signal });
    if (!res.ok) return { failure: 'unreachable' };
    return { style: (await res.json()) as StyleSpecification };
  } catch {
    // The violation event is queued as the request is refused: let it arrive.
    await new Promise((r) => setTimeout(r, 0));
    return { failure: blocked ? 'policy' : 'unreachable' };
  } finally {
    clearTimeout(timer);
    document.removeEventListener('securitypolicyviolation', onViolation);
  }
}

/** Creates the map. Throws if WebGL is unavailable (the caller shows a message). */
export async function createMap(opts: MapOptions): Promise<MapHandle> {
  const { atlas } = opts;
  // maplibre starts its workers out of sight: a worker file that does not arrive only shows as an
  // uncaught error and a map that never draws. Ask for it first (the service worker or the HTTP
  // cache answers), so a missing worker fails this start with its reason — and the SVG map stays.
  if (!workerUrl.startsWith('data:')) {
    const res = await fetch(workerUrl).catch(() => null);
    if (!res?.ok)
      throw new Error(`the map worker (${workerUrl}) did not load: ${res?.status ?? 'network'}`);
  }
  const local = embeddedStyle({
    provinces: collection(atlas.provinces),
    sichuan: collection(atlas.sichuan),
  });
  let style: StyleSpecification = local;
  if (opts.basemapUrl) {
    const online = await onlineStyle(opts.basemapUrl);
    if ('style' in online) style = online.style;
    else opts.onBasemapFailed(online.failure, new URL(opts.basemapUrl, location.href).origin);
  }

  const map = new MapLibreMap({
    container: opts.container,
    style,
    bounds: atlas.home,
    fitBoundsOptions: homeFraming(opts.container),
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    maxZoom: 12,
    minZoom: 4,
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
    // Room for a 4× export of a large screen (the default caps the canvas at 4096 px).
    maxCanvasSize: [8192, 8192],
  });
  map.touchZoomRotate.disableRotation();

  // Overlaid (not interleaved): our labels are deck layers, so fills already sit under them, and
  // an overlaid update costs ≈ 11 ms against ≈ 27 ms interleaved (../shared/perf-floor.md).
  const waiting: ((c: HTMLCanvasElement) => void)[] = [];
  const copyOverlay = () => {
    const src = overlay.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = src?.width ?? 1;
    copy.height = src?.height ?? 1;
    if (src) copy.getContext('2d')?.drawImage(src, 0, 0);
    for (const w of waiting.splice(0)) w(copy);
  };
  const overlay = new MapLibreOverlay({
    interleaved: false,
    layers: [],
    onHover: opts.onHover,
    onClick: opts.onClick,
    onAfterRender: () => {
      // maplibre's canvas is the map keyboard users focus (arrows pan, +/- zoom); deck's canvas
      // over it is picture only (deck has made it by its first frame).
      const canvas = overlay.getCanvas();
      if (canvas && !canvas.hasAttribute('aria-hidden')) {
        canvas.tabIndex = -1;
        canvas.setAttribute('aria-hidden', 'true');
      }
      opts.onAfterRender?.();
      if (waiting.length) copyOverlay();
    },
    getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
    useDevicePixels: true,
    // WebGL's default is MSAA on; like the map's canvas, software WebGL pays for it on every frame.
    deviceProps: { webgl: { antialias: false, preserveDrawingBuffer: false } },
  });

  const ready = new Promise<void>((resolve, reject) => {
    map.once('error', (e) =>
      reject(e.error instanceof Error ? e.error : new Error(String(e.error))),
    );
    map.once('load', () => {
      addBaseLayers(map, atlas, opts.data);
      map.addControl(overlay);
      map.once('idle', () => resolve());
    });
  });
  const nextOverlayFrame = () =>
    new Promise<HTMLCanvasElement>((resolve) => {
      waiting.push(resolve);
      // deck.gl redraws only when something changed; a forced redraw is not in the overlay's
      // public API (deck.redraw(reason) is), so reach for its deck, and repaint the map too.
      const deck = (overlay as unknown as { _deck?: { redraw(reason?: string): void } })._deck;
      deck?.redraw('capture');
      map.triggerRepaint();
    });
  return { map, overlay, ready, nextOverlayFrame };
}

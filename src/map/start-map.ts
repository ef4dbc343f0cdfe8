/**
 * Starts the live map (maplibre + deck.gl) and links it to the store. Its own chunk: loaded after
 * the first view is on screen, and on phones only when asked for (the light map stands in).
 */
import type { PickingInfo } from '@deck.gl/core';
import type { DataFiles, PlaceRecord } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import { t } from '../i18n/index.ts';
import type { MapView } from './map-view.ts';
import { renderTooltip, tooltipFor } from './tooltip.ts';
import type { AppStore, Camera } from '../state/store.ts';
import { FILL_LAYER } from './layers/choropleth/live.ts';
import { createMap, hasWebGL, type MapHandle } from './create-map.ts';
import { idleWithin } from './idle.ts';
import { layerContext, type LayerContext } from './layers/context.ts';
import { linkOverlay } from './overlay.ts';
import { placeOf, type MapHit } from './hit.ts';
import { BASES_LAYER } from './layers/bases/live.ts';
import { ARCS_LAYER } from './layers/arcs/live.ts';
import { ZONES_LAYER } from './layers/zones/live.ts';
import type { CoopArc, PlacedBase } from './marks.ts';

const $ = (sel: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el;
};

/** The live map as a MapView, with its maplibre/deck handle. */
export interface LiveMapView extends MapView {
  handle: MapHandle;
}

/**
 * Starts the live map under whatever is on screen (the SVG map covers it until it is complete),
 * at `camera`. Throws where WebGL is unavailable or maplibre fails.
 */
export async function startMap(
  store: AppStore,
  atlas: Atlas,
  DATA: DataFiles,
  basemapUrl: string,
  camera: Camera,
  onFrame: (() => void) | undefined,
): Promise<LiveMapView> {
  const container = $('#map');
  const tooltip = $('#tooltip');
  if (!hasWebGL()) throw new Error('WebGL unavailable');
  let ctx: () => LayerContext = () => layerContext(store.getState(), DATA, atlas);
  let mapRef: MapHandle['map'] | null = null;
  // deck.gl picks its own layers (bases, zones, arcs) and says which by the layer; districts and
  // partners are maplibre's. This is the one place a renderer's layer ids are read: everything
  // after works on the typed hit.
  const hitOf = (info: PickingInfo): MapHit | null => {
    const o = info.object as unknown;
    if (o && info.layer?.id === BASES_LAYER) return { kind: 'base', base: o as PlacedBase };
    if (o && info.layer?.id === ARCS_LAYER) return { kind: 'arc', arc: o as CoopArc };
    if (o && info.layer?.id === ZONES_LAYER) return { kind: 'place', id: (o as PlaceRecord).id };
    if (o || !mapRef) return null;
    const id: unknown = mapRef.queryRenderedFeatures([info.x, info.y], {
      layers: [FILL_LAYER, 'partner-fill'],
    })[0]?.properties['id'];
    return typeof id === 'string' ? { kind: 'place', id } : null;
  };
  const handle = await createMap({
    container,
    atlas,
    data: DATA,
    basemapUrl,
    onBasemapFailed: (why, origin) =>
      store.getState().notify({
        id: 'basemap',
        kind: why === 'policy' ? 'error' : 'info',
        text: t(store.getState().lang, why === 'policy' ? 'basemapBlocked' : 'basemapUnavailable', {
          origin,
        }),
      }),
    onHover: (info) => {
      const hit = hitOf(info);
      renderTooltip(tooltip, hit && tooltipFor(hit, store.getState(), ctx()), info.x, info.y);
      container.style.cursor = placeOf(hit) ? 'pointer' : '';
    },
    onAfterRender: onFrame,
    onClick: (info) => store.getState().selectDistrict(placeOf(hitOf(info))),
  });
  mapRef = handle.map;
  const { map } = handle;
  map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
  map.on('movestart', () => (container.dataset['moving'] = 'true'));
  map.on('moveend', () => {
    delete container.dataset['moving'];
    const c = map.getCenter();
    const s = store.getState();
    const next = { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
    if (
      !s.camera ||
      Math.abs(s.camera.lng - next.lng) +
        Math.abs(s.camera.lat - next.lat) +
        Math.abs(s.camera.zoom - next.zoom) >
        1e-4
    ) {
      s.setCamera(next);
    }
  });
  await new Promise<void>((r) => (map.loaded() ? r() : map.once('load', () => r())));
  const link = linkOverlay(handle, store, DATA, atlas);
  ctx = link.context;
  await handle.ready;
  return {
    kind: 'webgl',
    handle,
    complete: link.complete,
    camera: () => {
      const c = map.getCenter();
      return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
    },
    jumpTo: (c, duration = 0) =>
      duration > 0
        ? map.easeTo({ center: [c.lng, c.lat], zoom: c.zoom, duration, essential: false })
        : map.jumpTo({ center: [c.lng, c.lat], zoom: c.zoom }),
    fitBounds: (b, o = {}) =>
      map.fitBounds(b, {
        ...(o.padding !== undefined ? { padding: o.padding } : {}),
        ...(o.maxZoom !== undefined ? { maxZoom: o.maxZoom } : {}),
        duration: o.duration ?? 0,
        essential: false,
      }),
    zoomBy: (delta) => map.zoomTo(map.getZoom() + delta, { duration: 250 }),
    snapshot: (scale) => snapshotLive(handle, scale),
    resize: () => map.resize(),
    destroy: () => {
      link.unlink();
      map.remove();
    },
  };
}

/** The live map re-rendered at `scale`× its CSS pixels: maplibre's canvas with deck's over it. */
async function snapshotLive(handle: MapHandle, scale: number): Promise<HTMLCanvasElement> {
  const { map, overlay } = handle;
  const container = map.getContainer();
  const before = map.getPixelRatio();
  try {
    map.setPixelRatio(scale);
    overlay.setProps({ useDevicePixels: scale });
    map.triggerRepaint();
    await idleWithin(map, 8000);
    const deckCanvas = await handle.nextOverlayFrame();
    const out = document.createElement('canvas');
    out.width = Math.round(container.clientWidth * scale);
    out.height = Math.round(container.clientHeight * scale);
    const ctx = out.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(map.getCanvas(), 0, 0, out.width, out.height);
    ctx.drawImage(deckCanvas, 0, 0, out.width, out.height);
    return out;
  } finally {
    map.setPixelRatio(before);
    overlay.setProps({ useDevicePixels: true });
  }
}

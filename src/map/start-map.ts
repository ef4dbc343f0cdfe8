/**
 * Starts the live map (maplibre + deck.gl) and links it to the store. Its own chunk: loaded after
 * the first view is on screen, and on phones only when asked for (the light map stands in).
 */
import type { PickingInfo } from '@deck.gl/core';
import type { DataFiles } from '../data/types.ts';
import type { Atlas } from '../geo/atlas.ts';
import { t } from '../i18n/index.ts';
import { renderTooltip, tooltipFor } from '../panels/tooltip.ts';
import type { AppStore } from '../state/store.ts';
import { FILL_LAYER } from './base-layers.ts';
import { createMap, hasWebGL, type MapHandle } from './create-map.ts';
import { layerContext, type LayerContext } from './layers/context.ts';
import { linkOverlay } from './overlay.ts';

const $ = (sel: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el;
};

/** When deck.gl drew each frame (ms since navigation): read by end-to-end tests and the bench. */
const w = window as unknown as { __frames?: number[] };
const frames = (w.__frames ??= []);

export async function startMap(
  store: AppStore,
  atlas: Atlas,
  DATA: DataFiles,
  basemapUrl: string,
): Promise<MapHandle | null> {
  const container = $('#map');
  const tooltip = $('#tooltip');
  if (!hasWebGL()) {
    store
      .getState()
      .notify({ id: 'no-webgl', kind: 'error', text: t(store.getState().lang, 'mapUnavailable') });
    container.classList.add('unavailable');
    return null;
  }
  let ctx: () => LayerContext = () => layerContext(store.getState(), DATA, atlas);
  let mapRef: MapHandle['map'] | null = null;
  // deck.gl picks its own layers (bases, zones, arcs); districts and partners are maplibre's.
  const pickPlace = (info: PickingInfo): PickingInfo => {
    if (info.object || !mapRef) return info;
    const hit = mapRef.queryRenderedFeatures([info.x, info.y], {
      layers: [FILL_LAYER, 'partner-fill'],
    })[0];
    if (!hit) return info;
    const layerId = hit.layer.id === FILL_LAYER ? 'district-fill' : 'coop-partners';
    return {
      ...info,
      layer: { id: layerId } as PickingInfo['layer'],
      object: { properties: hit.properties },
    };
  };
  const handle = await createMap({
    container,
    atlas,
    data: DATA,
    basemapUrl,
    onBasemapFailed: () =>
      store.getState().notify({
        id: 'basemap',
        kind: 'info',
        text: t(store.getState().lang, 'basemapUnavailable'),
      }),
    onHover: (raw) => {
      const info = pickPlace(raw);
      renderTooltip(tooltip, tooltipFor(info, store.getState(), ctx()), info.x, info.y);
      container.style.cursor = info.object ? 'pointer' : '';
    },
    onAfterRender: () => frames.push(performance.now()),
    onClick: (raw) => {
      const info = pickPlace(raw);
      const o = info.object as
        { properties?: { id?: string }; id?: string; base?: { place: string } } | undefined;
      const id =
        o?.base?.place ??
        o?.properties?.id ??
        (info.layer?.id === 'zone-markers' ? o?.id : undefined);
      store.getState().selectDistrict(id ?? null);
    },
  });
  mapRef = handle.map;
  const { map } = handle;
  // For end-to-end tests and the benchmark: the live map.
  (window as unknown as { __map?: unknown; __overlay?: unknown }).__map = map;
  (window as unknown as { __overlay?: unknown }).__overlay = handle.overlay;
  const cam = store.getState().camera;
  if (cam) map.jumpTo({ center: [cam.lng, cam.lat], zoom: cam.zoom });
  map.on('moveend', () => {
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
  await handle.ready.catch(() => undefined);
  container.dataset['ready'] = 'true';
  container.dataset['readyAt'] = String(Math.round(performance.now()));
  $('#map-loading').hidden = true;
  void link.complete.then(() => {
    container.dataset['complete'] = 'true';
    container.dataset['completeAt'] = String(Math.round(performance.now()));
  });
  return handle;
}

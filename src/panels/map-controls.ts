/**
 * The map's own controls, the same on both renderers: zoom in / out, "whole city" and "fit to
 * selection" (top right; the keyboard has +, − and 0 on the map too),
 * a scale bar and an "about this map" button (bottom left; the renderer and its switch are in
 * that panel, not on the map).
 */
import type { Atlas } from '../geo/atlas.ts';
import { t } from '../i18n/index.ts';
import { metresPerPixel } from '../map/camera.ts';
import type { MapController } from '../map/map-controller.ts';
import type { AppStore } from '../state/store.ts';
import { h } from './dom.ts';
import { mountAbout } from './about.ts';
import { framePlaces } from '../map/frame-places.ts';
import { matchingPlaces } from '../state/selectors.ts';
import type { DataFiles } from '../data/types.ts';
import { shallow } from 'zustand/vanilla/shallow';

/** A round distance (1, 2 or 5 × 10ⁿ m) and its width for a bar at most `maxPx` wide. */
export function scaleBar(mPerPx: number, maxPx = 100): { metres: number; px: number } {
  const max = mPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((f) => f * pow).find((m) => m <= max) ?? pow;
  return { metres, px: metres / mPerPx };
}

export function mountMapControls(
  wrap: HTMLElement,
  store: AppStore,
  map: MapController,
  atlas: Atlas,
  data: DataFiles,
): void {
  const button = (key: string, on: () => void) =>
    h('button', {
      type: 'button',
      class: `map-nav-${key}`,
      'data-testid': `zoom-${key}`,
      onclick: on,
    });
  const zin = button('in', () => store.getState().moveCamera({ kind: 'zoom', delta: 1 }));
  const zout = button('out', () => store.getState().moveCamera({ kind: 'zoom', delta: -1 }));
  const home = button('home', () => {
    store.getState().selectDistrict(null);
    framePlaces(store, atlas, []);
  });
  // Fit to selection: the selected place, else what the filters leave (disabled when neither).
  const selection = (): string[] => {
    const s = store.getState();
    if (s.district) return [s.district];
    const filtered = s.industries.length + s.programmes.length + s.groups.length > 0;
    return filtered ? matchingPlaces(s, data).map((m) => m.place.id) : [];
  };
  const fit = button('fit', () => {
    const ids = selection();
    if (ids.length) framePlaces(store, atlas, ids);
  });
  const nav = h('div', { class: 'map-nav', role: 'group' }, zin, zout, home, fit);
  const bar = h('span', { class: 'scale-bar-line' });
  const barText = h('span', { class: 'scale-bar-text' });
  const scale = h(
    'div',
    { class: 'scale-bar', 'data-testid': 'scale-bar', 'aria-hidden': 'true' },
    bar,
    barText,
  );
  // Bottom left: the scale, and beside it the "about" button (sources, renderer and its switch).
  const foot = h('div', { class: 'map-foot' }, scale);
  wrap.append(nav, foot);
  mountAbout(foot, store, map);

  const label = () => {
    const { lang } = store.getState();
    nav.setAttribute('aria-label', t(lang, 'mapNav'));
    zin.textContent = '+';
    zin.title = t(lang, 'zoomIn');
    zin.setAttribute('aria-label', t(lang, 'zoomIn'));
    zout.textContent = '−';
    zout.title = t(lang, 'zoomOut');
    zout.setAttribute('aria-label', t(lang, 'zoomOut'));
    home.textContent = t(lang, 'zoomHome');
    home.title = t(lang, 'zoomHomeLabel');
    fit.textContent = t(lang, 'zoomFit');
    fit.title = t(lang, 'zoomFitLabel');
    fit.disabled = selection().length === 0;
  };
  const rescale = () => {
    const c = store.getState().camera ?? map.view().camera();
    const { metres, px } = scaleBar(metresPerPixel(c.lat, c.zoom));
    bar.style.width = `${Math.round(px)}px`;
    barText.textContent = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  };
  label();
  rescale();
  map.onChange(() => {
    label();
    rescale();
  });
  store.subscribe(
    (s) => [s.lang, s.district, s.industries, s.programmes, s.groups] as const,
    label,
    { equalityFn: shallow },
  );
  store.subscribe((s) => s.camera, rescale);
}

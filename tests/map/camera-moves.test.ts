/**
 * The camera's one writer: moves asked of the store, and the map's rule for staying put.
 */
import { describe, expect, it } from 'vitest';
import { fitCamera, type Bounds } from '../../src/map/camera.ts';
import { framedAlready } from '../../src/map/frame-places.ts';
import { createAppStore, type CameraMove } from '../../src/state/store.ts';

const CITY: Bounds = [
  [105.3, 28.2],
  [110.2, 32.2],
];
const DISTRICT: Bounds = [
  [107.2, 29.5],
  [107.6, 29.9],
];
const fit = (bounds: Bounds, unless?: 'framed' | 'home'): Extract<CameraMove, { kind: 'fit' }> => ({
  kind: 'fit',
  bounds,
  padding: 40,
  maxZoom: 8.5,
  duration: 700,
  ...(unless ? { unless } : {}),
});

describe('camera moves', () => {
  it('are numbered, so that asking the same move twice moves twice', () => {
    const store = createAppStore();
    const seen: number[] = [];
    store.subscribe(
      (s) => s.cameraMove,
      (m) => m && seen.push(m.seq),
    );
    const m: CameraMove = { kind: 'zoom', delta: 1 };
    store.getState().moveCamera(m);
    store.getState().moveCamera(m);
    expect(seen).toEqual([1, 2]);
    expect(store.getState().cameraMove).toEqual({ kind: 'zoom', delta: 1, seq: 2 });
  });

  it('stay put when the places are in view at about their zoom, and move otherwise', () => {
    const [w, h] = [1000, 700];
    const at = fitCamera(DISTRICT, w, h, { padding: 40, maxZoom: 8.5 });
    expect(framedAlready(fit(DISTRICT, 'framed'), at, w, h)).toBe(true);
    // Without the rule, always a move.
    expect(framedAlready(fit(DISTRICT), at, w, h)).toBe(false);
    // From the whole city (far out), the district is in view but far too small: move.
    const city = fitCamera(CITY, w, h, { padding: 40, maxZoom: 9 });
    expect(framedAlready(fit(DISTRICT, 'framed'), city, w, h)).toBe(false);
    // Panned away so the district is off screen: move.
    expect(framedAlready(fit(DISTRICT, 'framed'), { ...at, lng: at.lng + 3 }, w, h)).toBe(false);
  });

  it('go home unless the camera is the home framing already', () => {
    const [w, h] = [1000, 700];
    const home = fitCamera(CITY, w, h, { padding: 40, maxZoom: 8.5 });
    expect(framedAlready(fit(CITY, 'home'), home, w, h)).toBe(true);
    // A few pixels off the home centre still counts as home; a hundred does not.
    expect(framedAlready(fit(CITY, 'home'), { ...home, lng: home.lng + 0.2 }, w, h)).toBe(false);
    expect(framedAlready(fit(CITY, 'home'), { ...home, zoom: home.zoom + 0.3 }, w, h)).toBe(false);
  });
});

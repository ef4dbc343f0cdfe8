/**
 * The camera's shapes, at the bottom of the layers: the store keeps a camera, the map moves to it,
 * and the export and the briefing frame with it.
 */

/** Centre and zoom, in maplibre's terms (512-px world at zoom 0). */
export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export type LngLat = [number, number];
/** [[west, south], [east, north]] */
export type Bounds = [LngLat, LngLat];

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FitOptions {
  padding?: number | Padding;
  maxZoom?: number;
  /** Animation length in ms; 0 jumps. */
  duration?: number;
}

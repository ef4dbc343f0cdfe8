/**
 * What the rest of the app asks of a map, whichever renderer draws it: the SVG map (on screen from
 * the first paint, and the renderer of choice where WebGL is software or missing) or the live
 * maplibre + deck.gl map. The tour, the export, the navigation buttons and search only see this.
 */
import type { Bounds, Camera, FitOptions } from '../types/camera.ts';
import type { RendererKind } from '../types/renderer.ts';

export type { RendererKind };

export interface MapView {
  readonly kind: RendererKind;
  /** The camera now (maplibre terms: centre and zoom of 512-px tiles). */
  camera(): Camera;
  /** Moves the camera; animated when `duration` > 0. */
  jumpTo(c: Camera, duration?: number): void;
  fitBounds(bounds: Bounds, opts?: FitOptions): void;
  /** Zooms by `delta` levels about the centre, animated. */
  zoomBy(delta: number): void;
  /** The map picture (no decoration) at `scale`× the viewport's CSS pixels. */
  snapshot(scale: number): Promise<HTMLCanvasElement>;
  /** Re-reads the container's size (after a layout change such as the panels folding away). */
  resize(): void;
  /** Removes the renderer's elements and listeners. */
  destroy(): void;
  /**
   * Resolves once every layer is drawn: the SVG map is on screen with its districts first and
   * draws the context and the names in tasks after; the live map stages its layers. Never, for a
   * view destroyed before then.
   */
  readonly complete: Promise<void>;
}

/** Why a renderer was chosen: shown quietly on the map and in `#map[data-renderer-reason]`. */
export type RendererReason =
  | 'forced'
  | 'software-webgl'
  | 'no-webgl'
  | 'phone'
  | 'live-map-late'
  | 'live-map-failed'
  | 'hardware-webgl'
  /** The SVG map is up; the machine's WebGL is being looked at (a moment after the start). */
  | 'checking';

export interface RendererChoice {
  kind: RendererKind;
  reason: RendererReason;
  /** The WebGL renderer string, where the browser tells it. */
  gpu: string;
}

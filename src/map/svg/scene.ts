/**
 * What an SVG layer draws with: the map's panes and path helpers. Ground layers (polygons, lines)
 * are drawn once in map units and moved by one transform; screen layers (symbols, names) are laid
 * out in pixels each time the camera settles. Each layer's drawing lives in its folder
 * (src/map/layers/<id>/svg.ts) and is listed in ./layers.ts.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { DataFiles } from '../../data/types.ts';
import type { Atlas } from '../../geo/atlas.ts';
import type { Pause, Step } from '../../lib/slices.ts';
import type { ViewState } from '../../state/store.ts';
import { toWorld, worldX, worldY } from '../camera.ts';
import type { LayerContext } from '../layers/context.ts';
import { LABEL_FONT, type CoopArc, type PlacedBase } from '../marks.ts';
import type { Box, LabelPlacer } from '../label-placement.ts';
import type { LineSign } from '../layers/types.ts';

export const NS = 'http://www.w3.org/2000/svg';
/**
 * Units per zoom-0 world unit: 1 unit is a tenth of a CSS pixel at zoom 10. Path data is written
 * in whole units — integers convert to text several times faster than `toFixed(1)`, and building
 * the districts' paths is most of the map's start-up.
 */
export const U = 10240;

export type Attrs = Record<string, string | number>;
export function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** A line's stroke as presentation attributes, as maplibre draws it (dashes in line widths). */
export const stroke = (l: LineSign, colour = l.colour) => ({
  fill: 'none',
  stroke: colour,
  'stroke-width': l.width,
  'stroke-opacity': l.opacity,
  'stroke-linejoin': 'round',
  'vector-effect': 'non-scaling-stroke',
  ...(l.dash ? { 'stroke-dasharray': l.dash.map((d) => d * l.width).join(' ') } : {}),
});

/**
 * Names on the map (places, rivers, 主城, brands): the label font, centred, on a white halo that
 * keeps them legible over any fill; they never take a click (the unit under them does).
 */
export const NAME_TEXT: Attrs = {
  'font-family': LABEL_FONT,
  'font-weight': 600,
  'text-anchor': 'middle',
  stroke: '#ffffff',
  'stroke-width': 3,
  'stroke-opacity': 0.9,
  'stroke-linejoin': 'round',
  'paint-order': 'stroke',
  'pointer-events': 'none',
};

/** A path in map units: its stroke stays in CSS pixels whatever the zoom. */
export const geoPath = (d: string, attrs: Attrs = {}) =>
  el('path', { d, 'vector-effect': 'non-scaling-stroke', ...attrs });

/** Sets an attribute only when it changes: any write invalidates its layer's raster. */
export const put = (e: Element, name: string, value: string) => {
  if (e.getAttribute(name) !== value) e.setAttribute(name, value);
};
export const show = (e: Element, on: boolean) => put(e, 'display', on ? 'inline' : 'none');

export type Pane = 'under' | 'mid' | 'over';

export interface SvgScene {
  atlas: Atlas;
  data: DataFiles;
  /** The map-unit origin paths are written from. */
  origin: [number, number];
  /** A group in a pane (under: context; mid: districts; over: lines and outlines). */
  group(pane: Pane, cls: string, attrs?: Attrs): SVGGElement;
  /**
   * Work to do after the first paint, in the start-up slices (src/lib/slices.ts; decoding Sichuan
   * is long on a phone; a generator it returns pauses at each yield). A layer
   * that has any draws its groups off the page: they go in with the rest of the context, in one
   * step after the last (one restyle and repaint of the panes, not one a step).
   */
  later(step: Step): void;
  /** The 川渝 arc each arc path draws (for picking and tooltips). */
  arcs: WeakMap<Element, CoopArc>;
}

/**
 * Path data of a polygon in map units. No array per point (the districts' tens of thousands of
 * points are written in the task that first shows them, where the garbage cost a collection).
 */
export function pathOf(geometry: Polygon | MultiPolygon, origin: [number, number]): string {
  const hit = written.get(geometry);
  if (hit && hit.x === origin[0] && hit.y === origin[1]) return hit.d;
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let d = '';
  for (const rings of polys)
    for (const ring of rings) {
      let lx = NaN;
      let ly = NaN;
      let n = 0;
      for (const p of ring) {
        const X = Math.round((worldX(p[0]!) - origin[0]) * U);
        const Y = Math.round((worldY(p[1]!) - origin[1]) * U);
        if (X === lx && Y === ly) continue;
        d += (n++ ? 'L' : 'M') + X + ' ' + Y;
        lx = X;
        ly = Y;
      }
      d += 'Z';
    }
  written.set(geometry, { x: origin[0], y: origin[1], d });
  return d;
}

/**
 * Each shape's path data as last written (shapes do not change once decoded): the districts' are
 * written, and their elements made, in start-up slices ahead of the map's mount (prepareSvgMap,
 * makeUnitPathAhead), which then takes the elements.
 */
const written = new WeakMap<object, { x: number; y: number; d: string }>();

/** Polylines as path data in map units, as `pathOf` (open, not closed). */
export function linesPath(lines: readonly Position[][], origin: [number, number]): string {
  let d = '';
  for (const line of lines)
    for (let i = 0; i < line.length; i++) {
      const p = line[i]!;
      d +=
        (i ? 'L' : 'M') +
        Math.round((worldX(p[0]!) - origin[0]) * U) +
        ' ' +
        Math.round((worldY(p[1]!) - origin[1]) * U);
    }
  return d;
}

/** A point in map units. */
export function unitsOf(p: [number, number], origin: [number, number]): [number, number] {
  const [x, y] = toWorld(p);
  return [(x - origin[0]) * U, (y - origin[1]) * U];
}

/** A ground layer once mounted: brings its picture in line with the state. */
export interface GroundDrawing {
  sync(state: ViewState, ctx: LayerContext): void;
}

/** Where screen layers draw: the projection of the camera the marks are laid out for. */
export interface ScreenFrame {
  screen(lngLat: [number, number]): [number, number];
  width: number;
  height: number;
  /** Bases placed this frame, for picking (the bases layer fills it). */
  placedBases: (PlacedBase & { x: number; y: number })[];
  /** What covers part of the map (the briefing's card), in its pixels: no name goes under it. */
  covers: readonly Box[];
  /** Only these places are named (the 主城 inset's own); all when absent. */
  names?: ReadonlySet<string>;
  /** A picture no one filters further (a handout's map). */
  still: boolean;
  /** Where names are placed off the page's thread (the live map's label worker), if anywhere. */
  placer?: LabelPlacer;
}

export type SvgLayer =
  | { space: 'ground'; mount(scene: SvgScene): GroundDrawing }
  | {
      space: 'screen';
      /** What its marks depend on besides the camera and view size ('' : nothing else). */
      key(state: ViewState, ctx: LayerContext, still: boolean): string;
      draw(state: ViewState, ctx: LayerContext, frame: ScreenFrame): SVGElement[];
      /**
       * `draw`, pausing between steps, for a layer whose layout is long (the names: ≈ 150 ms on
       * a phone): the map runs it a slice at a time when it may keep the last picture meanwhile.
       */
      drawing?(
        state: ViewState,
        ctx: LayerContext,
        frame: ScreenFrame,
      ): Generator<Pause, SVGElement[]>;
    };

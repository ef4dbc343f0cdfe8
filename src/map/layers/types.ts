/**
 * The map's layers as one registry (./registry.ts): each layer has a folder holding its
 * renderer-free part (index.ts: what it is and its legend entry), its SVG drawing (svg.ts) and its
 * live-map drawing (live.ts: deck.gl or maplibre). Both renderers, the on-screen legend, the
 * export and the briefing read the same registry, so a layer drawn by one renderer and not the
 * other, or listed in the legend and not drawn, fails a test (tests/map/registry.test.ts) — and,
 * through the `Record<MapLayerId, …>` tables, the type check.
 */
import type { ProgrammeId } from '../../data/types.ts';
import type { Verdict, ViewState } from '../../state/store.ts';
import type { LayerContext } from './context.ts';

/** Every layer the map draws, bottom to top. */
export const MAP_LAYERS = [
  'neighbours',
  'partners',
  'choropleth',
  'rivers',
  'core',
  'frameworks',
  'regions',
  'arcs',
  'selection',
  'seats',
  'zones',
  'bases',
  'badges',
  'labels',
  'brands',
] as const;
export type MapLayerId = (typeof MAP_LAYERS)[number];

/**
 * The layers the build-time picture draws as the map does (src/pipeline/first-paint-svg.ts):
 * the SVG map draws these first after the districts, so that what the picture showed is back on
 * screen soon after the picture gives way.
 */
export const FIRST_PAINT_LAYERS: readonly MapLayerId[] = ['choropleth', 'partners', 'rivers'];

/** A line as the map draws it (colour, width in CSS pixels, opacity, dashes in line widths). */
export interface LineSign {
  colour: string;
  width: number;
  opacity: number;
  dash?: readonly number[];
}

/** How a legend entry draws its key: each kind drawn alike by the page (DOM) and the export (canvas). */
export type Sign =
  | { kind: 'fill'; colour: string; opacity?: number }
  | { kind: 'outline'; line: LineSign }
  | { kind: 'river'; line: LineSign; casing: string }
  | { kind: 'arc'; colour: string; width: number; opacity: number }
  | { kind: 'programme'; programme: ProgrammeId }
  | { kind: 'seat' }
  | { kind: 'zone' }
  | { kind: 'badge'; verdict: Verdict }
  | { kind: 'badge-count' }
  | { kind: 'text'; colour: string; sample: string };

export interface LegendEntry {
  sign: Sign;
  label: string;
  /**
   * Shown only while the 主城 inset is: its frame on the main map. The inset belongs to the view
   * (the screen's size, the camera), not to the state, so the page shows this entry by CSS when
   * the inset is on screen, and a handout lists it when it draws an inset.
   */
  when?: 'inset';
}

/** One layer's part of the legend: a heading and its entries (sections with one heading merge). */
export interface LegendSection {
  layer: MapLayerId;
  heading: string;
  entries: LegendEntry[];
  /** A sentence under the entries (what a subject leaves out). */
  note?: string;
}

/** The renderer-free part of a layer. */
export interface LayerSpec {
  id: MapLayerId;
  /** Whether the layer draws anything in this state (a layer the user switched off draws nothing). */
  drawn(state: ViewState, ctx: LayerContext): boolean;
  /**
   * Its legend entries in this state; `null` for a layer the legend does not explain, with the
   * reason at the layer (names explain themselves; the selection is the panel's subject).
   */
  legend: ((state: ViewState, ctx: LayerContext) => LegendSection) | null;
}

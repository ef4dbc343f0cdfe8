/**
 * Colours and the embedded maplibre style: no tile server, no glyphs, no sprites — only the
 * boundaries this app ships. Labels are deck.gl text layers drawn with the page's own fonts, so
 * Chinese renders offline.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { schemeYlGnBu } from 'd3-scale-chromatic';
import { scaleOrdinal } from 'd3-scale';
import type { FeatureCollection } from 'geojson';
import type { GroupId, ProgrammeId } from '../data/types.ts';

export type RGBA = [number, number, number, number];

export function hexToRgba(hex: string, alpha = 255): RGBA {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

// source: Okabe & Ito (2008), "Color Universal Design" — a palette safe for colour-blind viewers.
const OKABE_ITO = {
  orange: '#E69F00',
  sky: '#56B4E9',
  green: '#009E73',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  yellow: '#F0E442',
} as const;

export const PROGRAMME_COLOURS: Record<ProgrammeId, string> = {
  'feature-base': OKABE_ITO.orange,
  'eco-fusion': OKABE_ITO.green,
  'chuanyu-coop': OKABE_ITO.blue,
  'two-plus-n': OKABE_ITO.purple,
  'national-demo': OKABE_ITO.vermillion,
};

export const GROUP_COLOURS = scaleOrdinal<GroupId, string>()
  .domain(['central', 'new-area', 'northeast', 'southeast'])
  .range([OKABE_ITO.vermillion, OKABE_ITO.orange, OKABE_ITO.green, OKABE_ITO.purple]);

export const NEUTRAL_FILL: RGBA = [233, 236, 239, 255];
// Partners take a hue outside YlGnBu so they never read as an industry count.
export const PARTNER_FILL: RGBA = hexToRgba('#B9A6D6', 170);
export const PARTNER_CSS = '#B9A6D6';
export const ARC_COLOUR: RGBA = hexToRgba(OKABE_ITO.blue, 230);
export const SELECTED_LINE: RGBA = [20, 20, 20, 255];

/** The map's background (water-and-haze grey-blue) and the neighbouring provinces. */
export const BACKGROUND = '#dfe7ec';
export const PROVINCE_FILL = '#f4f3ef';

/**
 * Every line the map draws, read by both renderers (maplibre paint, SVG strokes): colour, width in
 * CSS pixels, opacity and dashes.
 */
export const LINES = {
  province: { colour: '#b9b4a8', width: 1.2, opacity: 1, dash: [3, 2] },
  sichuan: { colour: '#cfcabd', width: 0.8, opacity: 1 },
  district: { colour: '#ffffff', width: 1, opacity: 1 },
  partner: { colour: '#ffffff', width: 1, opacity: 1 },
  framework: { colour: OKABE_ITO.blue, width: 2, opacity: 0.85 },
  group: { colour: '', width: 3, opacity: 1 },
  belt: { colour: OKABE_ITO.vermillion, width: 4, opacity: 1 },
  beltPartial: { colour: OKABE_ITO.vermillion, width: 1.5, opacity: 0.9 },
  highlightHalo: { colour: '#ffffff', width: 7, opacity: 0.9 },
  highlight: { colour: OKABE_ITO.orange, width: 4, opacity: 1 },
  selected: { colour: '#141414', width: 3, opacity: 1 },
} as const satisfies Record<
  string,
  { colour: string; width: number; opacity: number; dash?: readonly number[] }
>;

/** Partner fill opacity: a city is pale so the counties it holds read through. */
export const PARTNER_OPACITY = { city: 0.35, county: 0.7 } as const;

/** The CSS colour of an RGBA. */
export function css([r, g, b]: RGBA): string {
  return `rgb(${r},${g},${b})`;
}

/**
 * The sequential colour for "listed for n of the selected sub-industries", n ≥ 1: YlGnBu (a
 * colour-blind-safe ColorBrewer scheme) with one class per count.
 */
export function industryColours(max: number): string[] {
  const k = Math.max(3, Math.min(9, max));
  const scheme = schemeYlGnBu[k] ?? schemeYlGnBu[9] ?? [];
  // With fewer counts than classes, skip the palest classes so 1 is still visible on grey.
  return scheme.slice(scheme.length - Math.max(1, Math.min(max, 9)));
}

export function industryColour(count: number, max: number): RGBA {
  if (count <= 0) return NEUTRAL_FILL;
  const colours = industryColours(max);
  const i = Math.min(
    colours.length - 1,
    Math.round(((count - 1) / Math.max(1, max - 1)) * (colours.length - 1)),
  );
  return hexToRgba(colours[i] ?? '#888888', 235);
}

/** The offline style: background, neighbouring provinces, Sichuan (our data layers are added on load). */
export function embeddedStyle(ctx: {
  provinces: FeatureCollection;
  sichuan: FeatureCollection;
}): StyleSpecification {
  return {
    version: 8,
    name: 'embedded-offline',
    sources: {
      provinces: { type: 'geojson', data: ctx.provinces },
      sichuan: { type: 'geojson', data: ctx.sichuan },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': BACKGROUND } },
      {
        id: 'provinces-fill',
        type: 'fill',
        source: 'provinces',
        paint: { 'fill-color': PROVINCE_FILL },
      },
      {
        id: 'provinces-line',
        type: 'line',
        source: 'provinces',
        paint: {
          'line-color': LINES.province.colour,
          'line-width': LINES.province.width,
          'line-dasharray': [...LINES.province.dash],
        },
      },
      {
        id: 'sichuan-line',
        type: 'line',
        source: 'sichuan',
        paint: { 'line-color': LINES.sichuan.colour, 'line-width': LINES.sichuan.width },
      },
    ],
  };
}

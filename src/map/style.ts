/**
 * Colours and the embedded maplibre style: no tile server, no glyphs, no sprites — only the
 * boundaries this app ships. Labels are deck.gl text layers drawn with the page's own fonts, so
 * Chinese renders offline.
 */
import type { StyleSpecification } from 'maplibre-gl';
import { schemeYlGnBu } from 'd3-scale-chromatic';
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

/**
 * 一区两群's four groups. A typed record, not d3's ordinal scale: four fixed pairs need no scale
 * (an ordinal scale would also give an unknown id the next colour in silence), and d3-scale's
 * module was ≈ 20 ms of a phone-speed CPU's start-up (4× throttled) for this one use; it now loads
 * only with the targets view's axes.
 */
export const GROUP_COLOURS: Readonly<Record<GroupId, string>> = {
  central: OKABE_ITO.vermillion,
  'new-area': OKABE_ITO.orange,
  northeast: OKABE_ITO.green,
  southeast: OKABE_ITO.purple,
};

export const NEUTRAL_FILL: RGBA = [212, 217, 222, 255];
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
  // Dashed: a solid blue line over the map reads as a river (seen in a first-use test).
  framework: { colour: OKABE_ITO.blue, width: 2, opacity: 0.85, dash: [3, 1.5] },
  // Rivers: pale blue with a white casing, the usual cartographic sign; the casing keeps the line
  // visible on the choropleth's dark blue classes, the pale tone keeps it from reading as one.
  riverCasing: { colour: '#ffffff', width: 4.5, opacity: 0.85 },
  river: { colour: '#6aaed6', width: 2.2, opacity: 1 },
  /** 主城 (the central urban districts): a thin dark outline round them, always drawn. */
  core: { colour: '#3b3b3b', width: 1.6, opacity: 0.9, dash: [1, 1.5] },
  group: { colour: '', width: 3, opacity: 1 },
  // The belts are dark and dashed: the groups' hues (中心城区 is vermillion) stay theirs alone.
  belt: { colour: '#33302e', width: 4, opacity: 0.9, dash: [2, 1] },
  beltPartial: { colour: '#33302e', width: 1.5, opacity: 0.9, dash: [3, 2] },
  highlightHalo: { colour: '#ffffff', width: 7, opacity: 0.9 },
  highlight: { colour: OKABE_ITO.orange, width: 4, opacity: 1 },
  selected: { colour: '#141414', width: 3, opacity: 1 },
  /** The 主城 inset's ground, framed on the main map (styles.css .core-inset-frame draws the same). */
  insetFrame: { colour: '#5b6770', width: 1.5, opacity: 1 },
} as const satisfies Record<
  string,
  { colour: string; width: number; opacity: number; dash?: readonly number[] }
>;

/**
 * The user's projects by plan fit (src/import/fit.ts): dark, saturated tones outside the
 * choropleth's YlGnBu and the programmes' Okabe–Ito hues, so a project badge never reads as a base
 * or a count; "none" is grey, as nothing in the plans.
 */
export const VERDICT_COLOURS = {
  planned: '#1b7837',
  supported: '#5e3c99',
  elsewhere: '#8c510a',
  // named by the plans but placed in no district (src/import/fit.ts): a magenta apart from the rest
  priority: '#c51b7d',
  none: '#525252',
} as const satisfies Record<'planned' | 'supported' | 'elsewhere' | 'priority' | 'none', string>;

/** Regional brand names under their place's name: a brown apart from every fill and symbol. */
export const BRAND_COLOUR = 'rgb(110,55,0)';

/** River names: a darker tone of the river's blue, italic as map convention has water names. */
export const RIVER_LABEL = '#2b6c9e';

/** Radius in pixels of a district seat's ring. */
export const SEAT_PX = 2.2;

/** Partner fill opacity: a city is pale so the counties it holds read through. */
export const PARTNER_OPACITY = { city: 0.35, county: 0.7 } as const;

/** The CSS colour of an RGBA. */
export function css([r, g, b]: RGBA): string {
  return `rgb(${r},${g},${b})`;
}

/** At most this many choropleth classes: past seven, neighbouring YlGnBu steps blur together. */
export const MAX_CLASSES = 7;

/** One class of the choropleth: the counts `from`…`to` it covers and its colour. */
export interface ChoroplethClass {
  from: number;
  to: number;
  colour: string;
}

/**
 * The classes of "listed for n of the selected sub-industries", n ≥ 1, for counts up to `max`:
 * one class per count up to MAX_CLASSES, equal ranges of counts beyond. Colours are YlGnBu (a
 * colour-blind-safe ColorBrewer scheme) with as many steps as classes (at least three, dropping
 * the palest so that 1 still stands out from the grey of "not listed"): every class its own
 * colour. Every renderer, the legend and the export read these.
 */
export function choroplethClasses(max: number): ChoroplethClass[] {
  const m = Math.max(1, Math.floor(max));
  const k = Math.min(m, MAX_CLASSES);
  const scheme = schemeYlGnBu[Math.max(3, k)] ?? [];
  const colours = scheme.slice(scheme.length - k);
  const out: ChoroplethClass[] = [];
  for (let i = 0; i < k; i++) {
    // Counts 1…m split into k runs as even as whole numbers allow.
    const from = Math.floor((i * m) / k) + 1;
    const to = Math.floor(((i + 1) * m) / k);
    out.push({ from, to, colour: colours[i] ?? '#888888' });
  }
  return out;
}

export function industryColour(count: number, max: number): RGBA {
  if (count <= 0) return NEUTRAL_FILL;
  const classes = choroplethClasses(max);
  const c = classes.find((x) => count <= x.to) ?? classes[classes.length - 1];
  return hexToRgba(c?.colour ?? '#888888', 235);
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

/** Small inline symbols for the legend and panels, drawn as the map draws them. */
import type { ProgrammeId } from '../data/types.ts';
import { drawSymbol, zonePath } from '../map/layers/icons.ts';
import { ARC_COLOUR, css, LINES, SEAT_PX } from '../map/style.ts';

/** Each symbol drawn once, as a PNG data URL: panels re-render often, canvases are costly. */
const drawn = new Map<string, string>();

function symbolUrl(p: ProgrammeId, size: number): string {
  const key = `${p}@${size}`;
  let url = drawn.get(key);
  if (url === undefined) {
    const c = document.createElement('canvas');
    c.width = c.height = size * 2;
    const ctx = c.getContext('2d');
    if (ctx) drawSymbol(ctx, p, size * 2);
    // jsdom has no canvas: an empty URL leaves a blank (still decorative) image.
    url = ctx ? c.toDataURL('image/png') : '';
    drawn.set(key, url);
  }
  return url;
}

/** A programme's marker symbol, 16 px (decorative: the text beside it names it). */
export function programmeSymbol(p: ProgrammeId, size = 16): HTMLImageElement {
  const img = document.createElement('img');
  const url = symbolUrl(p, size);
  if (url) img.src = url;
  img.width = img.height = size;
  img.className = 'symbol';
  img.alt = '';
  img.setAttribute('aria-hidden', 'true');
  img.setAttribute('data-programme-symbol', p);
  return img;
}

/** A colour swatch: filled, or an outline (thick or thin) as the map draws outlines. */
export function swatch(
  colour: string,
  style: 'fill' | 'outline' | 'outline-thin' = 'fill',
  /** Dashed, as the map dashes the belts. */
  dashed = false,
): HTMLElement {
  const s = document.createElement('span');
  s.className = `${style === 'fill' ? 'swatch' : `swatch ${style}`}${dashed ? ' dashed' : ''}`;
  s.style.setProperty('--swatch', colour);
  s.setAttribute('aria-hidden', 'true');
  return s;
}

const svgEl = (tag: string, attrs: Record<string, string | number>): SVGElement => {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
};

/** What the base map draws besides the layers: each with its legend symbol. */
export type MapSign = 'river' | 'core' | 'seat' | 'zone' | 'arc' | 'framework';

/**
 * A 22×14 symbol for a line, outline or point sign, drawn with the same colours, widths and
 * dashes as the map (src/map/style.ts): presentation attributes only (the CSP forbids styles).
 */
export function signSymbol(sign: MapSign): SVGSVGElement {
  const svg = svgEl('svg', {
    width: 22,
    height: 14,
    viewBox: '0 0 22 14',
    class: 'sign',
    'aria-hidden': 'true',
  }) as SVGSVGElement;
  const line = (
    d: string,
    l: { colour: string; width: number; opacity: number; dash?: readonly number[] },
  ) =>
    svgEl('path', {
      d,
      fill: 'none',
      stroke: l.colour,
      'stroke-width': l.width,
      'stroke-opacity': l.opacity,
      'stroke-linecap': 'round',
      ...(l.dash ? { 'stroke-dasharray': l.dash.map((v) => v * l.width).join(' ') } : {}),
    });
  const wave = 'M1 9C6 3 10 11 15 6S20 5 21 4';
  if (sign === 'river') svg.append(line(wave, LINES.riverCasing), line(wave, LINES.river));
  else if (sign === 'core') svg.append(line('M2 2H20V12H2Z', LINES.core));
  else if (sign === 'framework') svg.append(line('M2 2H20V12H2Z', LINES.framework));
  else if (sign === 'arc')
    svg.append(line('M2 12Q11 -2 20 10', { colour: css(ARC_COLOUR), width: 2, opacity: 1 }));
  else if (sign === 'seat')
    svg.append(
      svgEl('circle', {
        cx: 11,
        cy: 7,
        r: SEAT_PX + 0.6,
        fill: '#fff',
        stroke: '#3b3b3b',
        'stroke-width': 1.2,
      }),
    );
  else
    svg.append(
      svgEl('path', { d: zonePath(11, 7, 6.4), fill: '#141414' }),
      svgEl('path', { d: zonePath(11, 7, 4.6), fill: '#ffffff' }),
    );
  return svg;
}

/** Small inline symbols for the legend and panels, drawn as the map draws them. */
import type { ProgrammeId } from '../data/types.ts';
import {
  PROGRAMME_SHAPES,
  SYMBOL_STROKE,
  SYMBOL_STROKE_COLOUR,
  symbolPath,
  zonePath,
} from '../map/layers/icons.ts';
import type { LineSign, Sign } from '../map/layers/types.ts';
import { PROGRAMME_COLOURS, SEAT_PX, VERDICT_COLOURS } from '../map/style.ts';

const svgEl = (tag: string, attrs: Record<string, string | number>): SVGElement => {
  const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
};

/**
 * A programme's marker symbol, 16 px (decorative: the text beside it names it): the path the map
 * draws (symbolPath, with drawSymbol's colours and stroke), inline — sharp at any pixel ratio.
 * Not an image: a canvas's PNG encoding was ≈ 70 ms of a phone-speed CPU (4× throttled) in the
 * filters' first render, and an <img> of an SVG data URL is a document of its own to the browser
 * (≈ 70–125 ms of its native work in that task for the five symbols; inline, none —
 * bench/probes/tasks.ts, 2026-12-05).
 */
export function programmeSymbol(p: ProgrammeId, size = 16): SVGSVGElement {
  const svg = svgEl('svg', {
    width: size,
    height: size,
    viewBox: `0 0 ${size} ${size}`,
    class: 'symbol',
    'aria-hidden': 'true',
    'data-programme-symbol': p,
  }) as SVGSVGElement;
  svg.append(
    svgEl('path', {
      d: symbolPath(PROGRAMME_SHAPES[p], size / 2, size / 2, size),
      fill: PROGRAMME_COLOURS[p],
      stroke: SYMBOL_STROKE_COLOUR,
      'stroke-width': size * SYMBOL_STROKE,
    }),
  );
  return svg;
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

/**
 * A legend entry's key (src/map/layers/types.ts `Sign`), 22×14, drawn with the same colours,
 * widths and dashes as the map (src/map/style.ts): presentation attributes only (the CSP forbids
 * style attributes). The export draws the same signs on its canvas (src/export/signs.ts).
 */
export function signElement(sign: Sign): Element {
  if (sign.kind === 'programme') return programmeSymbol(sign.programme);
  if (sign.kind === 'text') {
    const span = document.createElement('span');
    span.className = 'sign-text';
    span.style.setProperty('--sign-colour', sign.colour);
    span.textContent = sign.sample;
    span.setAttribute('aria-hidden', 'true');
    return span;
  }
  const svg = svgEl('svg', {
    width: 22,
    height: 14,
    viewBox: '0 0 22 14',
    class: 'sign',
    'aria-hidden': 'true',
    'data-sign': sign.kind,
  }) as SVGSVGElement;
  const line = (d: string, l: LineSign) =>
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
  switch (sign.kind) {
    case 'fill':
      svg.append(
        svgEl('rect', {
          x: 2,
          y: 1,
          width: 18,
          height: 12,
          fill: sign.colour,
          'fill-opacity': sign.opacity ?? 1,
          stroke: '#ffffff',
        }),
      );
      break;
    case 'outline':
      svg.append(line('M2 2H20V12H2Z', { ...sign.line, width: Math.min(sign.line.width, 3) }));
      break;
    case 'river':
      svg.append(
        line(wave, { colour: sign.casing, width: sign.line.width + 2.3, opacity: 0.85 }),
        line(wave, sign.line),
      );
      break;
    case 'arc':
      svg.append(line('M2 12Q11 -2 20 10', sign));
      break;
    case 'seat':
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
      break;
    case 'zone':
      svg.append(
        svgEl('path', { d: zonePath(11, 7, 6.4), fill: '#141414' }),
        svgEl('path', { d: zonePath(11, 7, 4.6), fill: '#ffffff' }),
      );
      break;
    case 'badge':
      svg.append(
        svgEl('circle', {
          cx: 11,
          cy: 7,
          r: 6,
          fill: VERDICT_COLOURS[sign.verdict],
          stroke: '#ffffff',
        }),
      );
      break;
    case 'badge-count': {
      svg.append(
        svgEl('circle', { cx: 11, cy: 7, r: 6.5, fill: VERDICT_COLOURS.planned }),
        svgEl('circle', { cx: 11, cy: 7, r: 4, fill: '#ffffff' }),
      );
      const n = svgEl('text', {
        x: 11,
        y: 9.5,
        'font-size': 7,
        'font-weight': 700,
        'text-anchor': 'middle',
        fill: '#1b1b1b',
      });
      n.textContent = '3';
      svg.append(n);
      break;
    }
  }
  return svg;
}

/** Small inline symbols for the legend and panels, drawn as the map draws them. */
import type { ProgrammeId } from '../data/types.ts';
import { drawSymbol } from '../map/layers/icons.ts';

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

/** Small inline symbols for the legend and panels, drawn as the map draws them. */
import type { ProgrammeId } from '../data/types.ts';
import { drawSymbol } from '../map/layers/icons.ts';

/** A programme's marker symbol as a 16-px canvas (decorative: the text beside it names it). */
export function programmeSymbol(p: ProgrammeId, size = 16): HTMLCanvasElement {
  const c = document.createElement('canvas');
  const dpr = 2;
  c.width = c.height = size * dpr;
  c.style.width = c.style.height = `${size}px`;
  c.className = 'symbol';
  c.setAttribute('aria-hidden', 'true');
  const ctx = c.getContext('2d');
  if (ctx) drawSymbol(ctx, p, size * dpr);
  return c;
}

/** A colour swatch: filled, or an outline (thick or thin) as the map draws outlines. */
export function swatch(
  colour: string,
  style: 'fill' | 'outline' | 'outline-thin' = 'fill',
): HTMLElement {
  const s = document.createElement('span');
  s.className = style === 'fill' ? 'swatch' : `swatch ${style}`;
  s.style.setProperty('--swatch', colour);
  s.setAttribute('aria-hidden', 'true');
  return s;
}

/** The base markers' symbols, drawn once on a canvas: one distinct shape per programme. */
import type { ProgrammeId } from '../../data/types.ts';
import { PROGRAMME_COLOURS } from '../style.ts';

export const ICON_SIZE = 48;

/** One shape per programme, so the legend reads without colour too. */
export type SymbolShape = 'circle' | 'triangle' | 'square' | 'star' | 'hexagon';

export const PROGRAMME_SHAPES: Record<ProgrammeId, SymbolShape> = {
  'feature-base': 'circle',
  'eco-fusion': 'triangle',
  'chuanyu-coop': 'square',
  'two-plus-n': 'star',
  // Not a diamond: the functional zones are diamonds (◇), and the two read alike.
  'national-demo': 'hexagon',
};

/**
 * The SVG path data of a symbol centred on (cx, cy) in a box of size s: the one geometry the canvas
 * icons (live map, legend, export) and the SVG map all draw.
 */
export function symbolPath(shape: SymbolShape, cx: number, cy: number, s: number): string {
  const r = s * 0.36;
  const f = (n: number) => Math.round(n * 10) / 10;
  const poly = (pts: [number, number][]) =>
    'M' + pts.map(([x, y]) => `${f(cx + x)} ${f(cy + y)}`).join('L') + 'Z';
  if (shape === 'circle')
    return `M${f(cx - r)} ${f(cy)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
  if (shape === 'square') {
    const a = r * 0.85;
    return poly([
      [-a, -a],
      [a, -a],
      [a, a],
      [-a, a],
    ]);
  }
  if (shape === 'hexagon')
    return poly(
      Array.from({ length: 6 }, (_, i): [number, number] => {
        const a = (i * Math.PI) / 3;
        return [r * 1.05 * Math.cos(a), r * 1.05 * Math.sin(a)];
      }),
    );
  if (shape === 'triangle')
    return poly([
      [0, -r * 1.1],
      [r * 1.05, r * 0.8],
      [-r * 1.05, r * 0.8],
    ]);
  const pts: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 ? r * 0.5 : r * 1.15;
    pts.push([rr * Math.cos(a), rr * Math.sin(a)]);
  }
  return poly(pts);
}

/** A functional zone's diamond (radius r) centred on (cx, cy). */
export function zonePath(cx: number, cy: number, r: number): string {
  const f = (n: number) => Math.round(n * 10) / 10;
  return `M${f(cx)} ${f(cy - r)}L${f(cx + r)} ${f(cy)}L${f(cx)} ${f(cy + r)}L${f(cx - r)} ${f(cy)}Z`;
}

/** A symbol's white stroke, as a fraction of its box (canvas icons and the panels' SVG alike). */
export const SYMBOL_STROKE = 0.08;
/** The symbols' outline colour (the map's and the panels' alike). */
export const SYMBOL_STROKE_COLOUR = '#ffffff';

/** Draws one programme's symbol on a canvas 2D context of size s×s. */
export function drawSymbol(ctx: CanvasRenderingContext2D, programme: ProgrammeId, s: number): void {
  const p = new Path2D(symbolPath(PROGRAMME_SHAPES[programme], s / 2, s / 2, s));
  ctx.fillStyle = PROGRAMME_COLOURS[programme];
  ctx.fill(p);
  ctx.lineWidth = s * SYMBOL_STROKE;
  ctx.strokeStyle = SYMBOL_STROKE_COLOUR;
  ctx.stroke(p);
}

interface IconFrame {
  x: number;
  y: number;
  width: number;
  height: number;
  mask: boolean;
}

let atlas: { url: string; mapping: Record<string, IconFrame> } | null = null;

/** The icon atlas as a data URL plus IconLayer mapping (built once, offline). Besides one symbol
 * per programme it holds two masks for functional zones: a diamond and its outline. */
export function iconAtlas(programmes: readonly ProgrammeId[]) {
  if (atlas) return atlas;
  const canvas = document.createElement('canvas');
  canvas.width = ICON_SIZE * (programmes.length + 2);
  canvas.height = ICON_SIZE;
  const ctx = canvas.getContext('2d');
  const mapping: Record<string, IconFrame> = {};
  programmes.forEach((p, i) => {
    if (ctx) {
      ctx.save();
      ctx.translate(i * ICON_SIZE, 0);
      drawSymbol(ctx, p, ICON_SIZE);
      ctx.restore();
    }
    mapping[p] = { x: i * ICON_SIZE, y: 0, width: ICON_SIZE, height: ICON_SIZE, mask: false };
  });
  const zone = (name: string, i: number, r: number) => {
    if (ctx) {
      ctx.fillStyle = '#ffffff';
      ctx.fill(new Path2D(zonePath(i * ICON_SIZE + ICON_SIZE / 2, ICON_SIZE / 2, r)));
    }
    mapping[name] = { x: i * ICON_SIZE, y: 0, width: ICON_SIZE, height: ICON_SIZE, mask: true };
  };
  zone('zone-outline', programmes.length, ICON_SIZE * 0.48);
  zone('zone-fill', programmes.length + 1, ICON_SIZE * 0.36);
  atlas = { url: canvas.toDataURL('image/png'), mapping };
  return atlas;
}

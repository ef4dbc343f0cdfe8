/** The base markers' symbols, drawn once on a canvas: one distinct shape per programme. */
import type { ProgrammeId } from '../../data/types.ts';
import { PROGRAMME_COLOURS } from '../style.ts';

export const ICON_SIZE = 48;

/** One shape per programme, so the legend reads without colour too. */
export const PROGRAMME_SHAPES: Record<
  ProgrammeId,
  'circle' | 'triangle' | 'square' | 'star' | 'diamond'
> = {
  'feature-base': 'circle',
  'eco-fusion': 'triangle',
  'chuanyu-coop': 'square',
  'two-plus-n': 'star',
  'national-demo': 'diamond',
};

function path(ctx: CanvasRenderingContext2D, shape: string, s: number): void {
  const c = s / 2;
  const r = s * 0.36;
  ctx.beginPath();
  if (shape === 'circle') ctx.arc(c, c, r, 0, Math.PI * 2);
  else if (shape === 'square') ctx.rect(c - r * 0.85, c - r * 0.85, r * 1.7, r * 1.7);
  else if (shape === 'diamond') {
    ctx.moveTo(c, c - r * 1.1);
    ctx.lineTo(c + r, c);
    ctx.lineTo(c, c + r * 1.1);
    ctx.lineTo(c - r, c);
  } else if (shape === 'triangle') {
    ctx.moveTo(c, c - r * 1.1);
    ctx.lineTo(c + r * 1.05, c + r * 0.8);
    ctx.lineTo(c - r * 1.05, c + r * 0.8);
  } else {
    for (let i = 0; i < 10; i++) {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const rr = i % 2 ? r * 0.5 : r * 1.15;
      ctx.lineTo(c + rr * Math.cos(a), c + rr * Math.sin(a));
    }
  }
  ctx.closePath();
}

/** Draws one programme's symbol on a canvas 2D context of size s×s. */
export function drawSymbol(ctx: CanvasRenderingContext2D, programme: ProgrammeId, s: number): void {
  path(ctx, PROGRAMME_SHAPES[programme], s);
  ctx.fillStyle = PROGRAMME_COLOURS[programme];
  ctx.fill();
  ctx.lineWidth = s * 0.08;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
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
      const c = i * ICON_SIZE + ICON_SIZE / 2;
      const m = ICON_SIZE / 2;
      ctx.beginPath();
      ctx.moveTo(c, m - r);
      ctx.lineTo(c + r, m);
      ctx.lineTo(c, m + r);
      ctx.lineTo(c - r, m);
      ctx.closePath();
      ctx.fillStyle = '#ffffff';
      ctx.fill();
    }
    mapping[name] = { x: i * ICON_SIZE, y: 0, width: ICON_SIZE, height: ICON_SIZE, mask: true };
  };
  zone('zone-outline', programmes.length, ICON_SIZE * 0.48);
  zone('zone-fill', programmes.length + 1, ICON_SIZE * 0.36);
  atlas = { url: canvas.toDataURL('image/png'), mapping };
  return atlas;
}

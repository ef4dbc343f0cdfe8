/**
 * Legend signs on a canvas: the export's twin of the page's `signElement` (src/panels/symbols.ts),
 * reading the same `Sign` from the registry's legend model and the same style constants.
 */
import { drawSymbol, zonePath } from '../map/layers/icons.ts';
import type { LineSign, Sign } from '../map/layers/types.ts';
import { SEAT_PX, VERDICT_COLOURS } from '../map/style.ts';

const FONT =
  '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif';

/** Draws `sign` in an 18×12 box whose top left is (x, y). */
export function drawSign(ctx: CanvasRenderingContext2D, sign: Sign, x: number, y: number): void {
  ctx.save();
  const stroke = (l: LineSign, path: () => void) => {
    ctx.strokeStyle = l.colour;
    ctx.globalAlpha = l.opacity;
    ctx.lineWidth = Math.min(l.width, 3);
    ctx.lineCap = 'round';
    ctx.setLineDash(l.dash ? l.dash.map((d) => d * Math.min(l.width, 3)) : []);
    ctx.beginPath();
    path();
    ctx.stroke();
    ctx.globalAlpha = 1;
  };
  const wave = () => {
    ctx.moveTo(x, y + 8);
    ctx.bezierCurveTo(x + 6, y, x + 11, y + 12, x + 18, y + 4);
  };
  switch (sign.kind) {
    case 'fill':
      ctx.globalAlpha = sign.opacity ?? 1;
      ctx.fillStyle = sign.colour;
      ctx.fillRect(x, y, 18, 12);
      break;
    case 'outline':
      stroke(sign.line, () => ctx.rect(x + 1, y + 1, 16, 10));
      break;
    case 'river':
      stroke({ colour: sign.casing, width: sign.line.width + 2.3, opacity: 0.85 }, wave);
      stroke(sign.line, wave);
      break;
    case 'arc':
      stroke(sign, () => {
        ctx.moveTo(x, y + 11);
        ctx.quadraticCurveTo(x + 9, y - 4, x + 18, y + 9);
      });
      break;
    case 'programme':
      ctx.translate(x, y - 2);
      drawSymbol(ctx, sign.programme, 16);
      break;
    case 'seat':
      ctx.fillStyle = '#fff';
      ctx.strokeStyle = '#3b3b3b';
      ctx.lineWidth = 1.2;
      ctx.beginPath();
      ctx.arc(x + 9, y + 6, SEAT_PX + 0.6, 0, Math.PI * 2);
      ctx.fill();
      ctx.stroke();
      break;
    case 'zone':
      ctx.fillStyle = '#141414';
      ctx.fill(new Path2D(zonePath(x + 9, y + 6, 6.4)));
      ctx.fillStyle = '#ffffff';
      ctx.fill(new Path2D(zonePath(x + 9, y + 6, 4.6)));
      break;
    case 'badge':
      ctx.fillStyle = VERDICT_COLOURS[sign.verdict];
      ctx.beginPath();
      ctx.arc(x + 9, y + 6, 6, 0, Math.PI * 2);
      ctx.fill();
      break;
    case 'badge-count':
      ctx.fillStyle = VERDICT_COLOURS.planned;
      ctx.beginPath();
      ctx.arc(x + 9, y + 6, 7, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.beginPath();
      ctx.arc(x + 9, y + 6, 4.3, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillStyle = '#1b1b1b';
      ctx.font = `700 7px ${FONT}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText('3', x + 9, y + 6.5);
      break;
    case 'text':
      // The key: the first characters of a brand's name, in the brands' brown.
      ctx.fillStyle = sign.colour;
      ctx.font = `600 11px ${FONT}`;
      ctx.textBaseline = 'top';
      ctx.fillText([...sign.sample].slice(0, 2).join(''), x, y);
      break;
  }
  ctx.restore();
}

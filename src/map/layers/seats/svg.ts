/** Seats: a small ring each, one path for all, under the names. */
import { SEAT_PX } from '../../style.ts';
import { el, type SvgLayer } from '../../svg/scene.ts';

export const seatsSvg: SvgLayer = {
  space: 'screen',
  key: () => '',
  draw(_s, ctx, { screen, width, height }) {
    const d = ctx.atlas.seats
      .map(({ position }) => {
        const [x, y] = screen(position);
        return x < -5 || y < -5 || x > width + 5 || y > height + 5
          ? ''
          : `M${(x - SEAT_PX).toFixed(1)} ${y.toFixed(1)}a${SEAT_PX} ${SEAT_PX} 0 1 0 ${2 * SEAT_PX} 0a${SEAT_PX} ${SEAT_PX} 0 1 0 ${-2 * SEAT_PX} 0`;
      })
      .join('');
    return [
      el('path', {
        d,
        fill: '#ffffff',
        stroke: '#3b3b3b',
        'stroke-width': 1.2,
        'data-kind': 'seats',
        'pointer-events': 'none',
      }),
    ];
  },
};

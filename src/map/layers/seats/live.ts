/** Seats on deck.gl: a small white ring with a dark edge, as the SVG map draws them. */
import { ScatterplotLayer } from '@deck.gl/layers';
import type { LiveLayer } from '../../live/types.ts';
import { SEAT_PX } from '../../style.ts';

export const seatsLive: LiveLayer = {
  engine: 'deck',
  stage: 'symbols',
  build: (_s, ctx) => [
    new ScatterplotLayer<{ position: [number, number] }>({
      id: 'seats',
      data: ctx.atlas.seats,
      getPosition: (d) => d.position,
      getRadius: SEAT_PX,
      radiusUnits: 'pixels',
      stroked: true,
      filled: true,
      getFillColor: [255, 255, 255, 255],
      getLineColor: [59, 59, 59, 255],
      getLineWidth: 1.2,
      lineWidthUnits: 'pixels',
      parameters: { depthCompare: 'always' },
    }),
  ],
};

/** Names on deck.gl: places (and their leaders) where label placement put them, 主城 and the rivers. */
import { TextLayer } from '@deck.gl/layers';
import type { LiveLayer, LiveNames } from '../../live/types.ts';
import { LABEL_FONT } from '../../marks.ts';
import { hexToRgba, LINES, RIVER_LABEL } from '../../style.ts';
import { buildLabelLayers } from '../labels.ts';

type FeatureName = LiveNames['features'][number];
const COLOURS = { river: hexToRgba(RIVER_LABEL), core: hexToRgba(LINES.core.colour) };

export const labelsLive: LiveLayer = {
  engine: 'deck',
  stage: 'names',
  build: (state, ctx, names) => [
    ...buildLabelLayers(state, ctx, names?.places ?? null),
    new TextLayer<FeatureName>({
      id: 'feature-labels',
      data: names?.features ?? [],
      getPosition: (f) => f.position,
      getText: (f) => f.text,
      getSize: (f) => f.size,
      // deck turns counter-clockwise; placement's angle is clockwise on screen.
      getAngle: (f) => -f.angle,
      sizeUnits: 'pixels',
      getColor: (f) => COLOURS[f.kind],
      fontFamily: LABEL_FONT,
      fontWeight: 400,
      characterSet: 'auto',
      fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
      outlineWidth: 3,
      outlineColor: [255, 255, 255, 230],
      updateTriggers: { getText: state.lang },
      parameters: { depthCompare: 'always' },
    }),
  ],
};

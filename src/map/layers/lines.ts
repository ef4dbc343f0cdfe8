/** Outlines drawn as LineLayer segments (see src/geo/segments.ts for why not PathLayer). */
import { LineLayer } from '@deck.gl/layers';
import { lineLayerData, type Segments } from '../../geo/segments.ts';
import type { RGBA } from '../style.ts';
import { memoBy } from './memo.ts';

const dataOf = memoBy(lineLayerData);

export function buildOutlineLayer(id: string, segments: Segments, colour: RGBA, width: number) {
  return new LineLayer({
    id,
    data: dataOf(segments) as never,
    getColor: colour,
    getWidth: width,
    widthUnits: 'pixels',
  });
}

/** Place labels, drawn by deck.gl with the page's fonts: CJK renders with no glyph server. */
import { TextLayer } from '@deck.gl/layers';
import type { PlaceRecord } from '../../data/types.ts';
import type { ViewState } from '../../state/store.ts';
import type { LayerContext } from './context.ts';
import { memoLast } from './memo.ts';
import { labelCharacters, LABEL_FONT, labelSize, shortLabel } from '../marks.ts';

const labelData = memoLast(
  (
    places: readonly PlaceRecord[],
    coop: boolean,
    visible: ReadonlySet<string> | null,
    ctx: LayerContext['atlas'],
  ) =>
    places.filter(
      (p) =>
        (p.province === 'chongqing' || (coop && ctx.shape(p.id))) &&
        (!visible || visible.has(p.id)),
    ),
);

/** Labels; `visible` is the set kept by label placement at the current zoom (all when null). */
export function buildLabelLayer(
  state: ViewState,
  ctx: LayerContext,
  visible: ReadonlySet<string> | null,
) {
  const data = labelData(ctx.data.places, state.layers.includes('coop'), visible, ctx.atlas);
  return new TextLayer<PlaceRecord>({
    id: 'district-labels',
    data,
    getPosition: (p) => ctx.atlas.anchor(p.id),
    getText: (p) => shortLabel(p, state.lang),
    getSize: labelSize,
    sizeUnits: 'pixels',
    getColor: (p) => (p.province === 'sichuan' ? [40, 60, 90, 255] : [30, 30, 30, 255]),
    getPixelOffset: (p) => (p.kind === 'functional-zone' ? [0, -14] : [0, -2]),
    fontFamily: LABEL_FONT,
    fontWeight: 600,
    characterSet: labelCharacters(ctx.data.places),
    fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    updateTriggers: { getText: state.lang },
    parameters: { depthCompare: 'always' },
  });
}

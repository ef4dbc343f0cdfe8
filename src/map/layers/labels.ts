/** Place labels, drawn by deck.gl with the page's fonts: CJK renders with no glyph server. */
import { LineLayer, TextLayer } from '@deck.gl/layers';
import type { PlaceRecord } from '../../data/types.ts';
import type { ViewState } from '../../state/store.ts';
import type { LayerContext } from './context.ts';
import { memoLast } from '../../lib/memo.ts';
import { labelCharacters, LABEL_FONT, labelSize, shortLabel } from '../marks.ts';

/** Where label placement (label-placement.ts) put each kept label, as ground positions. */
export type PlacedLabels = ReadonlyMap<
  string,
  {
    position: [number, number];
    size: number;
    leader: [[number, number], [number, number]] | null;
  }
>;

const labelData = memoLast(
  (
    places: readonly PlaceRecord[],
    coop: boolean,
    placed: PlacedLabels | null,
    ctx: LayerContext['atlas'],
  ) =>
    places.filter(
      (p) =>
        (p.province === 'chongqing' || (coop && ctx.shape(p.id))) && (!placed || placed.has(p.id)),
    ),
);

/** Labels (and their leader lines); `placed` is label placement's result (all at anchors when null). */
export function buildLabelLayers(state: ViewState, ctx: LayerContext, placed: PlacedLabels | null) {
  const data = labelData(ctx.data.places, state.layers.includes('coop'), placed, ctx.atlas);
  const leaders = placed ? [...placed.values()].flatMap((l) => (l.leader ? [l.leader] : [])) : [];
  return [
    new LineLayer<[[number, number], [number, number]]>({
      id: 'district-label-leaders',
      data: leaders,
      getSourcePosition: (l) => l[0],
      getTargetPosition: (l) => l[1],
      getColor: [60, 60, 60, 200],
      getWidth: 1,
      widthUnits: 'pixels',
      parameters: { depthCompare: 'always' },
    }),
    new TextLayer<PlaceRecord>({
      id: 'district-labels',
      data,
      getPosition: (p) => placed?.get(p.id)?.position ?? ctx.atlas.anchor(p.id),
      getText: (p) => shortLabel(p, state.lang),
      getSize: (p) => placed?.get(p.id)?.size ?? labelSize(p),
      sizeUnits: 'pixels',
      getColor: (p) => (p.province === 'sichuan' ? [40, 60, 90, 255] : [30, 30, 30, 255]),
      fontFamily: LABEL_FONT,
      fontWeight: 600,
      characterSet: labelCharacters(ctx.data.places),
      fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
      outlineWidth: 3,
      outlineColor: [255, 255, 255, 230],
      updateTriggers: { getText: state.lang, getPosition: placed, getSize: placed },
      parameters: { depthCompare: 'always' },
    }),
  ];
}

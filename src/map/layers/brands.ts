/**
 * Regional brands (data/brands.json) under each place's label: "荣昌夏布 · 荣昌生猪". One label per
 * place, in the label font (the same shader program as the place labels, so no extra compile).
 */
import { TextLayer } from '@deck.gl/layers';
import type { ViewState } from '../../state/store.ts';
import type { LayerContext } from './context.ts';
import { brandLabels, brandText, LABEL_FONT, type BrandLabel } from '../marks.ts';

export function buildBrandLayer(state: ViewState, ctx: LayerContext) {
  return new TextLayer<BrandLabel>({
    id: 'brand-labels',
    data: brandLabels(ctx.data),
    getPosition: (l) => ctx.atlas.anchor(l.place),
    getText: (l) => brandText(l, state.lang),
    getSize: 12,
    fontWeight: 600,
    lineHeight: 1.15,
    sizeUnits: 'pixels',
    getColor: [110, 55, 0, 255],
    getPixelOffset: [0, 14],
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'top',
    fontFamily: LABEL_FONT,
    characterSet: 'auto',
    fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    pickable: false,
    updateTriggers: { getText: state.lang },
    parameters: { depthCompare: 'always' },
  });
}

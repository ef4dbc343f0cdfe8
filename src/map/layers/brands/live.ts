/**
 * Regional brands (data/brands.json) under each place's label: "荣昌夏布 · 荣昌生猪". One label per
 * place, in the label font (the same shader program as the place labels, so no extra compile).
 */
import { TextLayer } from '@deck.gl/layers';
import type { LiveLayer } from '../../live/types.ts';
import { brandLabels, brandText, LABEL_FONT, type BrandLabel } from '../../marks.ts';
import { BRAND_COLOUR } from '../../style.ts';

const BRAND_RGBA = BRAND_COLOUR.match(/\d+/g)!.map(Number).concat(255) as [
  number,
  number,
  number,
  number,
];

export const brandsLive: LiveLayer = {
  engine: 'deck',
  stage: 'names',
  build: (state, ctx) => {
    if (!state.layers.includes('brands')) return [];
    return [
      new TextLayer<BrandLabel>({
        id: 'brand-labels',
        data: brandLabels(ctx.brands),
        getPosition: (l) => ctx.atlas.anchor(l.place),
        getText: (l) => brandText(l, state.lang),
        getSize: 12,
        fontWeight: 600,
        lineHeight: 1.15,
        sizeUnits: 'pixels',
        getColor: BRAND_RGBA,
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
      }),
    ];
  },
};
